export { CycleError } from './cycle-error.js';
export { type GuardRecursionOptions, guardRecursion } from './guard-recursion.js';
export { type Memoized, type MemoizeOptions, memoize } from './memoize.js';
export { once } from './once.js';
