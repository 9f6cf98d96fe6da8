import {
  type Attempt,
  attempt,
  attemptSync,
  type Entry,
  entryFor,
  exportOf,
  timeScenario,
  unwrap,
} from '../harness/contenders.js';
import { timingProfile } from '../harness/profiles.js';
import { evaluateGoal } from '../harness/ratios.js';
import type { Scenario, SuiteOutcome } from '../harness/results.js';
import type { TimedTask } from '../harness/runner.js';
import { type ClassDecorator, undecoratedMoneyClass } from './brand/decorated-money.js';
import { keptObjects, mixedSample, sampleSize } from './brand/samples.js';
import { constructsRight, countAndForgery } from './brand/validate.js';
import type { Suite, SuiteContext } from './suite.js';

/** The parts of @weakset-recipes/brand's API (issue #5) the benchmark uses. */
interface BrandLike {
  has(value: unknown): boolean;
  add<U extends object>(value: U): U;
}
type CreateBrand = (name: string) => BrandLike;
type BrandOf = (cls: abstract new (...args: never[]) => object) => BrandLike | undefined;

const brandPackage = '@weakset-recipes/brand';
const unforgeable = 'unforgeable';
const forgeable = 'forgeable (prototype or tag)';

const moneyTag = Symbol('money');

/** The hand-written baseline: a private field is the brand, `#brand in x` the check. */
class HandMoney {
  #brand = true;
  readonly [moneyTag] = true;
  constructor(readonly amount: number) {}

  static is(value: unknown): boolean {
    return typeof value === 'object' && value !== null && #brand in value;
  }

  /** Hit count over a sample, written out so its call site sees only this check. */
  static countIn(sample: readonly unknown[]): number {
    let hits = 0;
    for (let index = 0; index < sample.length; index++) if (HandMoney.is(sample[index])) hits++;
    return hits;
  }

  /** Keeps the field "used" for linters; the brand is the field's presence. */
  get branded(): boolean {
    return this.#brand;
  }
}

/** The hand-written counterpart of the @branded class for construction: the same body, plus `#brand`. */
class HandBrandedMoney {
  #brand = true;
  constructor(readonly amount: number) {}

  static is(value: unknown): boolean {
    return typeof value === 'object' && value !== null && #brand in value;
  }
}

function hasMoneyTag(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[moneyTag] === true;
}

function task(name: string, run: () => number): TimedTask {
  return { name, run, operationsPerCall: sampleSize };
}

async function loadBrandModule(): Promise<Attempt<object>> {
  return attempt(async (): Promise<object> => import('@weakset-recipes/brand'));
}

function plainScenario(api: Attempt<object>, quick: boolean): Scenario {
  const { sample, hits } = mixedSample(sampleSize, (index) => new HandMoney(index));
  const branded = sample.filter((value) => value instanceof HandMoney);
  const bareSet = new WeakSet<object>(branded);
  const forgery = Object.assign(Object.create(HandMoney.prototype) as object, { [moneyTag]: true });

  const ours = attemptSync(() => {
    const brand = exportOf<CreateBrand>(api, 'createBrand', brandPackage)('Money');
    for (const value of branded) brand.add(value);
    return brand;
  });
  const entries: Entry[] = [];
  const oursBrand = ours.ok ? ours.value : undefined;
  entries.push(
    entryFor(
      { contender: 'brand.has(x) (createBrand)', group: unforgeable, ours: true },
      oursBrand
        ? {
            ok: true,
            value: task('brand.has', () => {
              let found = 0;
              for (let index = 0; index < sample.length; index++) if (oursBrand.has(sample[index])) found++;
              return found;
            }),
          }
        : { ok: false, error: ours.ok ? 'not loaded' : ours.error },
      () =>
        countAndForgery(
          () => sample.filter((value) => oursBrand!.has(value)).length,
          hits,
          () => oursBrand!.has(forgery),
        ),
    ),
  );
  const bareRun = () => {
    let found = 0;
    for (let index = 0; index < sample.length; index++) if (bareSet.has(sample[index]!)) found++;
    return found;
  };
  entries.push(
    entryFor(
      { contender: 'WeakSet.prototype.has (bare)', group: unforgeable, ours: false },
      { ok: true, value: task('WeakSet.has', bareRun) },
      () => countAndForgery(bareRun, hits, () => bareSet.has(forgery)),
    ),
  );
  entries.push(
    entryFor(
      { contender: '#brand in x (hand-written class)', group: unforgeable, ours: false },
      { ok: true, value: task('#brand in x', () => HandMoney.countIn(sample)) },
      () =>
        countAndForgery(
          () => HandMoney.countIn(sample),
          hits,
          () => HandMoney.is(forgery),
        ),
    ),
  );
  const instanceofRun = () => {
    let found = 0;
    for (let index = 0; index < sample.length; index++) if (sample[index] instanceof HandMoney) found++;
    return found;
  };
  entries.push(
    entryFor(
      { contender: 'x instanceof Class', group: forgeable, ours: false },
      { ok: true, value: task('instanceof', instanceofRun) },
      () => countAndForgery(instanceofRun, hits),
    ),
  );
  const tagRun = () => {
    let found = 0;
    for (let index = 0; index < sample.length; index++) if (hasMoneyTag(sample[index])) found++;
    return found;
  };
  entries.push(
    entryFor(
      { contender: 'symbol tag (x[tag] === true)', group: forgeable, ours: false },
      { ok: true, value: task('symbol tag', tagRun) },
      () => countAndForgery(tagRun, hits),
    ),
  );
  return timeScenario(
    {
      id: 'plain',
      title: 'Brand check on objects',
      description: `${sampleSize.toLocaleString('en-US')} checks per call over a fixed pseudo-random mix of branded objects (half) and plain look-alikes`,
    },
    entries,
    timingProfile(quick, 'micro'),
  );
}

type DecoratedMoney = new (amount: number) => { readonly amount: number };

interface DecoratedSetup {
  Money: DecoratedMoney;
  brand: BrandLike;
  brandOf: BrandOf;
}

/**
 * One @branded class for the whole suite, as an app that decorates one class has: its brand checks
 * and its construction are measured on the same class.
 */
async function loadDecorated(api: Attempt<object>): Promise<Attempt<DecoratedSetup>> {
  // Loaded on demand: decorator syntax that a toolchain cannot compile then
  // makes these rows unavailable instead of breaking the whole suite.
  const decoratorModule = await attempt(() => import('./brand/decorated-money.js'));
  return attemptSync(() => {
    const { decoratedMoneyClass } = unwrap(decoratorModule);
    const Money = decoratedMoneyClass(exportOf<ClassDecorator>(api, 'branded', brandPackage));
    const brandOf = exportOf<BrandOf>(api, 'brandOf', brandPackage);
    const brand = brandOf(Money);
    if (!brand) throw new TypeError('brandOf(@branded class) returned undefined');
    return { Money, brand, brandOf };
  });
}

function decoratedScenario(loaded: Attempt<DecoratedSetup>, quick: boolean): Scenario {
  const handSample = mixedSample(sampleSize, (index) => new HandMoney(index));
  const decorated = attemptSync(() => {
    const { Money } = unwrap(loaded);
    const { sample, hits } = mixedSample(sampleSize, (index) => new Money(index));
    return { ...unwrap(loaded), sample, hits, forgery: Object.create(Money.prototype) as object };
  });
  const oursMeta = (contender: string) => ({ contender, group: unforgeable, ours: true });
  const entries: Entry[] = [];
  const setup = decorated.ok ? decorated.value : undefined;
  const unavailable = { ok: false as const, error: decorated.ok ? '' : decorated.error };

  const brandHasRun = () => {
    const { brand, sample } = setup!;
    let found = 0;
    for (let index = 0; index < sample.length; index++) if (brand.has(sample[index])) found++;
    return found;
  };
  entries.push(
    entryFor(
      oursMeta('brandOf(C).has(x), brand looked up once'),
      setup ? { ok: true, value: task('brandOf once', brandHasRun) } : unavailable,
      () => countAndForgery(brandHasRun, setup!.hits, () => setup!.brand.has(setup!.forgery)),
    ),
  );
  const brandOfEachRun = () => {
    const { Money, brandOf, sample } = setup!;
    let found = 0;
    for (let index = 0; index < sample.length; index++) if (brandOf(Money)?.has(sample[index])) found++;
    return found;
  };
  entries.push(
    entryFor(
      oursMeta('brandOf(C).has(x), looked up per check'),
      setup ? { ok: true, value: task('brandOf each', brandOfEachRun) } : unavailable,
      () => countAndForgery(brandOfEachRun, setup!.hits),
    ),
  );
  const instanceofRun = () => {
    const { Money, sample } = setup!;
    let found = 0;
    for (let index = 0; index < sample.length; index++) if (sample[index] instanceof Money) found++;
    return found;
  };
  entries.push(
    entryFor(
      oursMeta('x instanceof C (@branded)'),
      setup ? { ok: true, value: task('branded instanceof', instanceofRun) } : unavailable,
      () => countAndForgery(instanceofRun, setup!.hits, () => setup!.forgery instanceof setup!.Money),
    ),
  );
  entries.push(
    entryFor(
      { contender: '#brand in x (hand-written class)', group: unforgeable, ours: false },
      { ok: true, value: task('#brand in x', () => HandMoney.countIn(handSample.sample)) },
      () => countAndForgery(() => HandMoney.countIn(handSample.sample), handSample.hits),
    ),
  );
  return timeScenario(
    {
      id: 'decorated',
      title: 'Brand check on a @branded class',
      description: `${sampleSize.toLocaleString('en-US')} checks per call, half instances of the class and half plain look-alikes (the hand-written class gets the same mix of its own instances)`,
    },
    entries,
    timingProfile(quick, 'micro'),
  );
}

function constructionScenario(loaded: Attempt<DecoratedSetup>, quick: boolean): Scenario {
  const setup = loaded.ok ? loaded.value : undefined;
  const Undecorated = undecoratedMoneyClass();
  // What `@branded` returns is a subclass: this is the cost of that alone, without brand or check.
  class UndecoratedSubclass extends Undecorated {}
  const kept = {
    branded: new Array<unknown>(keptObjects),
    undecorated: new Array<unknown>(keptObjects),
    subclass: new Array<unknown>(keptObjects),
    hand: new Array<unknown>(keptObjects),
  };
  // One loop per contender, written out, so no two share the `new` call site and its feedback.
  const brandedRun = () => {
    const { Money } = setup!;
    let sum = 0;
    for (let index = 0; index < sampleSize; index++) {
      const made = new Money(index);
      kept.branded[index % keptObjects] = made;
      sum += made.amount;
    }
    return sum;
  };
  const undecoratedRun = () => {
    let sum = 0;
    for (let index = 0; index < sampleSize; index++) {
      const made = new Undecorated(index);
      kept.undecorated[index % keptObjects] = made;
      sum += made.amount;
    }
    return sum;
  };
  const subclassRun = () => {
    let sum = 0;
    for (let index = 0; index < sampleSize; index++) {
      const made = new UndecoratedSubclass(index);
      kept.subclass[index % keptObjects] = made;
      sum += made.amount;
    }
    return sum;
  };
  const handRun = () => {
    let sum = 0;
    for (let index = 0; index < sampleSize; index++) {
      const made = new HandBrandedMoney(index);
      kept.hand[index % keptObjects] = made;
      sum += made.amount;
    }
    return sum;
  };
  const entries: Entry[] = [
    entryFor(
      { contender: 'new C() (@branded)', group: unforgeable, ours: true },
      setup
        ? { ok: true, value: task('new @branded', brandedRun) }
        : { ok: false, error: loaded.ok ? '' : loaded.error },
      () =>
        constructsRight(
          brandedRun,
          sampleSize,
          kept.branded,
          (made) => setup!.brand.has(made) && made instanceof setup!.Money,
        ),
    ),
    entryFor(
      { contender: 'new C() (hand-written class with #brand)', group: unforgeable, ours: false },
      { ok: true, value: task('new #brand class', handRun) },
      () => constructsRight(handRun, sampleSize, kept.hand, HandBrandedMoney.is),
    ),
    entryFor(
      { contender: 'new C() (the same class, undecorated)', group: forgeable, ours: false },
      { ok: true, value: task('new undecorated', undecoratedRun) },
      () =>
        constructsRight(undecoratedRun, sampleSize, kept.undecorated, (made) => made instanceof Undecorated),
    ),
    entryFor(
      { contender: 'new C() (an empty subclass of it, undecorated)', group: forgeable, ours: false },
      { ok: true, value: task('new undecorated subclass', subclassRun) },
      () =>
        constructsRight(
          subclassRun,
          sampleSize,
          kept.subclass,
          (made) => made instanceof UndecoratedSubclass,
        ),
    ),
  ];
  return timeScenario(
    {
      id: 'construction',
      title: 'Constructing a @branded class',
      description: `${sampleSize.toLocaleString('en-US')} constructions per call of a one-field class, the last ${keptObjects} kept reachable`,
    },
    entries,
    timingProfile(quick, 'micro'),
  );
}

async function run(context: SuiteContext): Promise<SuiteOutcome> {
  const api = await loadBrandModule();
  context.log('brand: plain objects');
  const plain = plainScenario(api, context.quick);
  context.log('brand: @branded class');
  const loaded = await loadDecorated(api);
  const decorated = decoratedScenario(loaded, context.quick);
  context.log('brand: constructing a @branded class');
  const construction = constructionScenario(loaded, context.quick);
  return {
    suite: 'brand',
    title: 'Brand checks',
    scenarios: [plain, decorated, construction],
    goals: [
      evaluateGoal({
        issue: '#5',
        description: 'brand.has within 1.2x of a bare WeakSet.prototype.has',
        scenario: plain,
        subject: 'brand.has(x) (createBrand)',
        baselines: ['WeakSet.prototype.has (bare)'],
        target: 1 / 1.2,
      }),
      evaluateGoal({
        issue: '#10',
        description: 'brandOf(C).has(x) for a @branded class within 1.2x of a hand-written #b in x',
        scenario: decorated,
        subject: 'brandOf(C).has(x), brand looked up once',
        baselines: ['#brand in x (hand-written class)'],
        target: 1 / 1.2,
      }),
      evaluateGoal({
        issue: '#10',
        description: 'x instanceof C for a @branded class within 1.2x of a hand-written #b in x',
        scenario: decorated,
        subject: 'x instanceof C (@branded)',
        baselines: ['#brand in x (hand-written class)'],
        target: 1 / 1.2,
      }),
    ],
    extraTables: [],
    notes: [
      'Each call runs a hot loop over the whole sample and returns the hit count, so no check can be optimized away; every loop is its own function, so no contender shares a call site (and its type feedback) with another.',
      'Validation before timing: every contender must count exactly the branded half; unforgeable checks must also refuse `Object.create(Class.prototype)` (with the symbol tag copied on).',
      '"brand looked up once" is the usual way to use brandOf (keep the brand); "looked up per check" includes the registry lookup in every check and is shown for information.',
      'Construction (shown for information, no goal is set): the @branded class checks, before `super()`, that no class it extends has had its parent replaced (the protection against parent swaps), and defines its private field; it is compared with a hand-written class that declares `#brand` itself, with the same class undecorated, and with an empty undecorated subclass of it (what `@branded` returns is a subclass, and on some engines a subclass alone constructs more slowly than its parent).',
    ],
  };
}

export const brandSuite: Suite = { name: 'brand', title: 'Brand checks', run };
