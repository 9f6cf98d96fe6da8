export { clone } from './clone.js';
export { CloneError, type CloneErrorCode } from './clone-error.js';
export { createClone } from './create-clone.js';
export { handle } from './handle.js';
export type { CloneChild, CloneHandler, CloneOptions, Constructor, HandlerEntry } from './types.js';
