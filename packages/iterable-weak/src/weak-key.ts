/** The collection a method belongs to: its `Symbol.toStringTag` names it in error messages. */
export interface Owner {
  readonly [Symbol.toStringTag]: string;
}

/**
 * The TypeError for a bad argument: it names the method (`IterableWeakSet.add`, or `new
 * IterableWeakSet` when `method` is empty), the argument, what was expected and what came. The
 * class name is read from the collection only when an error is thrown, which keeps one copy of
 * each name in the bundle.
 */
function badArgument(
  owner: Owner,
  method: string,
  argument: string,
  expected: string,
  value: unknown,
): TypeError {
  const tag = owner[Symbol.toStringTag];
  const got = value === null ? 'null' : typeof value;
  return new TypeError(
    `${method ? `${tag}.${method}` : `new ${tag}`}: the ${argument} must be ${expected}, got ${got}`,
  );
}

/**
 * What a constructor was given to start with: nothing for `null` or `undefined`, as `Set` and `Map`
 * do, else the iterable itself; anything else is a TypeError naming the constructor.
 */
export function initial<T>(
  values: Iterable<T> | null | undefined,
  owner: Owner,
  argument: string,
): Iterable<T> {
  if (values == null) return [];
  if (typeof values[Symbol.iterator] !== 'function')
    throw badArgument(owner, '', argument, 'an iterable, null or undefined', values);
  return values;
}

/**
 * A new `WeakRef` to `target`, or, if `target` cannot be held weakly, a TypeError naming the
 * method and the argument. The engine decides what can be held weakly (objects, functions and
 * symbols not registered with `Symbol.for`), so a collection accepts exactly what the engine's
 * own `WeakMap`, `WeakRef` and `FinalizationRegistry` accept: every engine tested agrees on
 * symbols (see the README's Engines section).
 */
export function weakRefTo<T extends WeakKey>(
  target: T,
  owner: Owner,
  method: string,
  argument: string,
): WeakRef<T> {
  try {
    return new WeakRef(target);
  } catch {
    throw badArgument(owner, method, argument, 'an object or a non-registered symbol', target);
  }
}

/** Throws a TypeError naming the method unless `callback` is a function. */
export function requireFunction(callback: unknown, owner: Owner, method: string): void {
  if (typeof callback !== 'function') throw badArgument(owner, method, 'callback', 'a function', callback);
}
