import v8 from 'node:v8';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckOutcome } from '../src/suites/iterable-weak/checks.js';
import type { Contender } from '../src/suites/iterable-weak/contenders.js';

// The checks force collections through `gc()`, as `pnpm bench` (node --expose-gc) provides it.
if (typeof (globalThis as { gc?: unknown }).gc !== 'function') {
  v8.setFlagsFromString('--expose-gc');
  (globalThis as { gc?: unknown }).gc = vm.runInNewContext('gc');
}
const { canCollect, runChecks } = await import('../src/suites/iterable-weak/checks.js');
const { contenders } = await import('../src/suites/iterable-weak/contenders.js');

const failures = new Map<string, string[]>();

beforeAll(async () => {
  for (const contender of contenders as readonly Contender[]) {
    const outcomes: CheckOutcome[] = await runChecks(contender.kind, await contender.load());
    failures.set(
      contender.name,
      outcomes.filter((outcome) => outcome.problem !== undefined).map((outcome) => outcome.id),
    );
  }
}, 120_000);

describe('the iterable-weak behaviour checks', () => {
  it('can force collections here, so no check is skipped', () => {
    expect(canCollect).toBe(true);
  });

  it('pass for ours', () => {
    expect(failures.get('IterableWeakSet')).toEqual([]);
    expect(failures.get('IterableWeakMap')).toEqual([]);
    expect(failures.get('WeakValueMap')).toEqual([]);
  });

  it('show the bugs of weakref 0.2.5 that issue #22 lists (falsy delete, clear after a collection) and its WeakValueMap re-set order', () => {
    expect(failures.get('weakref IterableWeakSet')).toEqual(['set-collected-clear']);
    expect(failures.get('weakref IterableWeakMap')).toEqual(['map-delete-falsy']);
    expect(failures.get('weakref WeakValueMap')).toEqual(['value-order']);
  });

  it('show the bugs of iterable-weak 1.0.4: undefined after a collection, re-set order, strong values, null', () => {
    expect(failures.get('iterable-weak IterableWeakSet')).toEqual([
      'set-collected-iterate',
      'set-collected-clear',
      'set-construct-null',
    ]);
    expect(failures.get('iterable-weak IterableWeakMap')).toEqual([
      'map-order',
      'map-ephemeron',
      'map-collected-iterate',
      'map-construct-null',
    ]);
  });

  it('show the bugs of @cspell/strong-weak-map: entries that never leave, stale keys, arrays only', () => {
    expect(failures.get('@cspell/strong-weak-map StrongWeakMap')).toEqual([
      'value-collected-size',
      'value-collected-keys',
      'value-construct-iterable',
    ]);
  });
});
