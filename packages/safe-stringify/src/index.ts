export { CircularError } from './circular-error.js';
export { configure } from './configure.js';
export { stringify } from './stringify.js';
export type { Replacer, Stringify, StringifyOptions } from './types.js';
