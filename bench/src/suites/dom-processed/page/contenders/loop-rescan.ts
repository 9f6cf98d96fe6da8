import { registerContender } from '../harness.js';

/** The hand-written loop that rescans the whole root once per mutation batch, whatever was added. */
registerContender({
  name: 'hand-written loop: rescan root',
  start: (root, selector, onInit) => {
    const processed = new WeakSet<Element>();
    const scan = () => {
      for (const match of root.querySelectorAll(selector)) {
        if (processed.has(match)) continue;
        processed.add(match);
        onInit(match);
      }
    };
    const observer = new MutationObserver(scan);
    observer.observe(root, { childList: true, subtree: true });
    scan();
    return () => observer.disconnect();
  },
});
