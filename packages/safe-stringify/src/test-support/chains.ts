import { CircularError } from '../circular-error.js';
import { chain } from './modes.js';

/** Chains for the no-depth-limit tests, and the text JSON.stringify would write for them without a stack limit. */

export interface Link {
  v: unknown;
  next?: Link | string;
}

export const objectChain = (depth: number, last: (node: Link) => void = () => {}): Link => {
  let bottom: Link | undefined;
  const head = chain<Link>(depth, (level, next) => {
    const node: Link = next ? { v: level, next } : { v: level };
    bottom ??= node;
    return node;
  });
  last(bottom!);
  return head;
};

export const arrayChain = (depth: number): unknown[] =>
  chain<unknown[]>(depth, (level, next) => (next ? [level, next] : [level]));

/** `{"v":0,"next":{"v":1,…{"v":<depth-1><bottom>}…}}`, or with the keys the other way round. */
export function expectedObjectChain(
  depth: number,
  { sorted = false, bottom = '', value = (level: number) => String(level) } = {},
): string {
  const parts: string[] = [];
  for (let level = 0; level < depth - 1; level++)
    parts.push(sorted ? '{"next":' : `{"v":${value(level)},"next":`);
  const last = value(depth - 1);
  parts.push(
    sorted ? `{${bottom ? `${bottom},` : ''}"v":${last}}` : `{"v":${last}${bottom ? `,${bottom}` : ''}}`,
  );
  for (let level = depth - 2; level >= 0; level--) parts.push(sorted ? `,"v":${value(level)}}` : '}');
  return parts.join('');
}

export function expectedArrayChain(depth: number, leaf = (level: number) => String(level)): string {
  const parts: string[] = [];
  for (let level = 0; level < depth - 1; level++) parts.push(`[${leaf(level)},`);
  parts.push(`[${leaf(depth - 1)}]`, ']'.repeat(depth - 1));
  return parts.join('');
}

/** An object chain `depth` levels deep whose bottom refers back to the root. */
export function cyclicObjectChain(depth: number): Link {
  let bottom: Link | undefined;
  const root = objectChain(depth, (node) => {
    bottom = node;
  });
  bottom!.next = root;
  return root;
}

/** The path of the CircularError that `write` throws, or a description of what it did instead. */
export function circularErrorPath(write: () => unknown): readonly (string | number)[] | string {
  try {
    return `returned ${String(write())}`;
  } catch (error) {
    return error instanceof CircularError ? error.path : `threw ${String(error)}`;
  }
}
