import fc from 'fast-check';

export { richValue } from '@weakset-recipes-internal/testing/arbitraries';

/** A primitive to put in place of a leaf. */
export const replacement = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 3 }),
  fc.boolean(),
  fc.constantFrom(null, undefined, -0, Number.NaN),
  fc.bigInt(),
);

type Slot = (replace: unknown) => boolean;

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/**
 * Every place in `root` where one leaf can be changed, as functions that change it (returning
 * false when the replacement would not change anything). Only places whose change makes the
 * value unequal under any reading: properties, Map values, typed-array elements, Date times.
 */
export function leafSlots(root: unknown): Slot[] {
  const slots: Slot[] = [];
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (!isObject(value)) continue;
    if (value instanceof Date) {
      slots.push(() => {
        value.setTime(Number.isNaN(value.getTime()) ? 0 : value.getTime() + 1);
        return true;
      });
      continue;
    }
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const view = value as unknown as { length: number; [index: number]: number | bigint };
      for (let index = 0; index < view.length; index++) {
        slots.push(() => {
          const current = view[index]!;
          view[index] = typeof current === 'bigint' ? current + 1n : Number.isNaN(current) ? 0 : current + 1;
          // Float32 rounding or an overflow can land on the same bytes: then nothing changed.
          return !Object.is(view[index], current);
        });
      }
      continue;
    }
    if (value instanceof Map) {
      for (const [key, item] of value) {
        if (isObject(item)) pending.push(item);
        else
          slots.push((next) => {
            if (Object.is(item, next)) return false;
            value.set(key, next);
            return true;
          });
      }
      continue;
    }
    if (value instanceof Set) {
      for (const member of value) pending.push(member);
      continue;
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean) continue;
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (isObject(item)) pending.push(item);
      else
        slots.push((next) => {
          if (Object.is(item, next)) return false;
          (value as Record<string, unknown>)[key] = next;
          return true;
        });
    }
  }
  return slots;
}
