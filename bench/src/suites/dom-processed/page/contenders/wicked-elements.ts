import { define } from 'wicked-elements';
import { registerContender } from '../harness.js';

/**
 * wicked-elements has one registry per page and no way to undefine a
 * selector: it is defined once, watching the whole document, and each run
 * points it at that run's initializer.
 */
let currentInit: ((element: Element) => void) | undefined;
let defined = false;

registerContender({
  name: 'wicked-elements',
  start: (_root, selector, onInit) => {
    currentInit = onInit;
    if (!defined) {
      defined = true;
      define(selector, {
        init(this: { element: Element }) {
          currentInit?.(this.element);
        },
      });
    }
    return () => {
      currentInit = undefined;
    };
  },
});
