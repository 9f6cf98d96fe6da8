export { createEqual } from './create-equal.js';
export { difference } from './difference.js';
export { equal } from './equal.js';
export { handle } from './handle.js';
export type { Constructor, Difference, EqualHandler, EqualOptions, HandlerEntry } from './types.js';
