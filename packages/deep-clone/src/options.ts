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

const known = ['circular', 'strict', 'unsupported', 'handlers'];

/**
 * Checks options where they are passed, so a typo fails at the call that made it, never later
 * inside a clone: a TypeError that names the function, the option and the values it takes.
 */
export function resolveOptions(options: CloneOptions | undefined, caller: string): ResolvedOptions {
  if (options === undefined)
    return { preserve: true, strict: false, throwUnsupported: false, handlers: new Map() };
  const fail = (what: string, value: unknown): never => {
    throw new TypeError(`${caller}(): ${what}, got ${describe(value)}`);
  };
  if (typeof options !== 'object' || options === null) fail('options must be an object', options);
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new TypeError(`${caller}(): unknown option '${key}'; the options are ${known.join(', ')}`);
    }
  }
  const { circular, strict, unsupported, handlers: entries } = options;
  if (circular !== undefined && circular !== 'preserve' && circular !== 'throw') {
    fail("options.circular must be 'preserve' or 'throw'", circular);
  }
  if (strict !== undefined && typeof strict !== 'boolean')
    fail('options.strict must be true or false', strict);
  if (unsupported !== undefined && unsupported !== 'reference' && unsupported !== 'throw') {
    fail("options.unsupported must be 'reference' or 'throw'", unsupported);
  }
  const handlers = new Map<object, Handler>();
  if (entries !== undefined) {
    if (typeof (entries as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') {
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
  return (
    typeof value === 'function' &&
    ((typeof prototype === 'object' && prototype !== null) || typeof prototype === 'function')
  );
}

/** A wrong value as an error message shows it: `'Throw'`, `null`, `an object`. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (
    value === null ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'undefined'
  ) {
    return String(value);
  }
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return String(value);
  if (typeof value === 'function') return 'a function';
  return Array.isArray(value) ? 'an array' : 'an object';
}
