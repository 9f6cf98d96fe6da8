import { BigIntDigits, type JsonData } from './to-json-data.js';

/*
 * Writes the copy made by toJsonData. Native JSON.stringify writes it whole when it can (the
 * common case), so every string escape, number format and indent is native's own. Containers it
 * must not be given (see JsonData.handWritten) are written here, on an explicit stack, and each of
 * their other children is still written by native JSON.stringify, then indented to its place.
 */

interface OpenContainer {
  node: Record<string, unknown> | unknown[];
  names: readonly string[] | undefined;
  size: number;
  next: number;
  /** The indent of this container's closing bracket. */
  indent: string;
  wroteOne: boolean;
}

const { isArray } = Array;
const { hasOwn, keys } = Object;

/** The JSON text of the copy: byte for byte what JSON.stringify would write for the input. */
export function writeJson(
  { root, handWritten, keyOrder }: JsonData,
  allowList: readonly string[] | undefined,
  gap: string,
): string | undefined {
  const native = (value: unknown, indent: string): string | undefined => {
    if (value instanceof BigIntDigits) return value.digits;
    const text = JSON.stringify(value, allowList as string[] | undefined, gap);
    // JSON text holds no raw line break except between members, so this only moves the indent.
    return indent && text ? text.replace(/\n/g, `\n${indent}`) : text;
  };
  if (!handWritten.has(root as object)) return native(root, '');

  let out = '';
  const stack: OpenContainer[] = [];
  const enter = (node: Record<string, unknown> | unknown[], indent: string) => {
    const names = isArray(node) ? undefined : (keyOrder.get(node) ?? allowList ?? keys(node));
    out += names ? '{' : '[';
    stack.push({ node, names, size: names ? names.length : (node as unknown[]).length, next: 0, indent, wroteOne: false });
  };
  enter(root as Record<string, unknown>, '');
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const { node, names } = top;
    if (top.next === top.size) {
      stack.pop();
      out += `${top.wroteOne && gap ? `\n${top.indent}` : ''}${names ? '}' : ']'}`;
      continue;
    }
    const key = names ? names[top.next]! : top.next;
    top.next++;
    // An allow-list names keys the copy may not have.
    if (names && !hasOwn(node, key)) continue;
    const value = (node as Record<string | number, unknown>)[key];
    const indent = top.indent + gap;
    const nested = handWritten.has(value as object);
    const inline = nested ? undefined : native(value, indent);
    // Undefined, functions and symbols: skipped in an object, null in an array.
    if (!nested && inline === undefined && names) continue;
    out += `${top.wroteOne ? ',' : ''}${gap ? `\n${indent}` : ''}${names ? `${JSON.stringify(key)}:${gap ? ' ' : ''}` : ''}`;
    top.wroteOne = true;
    if (nested) enter(value as Record<string, unknown>, indent);
    else out += inline ?? 'null';
  }
  return out;
}
