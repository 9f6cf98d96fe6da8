/**
 * Runs in a child process (see harness/child-process.ts), never in the
 * benchmark's own process: cloning a cycle with an acyclic-only cloner, or a
 * chain a million levels deep, may overflow the stack, hang or crash.
 * Reports one JSON line per result on stdout, so whatever ran before a hang
 * or crash still counts.
 *
 *   probe.ts cycle <contender>
 *   probe.ts chain <contender> <object|array> <depth> [<depth>...] [--bisect]
 */
import { describeError } from '../../harness/contenders.js';
import { type CloneFunction, cloneContenderByName } from './contenders.js';
import { arrayChain, objectChain, payloadById } from './payloads.js';
import { chainProblem, cloneProblem } from './validate.js';

export interface CycleReport {
  outcome: 'cloned' | 'wrong' | 'threw';
  detail?: string;
}

export interface ChainReport {
  kind: 'object' | 'array';
  depth: number;
  ok: boolean;
  detail?: string;
}

function report(line: CycleReport | ChainReport): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function probeCycle(clone: CloneFunction): void {
  const input = payloadById('cyclic').build();
  try {
    const copy = clone(input);
    const problem = cloneProblem(input, copy, { keepsSharing: true });
    report(problem === undefined ? { outcome: 'cloned' } : { outcome: 'wrong', detail: problem });
  } catch (error) {
    report({ outcome: 'threw', detail: describeError(error) });
  }
}

function survives(clone: CloneFunction, kind: 'object' | 'array', depth: number): ChainReport {
  const input = kind === 'object' ? objectChain(depth) : arrayChain(depth);
  try {
    const problem = chainProblem(input, clone(input), depth);
    return problem === undefined ? { kind, depth, ok: true } : { kind, depth, ok: false, detail: problem };
  } catch (error) {
    return { kind, depth, ok: false, detail: describeError(error) };
  }
}

/**
 * Tries the depths in order and stops at the first failure; with `bisect`,
 * narrows the gap between the last depth that worked and the first that
 * did not down to a few percent.
 */
function probeChain(clone: CloneFunction, kind: 'object' | 'array', depths: number[], bisect: boolean): void {
  let deepestOk = 0;
  let firstFailure: number | undefined;
  for (const depth of depths) {
    const result = survives(clone, kind, depth);
    report(result);
    if (!result.ok) {
      firstFailure = depth;
      break;
    }
    deepestOk = depth;
  }
  if (!bisect || firstFailure === undefined) return;
  let low = deepestOk;
  let high = firstFailure;
  while (high - low > Math.max(1, high * 0.02)) {
    const middle = Math.floor((low + high) / 2);
    const result = survives(clone, kind, middle);
    report(result);
    if (result.ok) low = middle;
    else high = middle;
  }
}

async function main(): Promise<void> {
  const [mode, contenderName, ...rest] = process.argv.slice(2);
  const clone = await cloneContenderByName(contenderName ?? '').load();
  if (mode === 'cycle') {
    probeCycle(clone);
    return;
  }
  const [kind, ...depthArguments] = rest;
  const bisect = depthArguments.includes('--bisect');
  const depths = depthArguments.filter((argument) => argument !== '--bisect').map(Number);
  probeChain(clone, kind === 'array' ? 'array' : 'object', depths, bisect);
}

main().catch((error: unknown) => {
  process.stderr.write(`${describeError(error)}\n`);
  process.exitCode = 2;
});
