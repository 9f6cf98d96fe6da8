/*
 * The engine behind observe() and processOnce(). Its functions live at module level and take the
 * observation's state as an argument, so a page compiles them once, however many observations it
 * makes and lets go. Closures made per observation had their optimized code die with the
 * observation (V8 traces in the bench's Chromium showed `visit` compiled again after each
 * collected observation), so a new observation's first batches could run cold.
 */

/**
 * One observation's state, as a tuple rather than an object: its slots cost no property names in
 * the minified bundle. Read and write it through {@link Slot}, which the build inlines.
 *
 * @example
 * ```ts
 * const scan: Scan = [new WeakMap(), '.card', document, (el) => el.classList.add('ready'), false];
 * ```
 */
export type Scan = [
  /** Element -> its cleanup; `null` once stopped, which silences every later callback. */
  processed: WeakMap<Node, unknown> | null,
  selector: string,
  root: Node & ParentNode,
  add: (el: Element) => unknown,
  /** Whether every batch re-checks the whole root (see `dependsOnAnything`). */
  recheckRoot: boolean,
  remove?: ((el: Element) => unknown) | undefined,
  /** Gets what a callback threw; the default reporter when absent. */
  onError?: ((error: unknown, el: Element) => void) | undefined,
  /** Also look inside open shadow roots, which are then observed with `init`. */
  shadow?: boolean | undefined,
  observer?: MutationObserver | undefined,
  init?: MutationObserverInit | undefined,
  /** Every element ever processed, kept only with `once`. */
  seen?: WeakSet<Node> | undefined,
  /**
   * For a selector with `:scope`, which `matches()` would read as the element itself: what
   * `root.querySelectorAll(selector)` finds, asked once per scan and dropped after it.
   */
  scoped?: Set<Node> | undefined,
  /** What the first `onError` that threw during this scan threw, rethrown when the scan ends. */
  failure?: [unknown] | undefined,
];

/**
 * The slots of a {@link Scan}, by name.
 *
 * @example
 * ```ts
 * scan[Slot.Processed] = null; // stopped: every later callback is silenced
 * ```
 */
export enum Slot {
  Processed,
  Selector,
  Root,
  Add,
  RecheckRoot,
  Remove,
  OnError,
  Shadow,
  Observer,
  Init,
  Seen,
  Scoped,
  Failure,
}

/** Where errors go when no `onError` was given: shown like uncaught errors, without stopping anything. */
const report = (error: unknown, el?: Element): void =>
  // console.error logs the element too; reportError takes the error alone and ignores the rest.
  ((globalThis.reportError as (error: unknown, el?: Element) => void) ?? console.error)(error, el);

/**
 * Calls `fn` with the element if it is a function (an initializer may return anything where a
 * cleanup is expected) and hands what it throws to `onError`, so one element never stops the
 * others. An `onError` that throws does not stop them either: the first such error is kept and
 * rethrown when the scan ends ({@link settle}), later ones are reported.
 *
 * @example
 * ```ts
 * attempt(() => { throw new Error('boom'); }, document.body, scan);
 * ```
 */
export function attempt(fn: unknown, el: Element, scan: Scan): unknown {
  if (typeof fn === 'function') {
    try {
      return fn(el);
    } catch (error) {
      // Called as a plain function: `reportError` refuses any other `this` than the window.
      const onError = scan[Slot.OnError] ?? report;
      try {
        onError(error, el);
      } catch (failure) {
        if (scan[Slot.Failure]) report(failure);
        else scan[Slot.Failure] = [failure];
      }
    }
  }
}

/**
 * Whether `node` is inside the root now; in open shadow trees, the host's containment counts.
 *
 * @example
 * ```ts
 * inRoot(scan, record.target); // false once the target has left the root
 * ```
 */
export const inRoot = (scan: Scan, node: Node | null | undefined | false): boolean =>
  !!node &&
  (scan[Slot.Root].contains(node) ||
    inRoot(scan, scan[Slot.Shadow] && (node.getRootNode() as ShadowRoot).host));

/**
 * The elements under `node` in document order, as an array taken before any callback runs: a
 * TreeWalker costs linear time in every DOM (happy-dom's `querySelectorAll('*')` does not, and
 * Chromium walks faster than it builds that NodeList), and a callback that moves elements cannot
 * derail a list made before it ran.
 */
function descendants(node: Node): Node[] {
  const found: Node[] = [];
  // 1: NodeFilter.SHOW_ELEMENT.
  const walker = document.createTreeWalker(node, 1);
  while (walker.nextNode()) found.push(walker.currentNode);
  return found;
}

/**
 * Processes `node` and everything under it: initializes what matches and is new. With `recheck`,
 * also tears down what no longer matches or is no longer inside, which needs every element of the
 * subtree; adding needs only the matching ones.
 *
 * @example
 * ```ts
 * visit(scan, addedNode); // an inserted subtree
 * visit(scan, removedNode, true); // a removed one: tear down what was processed
 * ```
 */
export function visit(scan: Scan, node: Node, recheck?: boolean, inside = inRoot(scan, node)): void {
  // Read once: on a page's first batches this loop runs before anything is optimized.
  const selector = scan[Slot.Selector];
  const root = scan[Slot.Root];
  const shadow = scan[Slot.Shadow];
  const seen = scan[Slot.Seen];
  const scoped = scan[Slot.Scoped];
  // querySelectorAll(selector) finds only matches, so only the node itself needs matches(),
  // unless every element is needed: to recheck, for shadow hosts, or for selectors matches() must
  // judge. Leaves skip querySelectorAll, whose per-call cost dominates batches of small insertions.
  const everything = recheck || shadow || scan[Slot.RecheckRoot];
  const found: ArrayLike<Node> = everything
    ? descendants(node)
    : (node as Element).firstElementChild
      ? (node as Element).querySelectorAll(selector)
      : [];
  // An index loop, the node itself first, until the list runs out: spreading or iterating a
  // NodeList costs more than all the rest of the per-match work (measured in Chromium). Text and
  // comment nodes fall through harmlessly: no children, no matches(), no shadowRoot.
  for (let index = 0, el: Node | undefined = node; el; el = found[index++]) {
    // Read per element: a callback may have stopped the observation.
    const processed = scan[Slot.Processed];
    if (!processed) return;
    if (
      inside &&
      ((index && !everything) ||
        // `:scope` is the root, as in root.querySelectorAll, except for the root itself.
        (scoped && el !== root ? scoped.has(el) : (el as Element).matches?.(selector)))
    ) {
      // Still inside? An earlier callback of this scan may have moved it out.
      if (!processed.has(el) && !seen?.has(el) && (root.contains(el) || inRoot(scan, el))) {
        seen?.add(el);
        // Marked before the call, so an initializer that triggers a flush cannot re-enter.
        processed.set(el, 0);
        processed.set(el, attempt(scan[Slot.Add], el as Element, scan));
      }
    } else if (recheck && processed.has(el)) {
      // Torn down: the cleanup, then `remove` (unless the cleanup stopped the observation).
      const cleanup = processed.get(el);
      processed.delete(el);
      attempt(cleanup, el as Element, scan);
      if (scan[Slot.Processed]) attempt(scan[Slot.Remove], el as Element, scan);
    }
    const shadowRoot = shadow && (el as Element).shadowRoot;
    if (shadowRoot) {
      if (inside) scan[Slot.Observer]?.observe(shadowRoot, scan[Slot.Init]);
      visit(scan, shadowRoot, recheck, inside);
    }
  }
}

/**
 * Starts a scan: `:scope` selectors are answered by the root once per scan.
 *
 * @example
 * ```ts
 * begin(scan);
 * visit(scan, scan[Slot.Root]);
 * settle(scan);
 * ```
 */
export function begin(scan: Scan): void {
  const selector = scan[Slot.Selector];
  if (/:scope/i.test(selector)) scan[Slot.Scoped] = new Set(scan[Slot.Root].querySelectorAll(selector));
}

/**
 * Ends a scan: forgets the `:scope` answers, and rethrows what a throwing `onError` threw.
 *
 * @example
 * ```ts
 * begin(scan);
 * visit(scan, scan[Slot.Root]);
 * settle(scan); // throws what onError threw first, if it did
 * ```
 */
export function settle(scan: Scan): void {
  const failure = scan[Slot.Failure];
  scan[Slot.Scoped] = scan[Slot.Failure] = undefined;
  if (failure) throw failure[0];
}

/**
 * One MutationObserver batch. Containment is checked now, not replayed from the records: a node
 * removed and put back within one batch is simply still inside.
 *
 * @example
 * ```ts
 * const observer = new MutationObserver((records) => run(scan, records));
 * ```
 */
export function run(scan: Scan, records: MutationRecord[]): void {
  begin(scan);
  let rootChanged = scan[Slot.RecheckRoot];
  for (const record of records) {
    // Index loops: a NodeList iterator per record cost more than the rest of a small batch.
    // biome-ignore lint/suspicious/noAssignInExpressions: the shortest index loop.
    for (let index = 0, node: Node | undefined; (node = record.removedNodes[index++]); )
      visit(scan, node, true);
    // An attribute of one of the root's ancestors (observed for `.dark .w` in an <aside>) can
    // change any match inside.
    if (record.attributeName) {
      if (record.target.contains(scan[Slot.Root])) rootChanged = true;
      else visit(scan, record.target, true);
    }
    // biome-ignore lint/suspicious/noAssignInExpressions: as above.
    for (let index = 0, node: Node | undefined; (node = record.addedNodes[index++]); ) visit(scan, node);
  }
  if (rootChanged) visit(scan, scan[Slot.Root], true);
  settle(scan);
}

/**
 * Observes the root's ancestors with the selector's attribute filter: a match can depend on them
 * (`.dark .w` with an <aside> as root), and a change there re-checks the root. The ancestors
 * outlive the root, so their observer holds the scan only weakly: a root removed and forgotten
 * without `disconnect()` is still collected, and the observer stops at the next change it sees.
 *
 * @example
 * ```ts
 * const ancestors = watchAncestors(scan, { attributes: true, attributeFilter: ['class'] });
 * ancestors.disconnect();
 * ```
 */
export function watchAncestors(scan: Scan, attributes: MutationObserverInit): MutationObserver {
  const weakScan = new WeakRef(scan);
  const watcher = new MutationObserver((records) => {
    const live = weakScan.deref();
    if (live) run(live, records);
    else watcher.disconnect();
  });
  for (let ancestor = scan[Slot.Root].parentNode; ancestor; ancestor = ancestor.parentNode) {
    watcher.observe(ancestor, attributes);
  }
  return watcher;
}
