/** Waits until pending MutationObserver callbacks have run (they are microtasks; a task is later). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Parses HTML into a fresh element appended to `parent` (default: document.body). */
export function mount(html: string, parent: ParentNode = document.body): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  parent.append(container);
  return container;
}

/** The element matching `selector` inside `root`, failing loudly when there is none. */
export function $(selector: string, root: ParentNode = document): HTMLElement {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

/** Records every call of an initializer, its cleanups and `remove`, in order. */
export function journal() {
  const events: string[] = [];
  const label = (el: Element) => el.id || el.className || el.tagName.toLowerCase();
  return {
    events,
    handler: {
      add: (el: Element) => {
        events.push(`add ${label(el)}`);
        return () => {
          events.push(`cleanup ${label(el)}`);
        };
      },
      remove: (el: Element) => {
        events.push(`remove ${label(el)}`);
      },
    },
    count: (event: string) => events.filter((entry) => entry === event).length,
  };
}
