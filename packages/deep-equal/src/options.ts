import type { Handler } from './engine.js';
import type { EqualOptions } from './types.js';

export interface ResolvedOptions {
  strict: boolean;
  /** Handlers by the prototype they match; undefined when there are none. */
  handlers: Map<object, Handler> | undefined;
}

/** A short description of a bad value for an error message. */
function describe(value: unknown): string {
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null) return Array.isArray(value) ? 'an array' : 'an object';
  return typeof value === 'symbol' || typeof value === 'bigint' ? typeof value : String(value);
}

/** Throws the TypeError for option `option` of `caller`, saying what was expected. */
function reject(caller: string, option: string, expected: string, value: unknown): never {
  throw new TypeError(`${caller}: ${option} must be ${expected}, got ${describe(value)}`);
}

/** Checks one handler entry's parts, for `createEqual`, `difference` and `handle`. */
export function checkHandler(caller: string, option: string, type: unknown, compare: unknown): Handler {
  const prototype = (type as { prototype?: unknown } | undefined)?.prototype;
  if (typeof type !== 'function' || typeof prototype !== 'object' || prototype === null) {
    reject(caller, `${option}[0]`, 'a class or constructor function (with a prototype object)', type);
  }
  if (typeof compare !== 'function')
    reject(caller, `${option}[1]`, 'a function (a, b, equal) => boolean', compare);
  return { prototype, compare: compare as Handler['compare'] };
}

/** Validates options where they are given, so a mistake fails at the call that made it. */
export function resolveOptions(options: EqualOptions | undefined, caller: string): ResolvedOptions {
  if (options === undefined) return { strict: false, handlers: undefined };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    reject(caller, 'options', 'an object ({ strict?, handlers? }) or undefined', options);
  }
  for (const name of Object.keys(options)) {
    if (name !== 'strict' && name !== 'handlers') {
      throw new TypeError(`${caller}: unknown option "${name}"; the options are strict and handlers`);
    }
  }
  const { strict = false, handlers } = options;
  if (typeof strict !== 'boolean') reject(caller, 'options.strict', 'true or false', strict);
  if (handlers === undefined) return { strict, handlers: undefined };
  if (typeof (handlers as Partial<Iterable<unknown>>)?.[Symbol.iterator] !== 'function') {
    reject(caller, 'options.handlers', 'an iterable of [constructor, handler] pairs', handlers);
  }
  const byPrototype = new Map<object, Handler>();
  let index = 0;
  for (const entry of handlers as Iterable<unknown>) {
    const option = `options.handlers[${index++}]`;
    if (!Array.isArray(entry)) reject(caller, option, 'a [constructor, handler] pair', entry);
    const handler = checkHandler(caller, option, entry[0], entry[1]);
    byPrototype.set(handler.prototype, handler);
  }
  return { strict, handlers: byPrototype.size > 0 ? byPrototype : undefined };
}
