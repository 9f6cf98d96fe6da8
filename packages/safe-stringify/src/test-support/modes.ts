import { configure } from '../configure.js';
import { stringify } from '../stringify.js';
import type { Stringify } from '../types.js';

/** A way to call the package whose output must equal native JSON.stringify wherever native succeeds. */
export interface NativeMode {
  name: string;
  stringify: Stringify;
}

/**
 * `stringify` lets JSON.stringify write whatever it can; a `maxDepth` no input reaches sends every
 * call through the package's own engine instead, so each native-equality test checks both paths.
 */
export const nativeModes: readonly NativeMode[] = [
  { name: 'stringify (JSON.stringify first)', stringify },
  {
    name: 'engine (maxDepth: MAX_SAFE_INTEGER)',
    stringify: configure({ maxDepth: Number.MAX_SAFE_INTEGER }),
  },
];

/** Builds a chain `depth` levels deep without recursion: `make(level, next)` wraps the level below. */
export function chain<T>(depth: number, make: (level: number, next: T | undefined) => T): T {
  let head = make(depth - 1, undefined);
  for (let level = depth - 2; level >= 0; level--) head = make(level, head);
  return head;
}
