import { wrapperOf } from './boxes.js';

/**
 * The `space` argument to hand to JSON.stringify: a boxed number or string unboxed here, once (so
 * its `valueOf` or `toString` runs once however many times JSON.stringify is called), anything
 * else that is not a number or a string replaced by `''`, which JSON.stringify also ignores. Never
 * undefined: see configure.ts. Numbers are left to JSON.stringify, which does not clamp them the
 * same way everywhere (V8 indents with line breaks for any positive number, even below 1).
 */
export function spaceOf(space: unknown): string | number {
  if (typeof space === 'object' && space !== null) {
    const wrapper = wrapperOf(space);
    if (wrapper === Number) space = +(space as unknown as number);
    else if (wrapper === String) space = String(space);
  }
  return typeof space === 'number' || typeof space === 'string' ? space : '';
}

/**
 * The property names an allow-list replacer lets through, as `JSON.stringify` reads them: strings,
 * numbers and boxed numbers or strings as their string form, each once, in first-seen order.
 */
export function allowListOf(replacer: readonly unknown[]): string[] {
  const names: string[] = [];
  for (let index = 0; index < replacer.length; index++) {
    let item = replacer[index];
    if (typeof item === 'object' && item !== null) {
      const wrapper = wrapperOf(item);
      item = wrapper === Number || wrapper === String ? String(item) : undefined;
    } else if (typeof item === 'number') {
      item = String(item);
    }
    if (typeof item === 'string' && !names.includes(item)) names.push(item);
  }
  return names;
}
