import { wrapperOf } from './boxes.js';

/**
 * The indent `JSON.stringify` derives from its `space` argument: a number is clamped to 0-10
 * spaces, a string cut to its first 10 code units, a boxed number or string unboxed first, and
 * anything else means no indent.
 */
export function gapOf(space: unknown): string {
  if (typeof space === 'object' && space !== null) {
    const wrapper = wrapperOf(space);
    if (wrapper === Number) space = +(space as unknown as number);
    else if (wrapper === String) space = String(space);
  }
  if (typeof space === 'number') return ' '.repeat(Math.max(0, Math.min(10, Math.trunc(space) || 0)));
  return typeof space === 'string' ? space.slice(0, 10) : '';
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
