import SelectorObserver from 'selector-observer';
import { registerContender } from '../harness.js';

registerContender({
  name: 'selector-observer',
  start: (root, selector, onInit) => {
    const observer = new SelectorObserver(root);
    observer.observe(selector, { add: onInit });
    return () => observer.disconnect();
  },
});
