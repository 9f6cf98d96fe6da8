import { registerContender } from '../harness.js';

/** The hand-written loop that looks only at what each mutation added: `matches` plus `querySelectorAll` per added element. */
registerContender({
  name: 'hand-written loop: per added node',
  start: (root, selector, onInit) => {
    const processed = new WeakSet<Element>();
    const visit = (element: Element) => {
      if (processed.has(element)) return;
      processed.add(element);
      onInit(element);
    };
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeType !== Node.ELEMENT_NODE) continue;
          const element = node as Element;
          if (element.matches(selector)) visit(element);
          for (const match of element.querySelectorAll(selector)) visit(match);
        }
      }
    });
    observer.observe(root, { childList: true, subtree: true });
    for (const match of root.querySelectorAll(selector)) visit(match);
    return () => observer.disconnect();
  },
});
