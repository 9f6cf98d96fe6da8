import { describe, expect, it } from 'vitest';
import { guardRecursion } from './guard-recursion.js';
import { memoize } from './memoize.js';
import { unhandledRejectionsOf } from './test-support/unhandled-rejections.js';

const failing = (error: Error) => async (_target: object) => {
  throw error;
};

// Every wrapper must leave a rejection reported exactly as the bare async function would.
const wrappers: Array<
  [name: string, wrap: (fn: (target: object) => Promise<never>) => (target: object) => Promise<unknown>]
> = [
  ['memoize', (fn) => memoize(fn)],
  ['guardRecursion', (fn) => guardRecursion(fn)],
  ['memoize(guardRecursion)', (fn) => memoize(guardRecursion(fn))],
];

describe('rejections and the runtime', () => {
  it('reports a rejection no one handles (the bare function, as the reference)', async () => {
    const lost = new Error('lost');
    expect(await unhandledRejectionsOf(() => failing(lost)({}))).toEqual([lost]);
  });

  describe.each(wrappers)('%s', (_name, wrap) => {
    it('reports a rejection no caller handles as unhandled, once', async () => {
      const lost = new Error('lost');
      expect(await unhandledRejectionsOf(() => wrap(failing(lost))({}))).toEqual([lost]);
    });

    it('reports nothing for a rejection the caller handles', async () => {
      const handled = new Error('handled');
      const seen: unknown[] = [];
      expect(
        await unhandledRejectionsOf(() =>
          wrap(failing(handled))({}).catch((error: unknown) => {
            seen.push(error);
          }),
        ),
      ).toEqual([]);
      expect(seen).toEqual([handled]);
    });

    it('reports nothing for a rejection an awaiting caller catches', async () => {
      const handled = new Error('handled');
      const caller = wrap(failing(handled));
      const reasons = await unhandledRejectionsOf(async () => {
        try {
          await caller({});
        } catch {
          // handled here
        }
      });
      expect(reasons).toEqual([]);
    });
  });
});
