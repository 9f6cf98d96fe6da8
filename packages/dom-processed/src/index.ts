export { DomUnavailableError } from './dom-unavailable-error.js';
export { observe } from './observe.js';
export { processOnce } from './process-once.js';
export type { AddFn, Handler, Observation, ObserveOptions } from './types.js';
