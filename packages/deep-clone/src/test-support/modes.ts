import { createClone } from '../create-clone.js';
import type { CloneOptions } from '../types.js';

/** A named clone configuration; the kind-per-file suites run against every one of them. */
export interface Mode {
  name: string;
  options: CloneOptions;
  clone: <T>(value: T) => T;
  /** Whether shared references come back shared (only `circular: 'preserve'` tracks them). */
  keepsSharing: boolean;
}

function mode(name: string, options: CloneOptions): Mode {
  return { name, options, clone: createClone(options), keepsSharing: options.circular !== 'throw' };
}

export const modes: Mode[] = [
  mode('preserve', {}),
  mode('throw', { circular: 'throw' }),
  mode('preserve + strict', { strict: true }),
  mode('throw + strict', { circular: 'throw', strict: true }),
  mode('preserve + unsupported throw', { unsupported: 'throw' }),
];

/** Builds a chain `depth` levels deep where each level holds the next under `link`. */
export function chain<T extends object>(
  depth: number,
  make: () => T,
  link: (parent: T, child: T) => void,
): T {
  const root = make();
  let current = root;
  for (let i = 1; i < depth; i++) {
    const next = make();
    link(current, next);
    current = next;
  }
  return root;
}
