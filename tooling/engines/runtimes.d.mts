import type { Engine } from './engines.mjs';

/** The executable of a server-side engine of the matrix (throws when it is not installed). */
export declare function runtimeBinary(engine: Engine): string;
/** The command that runs a JavaScript entry point under `engine`. */
export declare function commandFor(engine: Engine, entry: string): string[];
