import { observe } from '@weakset-recipes/dom-processed';
import { registerContender } from '../harness.js';

registerContender({
  name: 'dom-processed observe',
  start: (root, selector, onInit) => {
    const observation = observe(selector, onInit, { root });
    return () => observation.disconnect();
  },
});
