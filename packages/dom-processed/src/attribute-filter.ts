/*
 * Which mutations can change whether an element matches a selector. Watching only the attributes
 * a selector names keeps attribute noise (styles, ARIA state, framework bookkeeping) out of the
 * MutationObserver callback entirely: the browser never even queues a record for it.
 */

/**
 * Selectors whose match can depend on elements other than the one tested and its ancestors
 * (sibling combinators, `:has()`, `:nth-child()`…), or on attributes that cannot be read from the
 * selector (`:checked`, `:disabled`, `:lang()`…, a namespaced `[ns|name]`, or a name hidden behind
 * a backslash escape). Only `:not()`, `:is()` and `:where()` are transparent: their arguments are
 * parsed like the rest. A `+`, `~` or `|` inside an attribute value also counts, which is merely
 * conservative.
 *
 * @example
 * ```ts
 * dependsOnAnything.test('li:first-child'); // true
 * dependsOnAnything.test('.open :is(.tab, [role=tab], [lang|=en])'); // false
 * ```
 */
export const dependsOnAnything = /[+\\]|[~|](?!=)|:(?!(not|is|where)\()/;
// A capturing group where `(?:…)` would do: the same test, two bytes fewer in a 1 kB budget.

// An attribute name runs from `[` to the first space, `]` or operator (`=`, `~=`, `|=`, `^=`,
// `$=`, `*=`); a `.` anywhere means the selector may read `class`, a `#` that it may read `id`.
const attributeName = /\[\s*([^\s~|^$*=\]]+)|[.#]/g;

/**
 * The attribute part of a MutationObserver init for a selector (on its own, what the root's
 * ancestors are observed with): nothing (no attributes) when it has no attribute, class or id
 * part, `attributes` with an `attributeFilter` when every name can be read from it
 * (HTML lower-cases attribute names, SVG keeps their case, so both spellings are listed), and
 * every attribute for a selector that {@link dependsOnAnything}. Stray characters inside attribute
 * values (`[href$=".pdf"]` adds `class`) only widen the filter, which never misses a change.
 *
 * @example
 * ```ts
 * attributeOptionsFor('.open [data-Tab=x]'); // { attributes: true, attributeFilter: ['class', 'class', 'data-Tab', 'data-tab'] }
 * attributeOptionsFor('li > a'); // {}
 * attributeOptionsFor('input:checked'); // { attributes: true }
 * ```
 */
export function attributeOptionsFor(selector: string): MutationObserverInit {
  if (dependsOnAnything.test(selector)) return { attributes: true };
  const names: string[] = [];
  for (const [found, name = found < '.' ? 'id' : 'class'] of selector.matchAll(attributeName)) {
    names.push(name, name.toLowerCase());
  }
  return names[0] ? { attributes: true, attributeFilter: names } : {};
}
