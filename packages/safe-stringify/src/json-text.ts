/*
 * The writing half of the engine. Native JSON.stringify writes every value it can be given, so
 * each string escape, number format and indent is native's own; this file only writes the
 * containers it cannot be given (see serialize.ts) and puts native's pieces in place around them.
 */

/** JSON text already written: a container written by hand, or a BigInt's digits. */
export class JsonText {
  constructor(readonly text: string) {}
}

/** Writes values and hand-written containers at a given depth, as JSON.stringify lays them out. */
export interface Writer {
  /** The JSON text of a value of the copy at `depth`, or undefined for what JSON writes as nothing. */
  value(value: unknown, depth: number): string | undefined;
  /** A container of the copy at `depth`: an object's keys in order, or undefined for an array. */
  container(
    copy: Record<string | number, unknown>,
    keyList: readonly string[] | undefined,
    depth: number,
  ): JsonText;
}

/** A writer for one call, with that call's allow-list and `space` (as configure.ts normalized it). */
export function createWriter(allowList: readonly string[] | undefined, space: string | number): Writer {
  let layout: { pretty: boolean; gap: string } | undefined;
  const indents = [''];
  const indentOf = (depth: number): string => {
    // The layout native uses for this space, read from native itself: engines disagree on a
    // space below 1 (V8 breaks lines without indenting, the specification writes one line).
    if (!layout) {
      const sample = JSON.stringify([1], null, space);
      layout = { pretty: sample !== '[1]', gap: sample.slice(2, -3) };
    }
    while (indents.length <= depth) indents.push(indents[indents.length - 1] + layout.gap);
    return indents[depth]!;
  };

  function value(item: unknown, depth: number): string | undefined {
    if (item instanceof JsonText) return item.text;
    const text = JSON.stringify(item, allowList as string[] | undefined, space);
    // JSON text holds no raw line break except between members, so this only moves the indent.
    // split/join, not replace: an indent may hold `$&` or `$'`, which replace would expand.
    return depth > 0 && text?.includes('\n') ? text.split('\n').join(`\n${indentOf(depth)}`) : text;
  }

  function container(
    copy: Record<string | number, unknown>,
    keyList: readonly string[] | undefined,
    depth: number,
  ): JsonText {
    const inner = indentOf(depth + 1);
    const { pretty } = layout!;
    const size = keyList ? keyList.length : (copy as unknown as unknown[]).length;
    let members = '';
    for (let index = 0; index < size; index++) {
      const key = keyList ? keyList[index]! : index;
      let text = value(copy[key], depth + 1);
      if (text === undefined) {
        // Undefined, functions and symbols: skipped in an object, null in an array.
        if (keyList) continue;
        text = 'null';
      }
      members += `${members ? ',' : ''}${pretty ? `\n${inner}` : ''}${keyList ? `${JSON.stringify(key)}:${pretty ? ' ' : ''}` : ''}${text}`;
    }
    const [open, close] = keyList ? '{}' : '[]';
    return new JsonText(
      members ? `${open}${members}${pretty ? `\n${indentOf(depth)}` : ''}${close}` : `${open}${close}`,
    );
  }

  return { value, container };
}
