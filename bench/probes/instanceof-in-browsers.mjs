// An ad hoc probe, not a benchmark (no peers, no validation, one page per browser): how much an
// `instanceof` costs on a class that defines `Symbol.hasInstance` the way a `@branded` class does,
// against a plain class and against the same brand check called directly. The brand suite of
// `pnpm bench` runs on servers only; this is where the brand README's browser figures come from.
//
//   node bench/probes/instanceof-in-browsers.mjs            (after `pnpm install`; apt browsers)
import { browserNames, launchBrowser } from '@weakset-recipes-internal/browser';

/** Runs in the page: nanoseconds per check, the best of 10 rounds of 2,048,000 checks each. */
function probe() {
  class Plain {}
  class Base {}
  /** @type {(candidate: unknown) => boolean} */
  let has = () => false;
  class Branded extends Base {
    #brand;
    static {
      has = (candidate) => typeof candidate === 'object' && candidate !== null && #brand in candidate;
    }
    /** @param {unknown} candidate */
    static [Symbol.hasInstance](candidate) {
      // biome-ignore lint/complexity/noThisInStatic: as in @branded, `this` is the class right of `instanceof`
      return has(candidate) && (this === Branded || super[Symbol.hasInstance](candidate));
    }
  }
  const plains = Array.from({ length: 1024 }, () => new Plain());
  const branded = Array.from({ length: 1024 }, () => new Branded());
  /** @type {Record<string, number>} */
  const nsPerCheck = {};
  /** @param {string} name @param {() => number} loop */
  const time = (name, loop) => {
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 10; round++) {
      const start = performance.now();
      let hits = 0;
      for (let call = 0; call < 2000; call++) hits += loop();
      const ns = ((performance.now() - start) * 1e6) / (2000 * 1024);
      if (hits !== 2000 * 1024) throw new Error(`${name} counted ${hits}`);
      best = Math.min(best, ns);
    }
    nsPerCheck[name] = Number(best.toFixed(2));
  };
  // Plain counting loops: an array method's callback would cost more than the checks compared.
  time('instanceof, plain class', () => {
    let hits = 0;
    for (const value of plains) if (value instanceof Plain) hits++;
    return hits;
  });
  time('instanceof, @branded-style class', () => {
    let hits = 0;
    for (const value of branded) if (value instanceof Branded) hits++;
    return hits;
  });
  time('the same brand check, called directly', () => {
    let hits = 0;
    for (const value of branded) if (has(value)) hits++;
    return hits;
  });
  return nsPerCheck;
}

for (const name of browserNames) {
  const session = await launchBrowser(name);
  try {
    await session.goto('about:blank');
    console.log(`${name} ${session.version}`, await session.evaluate(probe));
  } finally {
    await session.close();
  }
}
process.exit(0);
