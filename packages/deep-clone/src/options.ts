import type { CloneChild, CloneOptions } from './types.js';

export type Handler = (value: object, cloneChild: CloneChild) => object;

/** {@link CloneOptions}, checked and resolved once per engine. */
export interface ResolvedOptions {
  /** `circular: 'preserve'`: every object is copied once. */
  readonly preserve: boolean;
  readonly strict: boolean;
  /** `unsupported: 'throw'`. */
  readonly throwUnsupported: boolean;
  /** Handlers by the prototype their instances have. */
  readonly handlers: ReadonlyMap<object, Handler>;
}

/** The values each option takes (handlers are checked on their own). */
const allowed: Record<string, readonly unknown[]> = {
  circular: ['preserve', 'throw'],
  strict: [true, false],
  unsupported: ['reference', 'throw'],
  handlers: [],
};

/**
 * Checks options where they are passed, so a typo fails at the call that made it, never later
 * inside a clone: a TypeError that names the function, the option and the values it takes.
 */
export function resolveOptions(options: CloneOptions | undefined, caller: string): ResolvedOptions {
  const fail = (what: string, value: unknown): never => {
    throw new TypeError(`${caller}(): ${what}, got ${describe(value)}`);
  };
  if (typeof options !== 'object' || options === null) {
    if (options !== undefined) fail('options must be an object', options);
  } else {
    for (const [key, value] of Object.entries(options)) {
      const values = allowed[key];
      if (!values) {
        throw new TypeError(
          `${caller}(): unknown option '${key}'; the options are ${Object.keys(allowed).join(', ')}`,
        );
      }
      if (value !== undefined && key !== 'handlers' && !values.includes(value)) {
        fail(`options.${key} must be ${values.map(describe).join(' or ')}`, value);
      }
    }
  }
  const { circular, strict, unsupported, handlers: entries } = options ?? {};
  const handlers = new Map<object, Handler>();
  if (entries !== undefined) {
    if (typeof (entries as Partial<Iterable<unknown>> | null)?.[Symbol.iterator] !== 'function') {
      fail('options.handlers must be an iterable of [Class, handler] pairs, each made by handle()', entries);
    }
    let index = 0;
    for (const entry of entries) {
      const [type, handler] = (Array.isArray(entry) ? entry : []) as unknown[];
      if (!isConstructor(type) || typeof handler !== 'function') {
        fail(`options.handlers[${index}] must be a [Class, handler] pair made by handle()`, entry);
      }
      handlers.set((type as { prototype: object }).prototype, handler as Handler);
      index++;
    }
  }
  return {
    preserve: circular !== 'throw',
    strict: strict === true,
    throwUnsupported: unsupported === 'throw',
    handlers,
  };
}

/** A function whose instances have a prototype object to match: a class or a constructor. */
export function isConstructor(value: unknown): boolean {
  const prototype = (value as { prototype?: unknown } | null)?.prototype;
  return typeof value === 'function' && Object(prototype) === prototype;
}

/** A value as an error message shows it: `'Throw'`, `null`, `an object`. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'function') return 'a function';
  if (typeof value !== 'object' || value === null) return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}
