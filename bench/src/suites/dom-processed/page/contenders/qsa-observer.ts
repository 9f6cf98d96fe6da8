import QSAO from 'qsa-observer';
import { registerContender } from '../harness.js';

registerContender({
  name: 'qsa-observer',
  start: (root, selector, onInit) => {
    const { observer } = QSAO({
      query: [selector],
      root,
      handle: (element, connected) => {
        if (connected) onInit(element);
      },
    });
    return () => observer.disconnect();
  },
});
