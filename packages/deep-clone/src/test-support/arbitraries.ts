import { richValue } from '@weakset-recipes-internal/testing/arbitraries';
import fc from 'fast-check';

export { richValue };

/** Errors (with a cause, some aggregate) and RegExps mid-match, which `fc.anything` never makes. */
export const errorsAndPatterns: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .record({
      message: fc.string(),
      cause: fc.option(richValue, { nil: undefined }),
      aggregate: fc.boolean(),
    })
    .map(({ message, cause, aggregate }) =>
      aggregate
        ? new AggregateError([new RangeError(message)], message, { cause })
        : new TypeError(message, { cause }),
    ),
  fc
    .record({
      source: fc.constantFrom('a+', '^x$', '[b-d]', '(?:q)'),
      flags: fc.constantFrom('', 'g', 'gi', 'y'),
      lastIndex: fc.nat(5),
    })
    .map(({ source, flags, lastIndex }) => Object.assign(new RegExp(source, flags), { lastIndex })),
);

/** Every object reachable from a value (own property values, Map and Set contents). */
export function collectObjects(root: unknown): Set<object> {
  const found = new Set<object>();
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || found.has(value))
      continue;
    found.add(value);
    if (ArrayBuffer.isView(value)) continue;
    if (value instanceof Map) for (const [key, entry] of value) pending.push(key, entry);
    if (value instanceof Set) for (const member of value) pending.push(member);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) pending.push(descriptor.value);
    }
  }
  return found;
}
