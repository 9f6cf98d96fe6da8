/**
 * Throws the TypeError a wrong argument gets, at the call that was wrong: it names the function,
 * the argument and what was expected, then says what came instead (`got null`, `got string`,
 * `got object`). Nothing has been set up when it throws.
 *
 * @example
 * ```ts
 * checkArgument(typeof selector === 'string', 'observe', 'selector', 'a string', selector);
 * // TypeError: observe(): selector must be a string, got object
 * ```
 */
export function checkArgument(
  valid: unknown,
  call: string,
  argument: string,
  expected: string,
  value: unknown,
): void {
  if (!valid) {
    throw new TypeError(
      `${call}(): ${argument} must be ${expected}, got ${value === null ? 'null' : typeof value}`,
    );
  }
}

/**
 * What a root must be, in error messages. A ShadowRoot is a DocumentFragment.
 *
 * @example
 * ```ts
 * checkArgument(isParentNode(root), 'processOnce', 'root', parentNode, root);
 * ```
 */
export const parentNode = 'a Document, Element or DocumentFragment';

/**
 * What `root` may be: an element (1), a document (9), or a fragment or shadow root (11).
 *
 * @example
 * ```ts
 * isParentNode(document.body); // true
 * isParentNode(document.createTextNode('')); // false
 * ```
 */
export const isParentNode = (root: unknown): boolean =>
  [1, 9, 11].includes((root as Node | null | undefined)?.nodeType as number);

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
  checkArgument(typeof selector === 'string', call, 'selector', 'a string', selector);
  new DocumentFragment().querySelector(selector as string);
}
