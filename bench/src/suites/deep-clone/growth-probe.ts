/**
 * Runs in a child process, one per size of the "cost as the work grows" scenario (see growth.ts):
 *
 *   growth-probe.ts <objects> <runs> <warmups> <contender> [<contender>...]
 *
 * Builds the records once, checks each contender's first copy, then times `runs` clones per
 * contender in rotating order, a garbage collection before each. Prints one JSON line per check
 * and per timed clone, so what was measured before a crash or a time-out still counts.
 */
import { checkOutcome, describeError } from '../../harness/contenders.js';
import { type CloneFunction, cloneContenderByName } from './contenders.js';
import { fullCheckLimit, type GrowthReport, sampledRecords } from './growth.js';
import { jsonRecords } from './payloads.js';
import { cloneProblem, sampledRecordsProblem } from './validate.js';

function report(line: GrowthReport): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function collectGarbage(): void {
  // `gc` under `node --expose-gc` (growth.ts starts Node that way), `Bun.gc` on Bun.
  const engine = globalThis as { gc?: () => void; Bun?: { gc(force: boolean): void } };
  if (engine.gc) engine.gc();
  else engine.Bun?.gc(true);
}

async function main(): Promise<void> {
  const [objectsArgument, runsArgument, warmupsArgument, ...names] = process.argv.slice(2);
  const objects = Number(objectsArgument);
  const runs = Number(runsArgument);
  const warmups = Number(warmupsArgument);
  const input = jsonRecords(objects);
  const problemOf = (copy: unknown) =>
    objects <= fullCheckLimit
      ? cloneProblem(input, copy, { keepsSharing: true })
      : sampledRecordsProblem(input, copy, sampledRecords);

  const checked: { name: string; clone: CloneFunction }[] = [];
  for (const name of names) {
    let clone: CloneFunction;
    try {
      clone = await cloneContenderByName(name).load();
    } catch (error) {
      report({ kind: 'check', contender: name, verdict: 'throws', detail: describeError(error) });
      continue;
    }
    // The first clone is checked; when there is no warm-up, its time is the first run's.
    collectGarbage();
    const started = performance.now();
    let firstMs = 0;
    const result = checkOutcome(() => {
      const copy = clone(input);
      firstMs = performance.now() - started;
      return copy;
    }, problemOf);
    report({ kind: 'check', contender: name, ...result });
    if (result.verdict !== 'ok') continue;
    checked.push({ name, clone });
    if (warmups === 0 && runs > 0) report({ kind: 'run', contender: name, ms: firstMs });
  }

  for (let warmup = 1; warmup < warmups; warmup++) for (const { clone } of checked) clone(input);
  const timedRuns = warmups === 0 ? runs - 1 : runs;
  for (let round = 0; round < timedRuns; round++) {
    // Rotating order: each contender takes each position in turn.
    for (let offset = 0; offset < checked.length; offset++) {
      const { name, clone } = checked[(round + offset) % checked.length]!;
      collectGarbage();
      const started = performance.now();
      // The copy is dropped at once: only one is ever alive besides the input, and the clone has
      // allocated every object of it, so no engine can skip the work.
      clone(input);
      report({ kind: 'run', contender: name, ms: performance.now() - started });
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${describeError(error)}\n`);
  process.exitCode = 2;
});
