interface Wrapper {
  readonly prototype: { valueOf(): unknown };
}

const wrappers: readonly Wrapper[] = [Number, String, Boolean, BigInt];

/**
 * The wrapper that made a boxed primitive (`new Number(1)` → `Number`), or undefined. Decided by
 * the internal slot `JSON.stringify` reads (its `valueOf` throws on anything else), after a
 * prototype test that keeps the common case free of exceptions: a box whose prototype was
 * replaced by an unrelated one is not recognized (see the README's limits).
 */
export function wrapperOf(value: object): Wrapper | undefined {
  for (const wrapper of wrappers) {
    try {
      if (Object.prototype.isPrototypeOf.call(wrapper.prototype, value)) {
        wrapper.prototype.valueOf.call(value);
        return wrapper;
      }
    } catch {
      // Not a box after all (or a revoked proxy, which JSON.stringify rejects later on its own).
    }
  }
  return undefined;
}
