/**
 * What `sorted` must write, made without the package: JSON.stringify's own output, parsed back and
 * written again by plain recursion with every object's keys sorted. So toJSON has run and only
 * what JSON.stringify writes is sorted, as the option promises.
 */
export function sortedReference(
  value: unknown,
  space?: unknown,
  compare?: (a: string, b: string) => number,
): string | undefined {
  const text = JSON.stringify(value);
  if (text === undefined) return undefined;
  // The layout native derives from `space`, read back from a one-element array (V8 breaks lines
  // for a space between 0 and 1, with no indent).
  const sample = JSON.stringify([1], null, space as string);
  const pretty = sample !== '[1]';
  const gap = pretty ? sample.slice(2, -3) : '';
  const write = (node: unknown, indent: string): string => {
    const inner = indent + gap;
    const join = (open: string, items: string[], close: string) => {
      if (items.length === 0) return open + close;
      return pretty
        ? `${open}\n${inner}${items.join(`,\n${inner}`)}\n${indent}${close}`
        : `${open}${items.join(',')}${close}`;
    };
    if (Array.isArray(node))
      return join(
        '[',
        node.map((item) => write(item, inner)),
        ']',
      );
    if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      const names = Object.keys(record).sort(compare);
      return join(
        '{',
        names.map((name) => `${JSON.stringify(name)}:${pretty ? ' ' : ''}${write(record[name], inner)}`),
        '}',
      );
    }
    return JSON.stringify(node);
  };
  return write(JSON.parse(text), '');
}
