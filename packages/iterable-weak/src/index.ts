export { IterableWeakMap } from './iterable-weak-map.js';
export { IterableWeakSet } from './iterable-weak-set.js';
export { WeakValueMap } from './weak-value-map.js';
