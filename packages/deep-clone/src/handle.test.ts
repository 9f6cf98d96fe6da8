import { describe, expect, expectTypeOf, it } from 'vitest';
import { clone } from './clone.js';
import { CloneError } from './clone-error.js';
import { createClone } from './create-clone.js';
import { handle } from './handle.js';
import type { HandlerEntry } from './types.js';

class Vault {
  readonly #items: unknown[];
  constructor(items: unknown[]) {
    this.#items = items;
  }
  get items(): unknown[] {
    return this.#items;
  }
}

const vaultHandler = handle(Vault, (vault, cloneChild) => new Vault(cloneChild(vault.items, 'items')));

describe('custom type handlers', () => {
  it('copies a class with private state through its handler', () => {
    const item = { name: 'coin' };
    const source = { vault: new Vault([item]) };
    const copy = clone(source, { handlers: [vaultHandler] });
    expect(copy.vault).toBeInstanceOf(Vault);
    expect(copy.vault).not.toBe(source.vault);
    expect(copy.vault.items).toEqual([item]);
    expect(copy.vault.items[0]).not.toBe(item);
  });

  it('keeps shared references between handled children and the rest of the graph', () => {
    const shared = { id: 1 };
    const copy = clone({ vault: new Vault([shared]), shared }, { handlers: [vaultHandler] });
    expect(copy.vault.items[0]).toBe(copy.shared);
  });

  it('keeps a cycle from a handled child back to the graph above it', () => {
    const root: { vault?: Vault } = {};
    root.vault = new Vault([root]);
    const copy = clone(root, { handlers: [vaultHandler] });
    expect(copy.vault?.items[0]).toBe(copy);
  });

  it('reports a cycle back into the handled value itself instead of looping', () => {
    const items: unknown[] = [];
    const vault = new Vault(items);
    items.push(vault);
    expect(() => clone(vault, { handlers: [vaultHandler] })).toThrow(CloneError);
    expect(() => clone(vault, { handlers: [vaultHandler], circular: 'throw' })).toThrow(/items\[0\]/);
  });

  it('matches the exact prototype only, and may override a built-in', () => {
    class SpecialVault extends Vault {}
    const dateHandler = handle(Date, () => new Date(0));
    const copy = clone({ when: new Date(99), special: new SpecialVault([1]) }, { handlers: [dateHandler] });
    expect(copy.when.getTime()).toBe(0);
    // The subclass has no handler, so it is copied as a plain instance: without the private state.
    expect(Object.getPrototypeOf(copy.special)).toBe(SpecialVault.prototype);
    expect(() => copy.special.items).toThrow(TypeError);
  });

  it('clones children deep below the recursion limit through a handler', () => {
    let bottom: Record<string, unknown> = {};
    const top = bottom;
    for (let i = 0; i < 2_000; i++) bottom = bottom.next = {};
    bottom.vault = new Vault([{ deep: true }]);
    const copy = createClone({ handlers: [vaultHandler] })(top);
    let node = copy;
    for (let i = 0; i < 2_000; i++) node = node.next as Record<string, unknown>;
    expect((node.vault as Vault).items).toEqual([{ deep: true }]);
  });

  it('types the handler by the class it handles', () => {
    expectTypeOf(vaultHandler).toEqualTypeOf<HandlerEntry>();
    handle(Vault, (vault) => {
      expectTypeOf(vault).toEqualTypeOf<Vault>();
      return vault;
    });
  });
});

describe('a handler for a built-in that views hold', () => {
  it('copies the buffer under a typed array, even one spanning all of it', () => {
    const seen: ArrayBuffer[] = [];
    const bufferHandler = handle(ArrayBuffer, (buffer) => {
      seen.push(buffer);
      return new ArrayBuffer(buffer.byteLength);
    });
    const words = new Int32Array([1, 2]);
    const copy = clone({ words }, { handlers: [bufferHandler] });
    expect(seen).toEqual([words.buffer]);
    expect([...copy.words]).toEqual([0, 0]);
  });
});

/** Copies what it guards, or, when that fails, a guard holding nothing. */
class Guard {
  constructor(readonly guarded: unknown) {}
}
const failures: unknown[] = [];
const guardHandler = handle(Guard, (guard, cloneChild) => {
  try {
    return new Guard(cloneChild(guard.guarded, 'guarded'));
  } catch (error) {
    failures.push(error);
    return new Guard(null);
  }
});

describe('a handler that catches a child’s error', () => {
  it('leaves no ancestor or path behind (circular: throw)', () => {
    failures.length = 0;
    const guard = new Guard(null);
    const guarded = { holder: { back: guard } };
    Object.assign(guard, { guarded });
    // `guarded` was an ancestor when its child failed; reached again from the root, it is not one.
    const source = { guard, again: guarded, later: { run() {} } };
    const error = catchCloneError(() =>
      clone(source, { circular: 'throw', unsupported: 'throw', handlers: [guardHandler] }),
    );
    expect((failures[0] as CloneError).path).toEqual(['guard', 'guarded', 'holder', 'back']);
    expect(error.path).toEqual(['later', 'run']);
  });

  it('takes back the copies the failed child made, so a later reference gets a whole copy (preserve)', () => {
    failures.length = 0;
    const guard = new Guard(null);
    const risky = { data: { n: 1 }, back: guard };
    Object.assign(guard, { guarded: risky });
    const source = { guard, risky };
    const copy = clone(source, { handlers: [guardHandler] });
    expect((failures[0] as CloneError).code).toBe('CIRCULAR');
    expect(copy.guard.guarded).toBeNull();
    expect(copy.risky.back).toBe(copy.guard);
    expect(copy.risky.data).toEqual({ n: 1 });
  });

  it('takes back what the failed child scheduled deep below the recursion limit', () => {
    failures.length = 0;
    let bottom: Record<string, unknown> = {};
    const deep = bottom;
    for (let i = 0; i < 1_000; i++) bottom = bottom.next = {};
    bottom.run = function run() {};
    const error = catchCloneError(() =>
      clone(
        { guard: new Guard(deep), deep, after: [1, { run() {} }] },
        { unsupported: 'throw', handlers: [guardHandler] },
      ),
    );
    expect((failures[0] as CloneError).path).toHaveLength(1_003);
    // The same chain again, outside the guard: it fails at its own path, not the guard's.
    expect(error.path).toEqual(['deep', ...Array(1_000).fill('next'), 'run']);
  });
});

function catchCloneError(run: () => unknown): CloneError {
  try {
    run();
  } catch (error) {
    if (error instanceof CloneError) return error;
    throw error;
  }
  throw new Error('expected a CloneError');
}
