import { describe, expect, it } from 'vitest';
import { brandOf } from './brand-of.js';
import { branded } from './branded.js';
import { createBrand } from './create-brand.js';
import { type Registry, registry, registryOn } from './registry.js';

const key = Symbol.for('@weakset-recipes/brand registry');

describe('the class → brand registry on globalThis', () => {
  it('cannot be replaced or deleted', () => {
    branded(class Ledger {});
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, key);
    expect(descriptor).toMatchObject({ writable: false, configurable: false });
    const shared = descriptor?.value as unknown;
    expect(() => {
      (globalThis as unknown as Record<symbol, unknown>)[key] = () => undefined;
    }).toThrow(TypeError);
    expect(Reflect.deleteProperty(globalThis, key)).toBe(false);
    expect(Object.getOwnPropertyDescriptor(globalThis, key)?.value).toBe(shared);
    expect(registry()).toBe(shared);
  });

  it("keeps a decorated class's brand: registering another one for it changes nothing", () => {
    const Ledger = branded(class Ledger {});
    const brand = brandOf(Ledger);
    const register = Object.getOwnPropertyDescriptor(globalThis, key)?.value as Registry;
    expect(register(Ledger, createBrand<object>('Ledger'))).toBe(brand);
    expect(brandOf(Ledger)).toBe(brand);
    expect(brandOf(Ledger)?.has({})).toBe(false);
  });

  it('is defined once per realm and then shared by every copy that asks', () => {
    const realm = {};
    const first = registryOn(realm);
    const second = registryOn(realm);
    expect(second).toBe(first);
    class Journal {}
    const brand = createBrand<object>('Journal');
    first(Journal, brand);
    expect(second(Journal)).toBe(brand);
  });

  it('still registers brands, per copy, where globalThis is frozen', () => {
    const locked = Object.freeze({});
    const register = registryOn(locked);
    class Journal {}
    const brand = createBrand<object>('Journal');
    expect(register(Journal, brand)).toBe(brand);
    expect(register(Journal)).toBe(brand);
    expect(Object.getOwnPropertySymbols(locked)).toEqual([]);
  });

  it('still registers brands, per copy, where something else sits under its symbol', () => {
    const realm = { [key]: new WeakMap() };
    const register = registryOn(realm);
    class Journal {}
    const brand = createBrand<object>('Journal');
    expect(register(Journal, brand)).toBe(brand);
    expect(register(Journal)).toBe(brand);
  });
});
