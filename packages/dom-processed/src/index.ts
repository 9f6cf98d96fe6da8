export { DomUnavailableError } from './dom-unavailable-error.js';
export { observe } from './observe.js';
export { processOnce } from './process-once.js';
export type { AddFn, ElementFor, Handler, Observation, ObserveOptions, ProcessOnceOptions } from './types.js';
