import { isCollected } from '@weakset-recipes-internal/testing';
import { describe, expect, it } from 'vitest';
import { createClone } from './create-clone.js';
import { handle } from './handle.js';

// Long-lived engines, as a hot path keeps them: what they copied must not outlive the call.
const preserving = createClone({ unsupported: 'throw' });
const detecting = createClone({ circular: 'throw' });
class Guard {
  constructor(readonly guarded: unknown) {}
}
const guarding = createClone({
  unsupported: 'throw',
  handlers: [
    handle(Guard, (guard, cloneChild) => {
      try {
        return new Guard(cloneChild(guard.guarded, 'guarded'));
      } catch {
        return new Guard(null);
      }
    }),
  ],
});

/** A graph `depth` levels deep, with `last` at the bottom. */
function deepGraph(depth: number, last: unknown): Record<string, unknown> {
  const root: Record<string, unknown> = { payload: new Map([[{}, new Set([{}])]]) };
  let bottom = root;
  for (let i = 1; i < depth; i++) bottom = bottom.next = { level: i };
  bottom.last = last;
  return root;
}

const attempt = (run: () => unknown): void => {
  try {
    run();
  } catch {
    // The failure is the point: what matters is what the engine keeps after it.
  }
};

describe('the engine keeps nothing of the source graph after a call', { timeout: 60_000 }, () => {
  it.each([
    ['it returns', 10],
    ['it returns from deep below the recursion limit', 2_000],
  ])('when %s', async (_case, depth) => {
    expect(
      await isCollected(() => {
        const source = deepGraph(depth, 'done');
        preserving(source);
        return source;
      }),
    ).toBe(true);
  });

  it.each([
    ['on a value it cannot copy', 10],
    ['on a value it cannot copy deep below the recursion limit', 2_000],
  ])('when it throws %s', async (_case, depth) => {
    expect(
      await isCollected(() => {
        const source = deepGraph(depth, function cannotCopy() {});
        attempt(() => preserving(source));
        return source;
      }),
    ).toBe(true);
  });

  it('when it throws on a cycle (circular: throw)', async () => {
    expect(
      await isCollected(() => {
        const source = deepGraph(2_000, null);
        source.next = source;
        attempt(() => detecting(source));
        return source;
      }),
    ).toBe(true);
  });

  it('when a handler caught a child’s error', async () => {
    expect(
      await isCollected(() => {
        const source = { guard: new Guard(deepGraph(500, function cannotCopy() {})) };
        guarding(source);
        return source.guard.guarded as object;
      }),
    ).toBe(true);
  });
});
