/**
 * Garbage-collection probes that work on every engine the repo tests on.
 *
 * Where the engine can be asked to collect, it is: `globalThis.gc` (Chromium with
 * `--js-flags=--expose-gc`, Deno with `--v8-flags=--expose-gc`, Node with `--expose-gc`),
 * `Bun.gc(true)` on Bun, and on a Node started without the flag, `--expose-gc` set at run time
 * through `node:v8`. Firefox and WebKit pages have no such hook: there the probe allocates
 * short-lived garbage until the collector runs on its own, with a bounded wait.
 */

/** How the current engine is made to collect: on request, or by allocation pressure. */
export type CollectionMethod = 'forced' | 'pressure';

interface Collector {
  readonly method: CollectionMethod;
  collect(): void;
}

interface EngineGlobals {
  gc?: () => void;
  Bun?: { gc(force: boolean): void };
  process?: { versions?: { node?: string } };
  document?: unknown;
}

// Kept in a variable so bundlers for the browser do not try to resolve Node built-ins.
const importNodeBuiltin = (specifier: string): Promise<unknown> => import(/* @vite-ignore */ specifier);

async function findCollector(): Promise<Collector> {
  const engine = globalThis as EngineGlobals;
  const exposed = engine.gc;
  if (typeof exposed === 'function') return { method: 'forced', collect: () => exposed() };
  const bun = engine.Bun;
  if (bun) return { method: 'forced', collect: () => bun.gc(true) };
  if (engine.process?.versions?.node && engine.document === undefined) {
    const v8 = (await importNodeBuiltin('node:v8')) as { setFlagsFromString(flags: string): void };
    const vm = (await importNodeBuiltin('node:vm')) as { runInNewContext(code: string): unknown };
    v8.setFlagsFromString('--expose-gc');
    const nodeGc = vm.runInNewContext('gc') as () => void;
    return { method: 'forced', collect: () => nodeGc() };
  }
  return { method: 'pressure', collect: allocateGarbage };
}

/**
 * One 64 MB buffer dropped at once. Measured in Firefox ESR 153 and WebKitGTK 2.50 (2026-12): short-lived
 * arrays die in the nursery and took SpiderMonkey 300-650 rounds (5-10 s) to reach a major collection;
 * a large buffer counts against both engines' malloc trigger and a full collection follows in 2-4 rounds.
 */
function allocateGarbage(): void {
  const buffer = new ArrayBuffer(64 * 1024 * 1024);
  new Uint8Array(buffer)[buffer.byteLength - 1] = 1;
}

const collector = await findCollector();

/** Whether this engine's collections are forced (`gc()`) or provoked by allocation pressure. */
export const collectionMethod: CollectionMethod = collector.method;

/** Asks the engine to collect once (or, where it cannot be asked, allocates until it likely has). */
export function collectGarbage(): void {
  collector.collect();
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The wait after a collection. Under allocation pressure every 20th wait is long: Gecko frees DOM
 * nodes in its cycle collector, which runs when the page is idle, and on a busy machine short waits
 * left it no idle time (seen in Firefox ESR 153: 200 rounds in 8 s, no element freed).
 */
const afterCollection = (round: number, short: number) =>
  pause(collector.method === 'pressure' && round % 20 === 19 ? 250 : short);

/** Thrown when an engine that collects on request stops running `FinalizationRegistry` callbacks. */
export class FinalizersStoppedError extends Error {
  override name = 'FinalizersStoppedError';
}

/**
 * Waits, collecting, until a finalizer registered now has run: every cleanup the engine had pending
 * is then done too. Only where collections are forced (a few milliseconds there).
 *
 * Why: on Node 20 (V8 11.3), under load, a vitest worker sometimes stopped running every
 * `FinalizationRegistry` callback for the rest of the process, though the objects were collected
 * (a WeakRef to them read `undefined`), and 400 more waits over 13 s changed nothing. Measured
 * 2026-12-03 with ten allocating processes beside iterable-weak's gc suite: 6 of 12 runs failed on
 * Node 20, 0 of 6 on Node 22. Starting each probe with this settle step: 0 of 10 failed. The trigger
 * was not found (a plain loop of the same probes outside vitest never stopped), so where it still
 * happens the test fails with this error, which says so, rather than with a wrong verdict.
 */
async function settleFinalizers(): Promise<void> {
  if (collector.method !== 'forced') return;
  let ran = false;
  const registry = new FinalizationRegistry(() => {
    ran = true;
  });
  (() => registry.register({}, 'sentinel'))();
  for (let round = 0; round < 40 && !ran; round++) {
    collector.collect();
    await pause(5);
  }
  if (!ran)
    throw new FinalizersStoppedError(
      'This engine has stopped running FinalizationRegistry callbacks (40 forced collections, none ran): ' +
        'a collection test cannot tell anything in this process. Seen on Node 20 under load.',
    );
}

/**
 * Resolves `true` once `FinalizationRegistry` reports the object made by `make` collected, `false`
 * if it is still alive after `rounds` collections (forced engines) or after the bounded wait under
 * allocation pressure (about 10 s, Firefox and WebKit). `make` must not let the object escape
 * except through what the test wants to prove harmless.
 */
export async function isCollected(make: () => object, rounds = 30): Promise<boolean> {
  await settleFinalizers();
  let collected = false;
  const registry = new FinalizationRegistry(() => {
    collected = true;
  });
  (() => registry.register(make(), 'target'))();
  const limit = collector.method === 'forced' ? rounds : Math.max(rounds, 200);
  const deadline = Date.now() + (collector.method === 'forced' ? Number.POSITIVE_INFINITY : 10_000);
  for (let round = 0; round < limit && !collected && Date.now() < deadline; round++) {
    collector.collect();
    await afterCollection(round, 5);
  }
  return collected;
}

/**
 * Collects until `done()` says so, or gives up after `rounds` forced collections; under allocation
 * pressure (Firefox and WebKit) after ten times as many rounds and at least 15 s (inside the 20 s test timeout), since a loaded
 * machine slows the collector down. Each wait lets finalizers run. For tests that count several
 * objects through their own `FinalizationRegistry`, and expect them all collected.
 */
export async function collectUntil(done: () => boolean, rounds = 20): Promise<void> {
  await settleFinalizers();
  const forced = collector.method === 'forced';
  const limit = forced ? rounds : rounds * 10;
  const deadline = forced ? 0 : Date.now() + 15_000;
  for (let round = 0; (round < limit || Date.now() < deadline) && !done(); round++) {
    collector.collect();
    await afterCollection(round, 20);
  }
}
