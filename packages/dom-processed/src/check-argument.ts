/**
 * Throws the TypeError a wrong argument gets, at the call that was wrong: it names the function,
 * the argument and what was expected, then says what came instead (`got null`, `got string`,
 * `got object`). Nothing has been set up when it throws.
 *
 * One message builder for every check keeps them alike and the bundle small: by default a value
 * is valid when `expected` names its `typeof` (`'a function'`, `'a string or a symbol'`) and it
 * is not null; `valid` overrides that for what `typeof` cannot tell, and `optional` also lets
 * `null` and `undefined` through.
 *
 * @example
 * ```ts
 * checkArgument('observe', 'selector', 'a string', selector);
 * // TypeError: observe(): selector must be a string, got object
 * checkArgument('observe', 'options.onError', 'a function', onError, true);
 * checkArgument('observe', 'options.signal', 'an AbortSignal', signal, true, signal instanceof AbortSignal);
 * ```
 */
export function checkArgument(
  call: string,
  argument: string,
  expected: string,
  value: unknown,
  optional?: boolean,
  valid: unknown = value !== null && expected.includes(typeof value),
): void {
  if (!(valid || (optional && value == null))) {
    throw new TypeError(
      `${call}(): ${argument} must be ${expected}, got ${value === null ? 'null' : typeof value}`,
    );
  }
}

/**
 * Checks a root: a document (node type 9), an element (1), or a fragment or shadow root (11; a
 * ShadowRoot is a DocumentFragment).
 *
 * @example
 * ```ts
 * checkRoot('processOnce', 'root', document.createTextNode(''));
 * // TypeError: processOnce(): root must be a Document, Element or DocumentFragment, got object
 * ```
 */
export const checkRoot = (call: string, argument: string, root: unknown): void =>
  checkArgument(
    call,
    argument,
    'a Document, Element or DocumentFragment',
    root,
    false,
    [1, 9, 11].includes((root as Node | null | undefined)?.nodeType as number),
  );

/**
 * Checks a selector where it is passed: a string (TypeError otherwise) that the browser can
 * parse (its own `SyntaxError` otherwise). Asked of an empty fragment, so it costs no search.
 *
 * @example
 * ```ts
 * checkSelector('observe', 'p['); // SyntaxError: 'p[' is not a valid selector
 * ```
 */
export function checkSelector(call: string, selector: unknown): void {
  checkArgument(call, 'selector', 'a string', selector);
  new DocumentFragment().querySelector(selector as string);
}
