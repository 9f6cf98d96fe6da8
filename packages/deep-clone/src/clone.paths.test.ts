import { describe, expect, it } from 'vitest';
import { clone } from './clone.js';
import { CloneError } from './clone-error.js';
import { handle } from './handle.js';
import { chain } from './test-support/modes.js';

function cloneError(run: () => unknown): CloneError {
  try {
    run();
  } catch (error) {
    if (error instanceof CloneError) return error;
    throw error;
  }
  throw new Error('expected a CloneError');
}

const throwing = { unsupported: 'throw' } as const;

describe('error paths and messages', () => {
  it('names a Map entry whose key is not a property key (bigint, boolean, object) by its index', () => {
    const source = new Map<unknown, unknown>([
      ['first', 1],
      [10n, { run() {} }],
    ]);
    const error = cloneError(() => clone({ byId: source }, throwing));
    expect(error.path).toEqual(['byId', 1, 'run']);
    expect(error.message).toBe("Cannot clone function run at root.byId[1].run (unsupported: 'throw')");
    const flags = new Map<unknown, unknown>([[true, { run() {} }]]);
    expect(cloneError(() => clone(flags, throwing)).path).toEqual([0, 'run']);
  });

  it('keeps the whole path of a failure a million levels deep, and a short message', {
    timeout: 180_000,
  }, () => {
    const source = chain<Record<string, unknown>>(
      1_000_000,
      () => ({}),
      (parent, child) => {
        parent.next = child;
      },
    );
    let bottom = source;
    while (bottom.next) bottom = bottom.next as Record<string, unknown>;
    bottom.run = function run() {};
    const error = cloneError(() => clone(source, throwing));
    expect(error.path).toHaveLength(1_000_000);
    expect(error.path.at(-1)).toBe('run');
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toBe(
      `Cannot clone function run at root${'.next'.repeat(10)}…(999980 more keys)…${'.next'.repeat(9)}.run (unsupported: 'throw')`,
    );
  });

  it('adds nothing to the path for a child a handler clones without a key', () => {
    class Box {
      constructor(readonly content: unknown) {}
    }
    const boxes = handle(Box, (box, cloneChild) => new Box(cloneChild(box.content)));
    const error = cloneError(() =>
      clone({ box: new Box({ inner: { run() {} } }) }, { ...throwing, handlers: [boxes] }),
    );
    expect(error.path).toEqual(['box', 'inner', 'run']);
    expect(error.message).toContain('root.box.inner.run');
  });

  it('reports the path in the default mode too, below the recursion limit', () => {
    const source = chain<Record<string, unknown>>(
      1_000,
      () => ({}),
      (parent, child) => {
        parent.next = child;
      },
    );
    let bottom = source;
    while (bottom.next) bottom = bottom.next as Record<string, unknown>;
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    bottom.list = [0, proxy];
    const error = cloneError(() => clone(source));
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.path).toEqual([...Array(999).fill('next'), 'list', 1]);
  });
});
