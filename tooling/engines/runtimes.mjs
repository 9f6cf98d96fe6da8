// Where each server-side runtime of the matrix lives and how vitest is started under it. The
// binaries come from the npm registry as plain platform packages pinned in the lockfile
// (optionalDependencies of this member), so nothing runs an install script or downloads at run time.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * @param {string} pkg
 * @param {string} file
 * @returns {string | undefined}
 */
function fileInPackage(pkg, file) {
  try {
    const path = join(dirname(require.resolve(`${pkg}/package.json`)), file);
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The executable of a server-side engine: Node 20 is whatever runs this script; the rest come
 * from this member's optional dependencies (linux-x64 builds; elsewhere they are not installed
 * and `runtimeBinary` says so).
 *
 * @param {import('./engines.mjs').Engine} engine
 * @returns {string}
 */
export function runtimeBinary(engine) {
  const found = {
    node20: () => (process.versions.node.startsWith('20.') ? process.execPath : undefined),
    node22: () => fileInPackage('node22', 'bin/node'),
    node24: () => fileInPackage('node24', 'bin/node'),
    node26: () => fileInPackage('node26', 'bin/node'),
    bun: () => fileInPackage('@oven/bun-linux-x64', 'bin/bun'),
    deno: () => fileInPackage('@deno/linux-x64-glibc', 'deno'),
  }[/** @type {'node20'} */ (engine)]?.();
  if (!found) {
    throw new Error(
      `No ${engine} binary: the matrix installs linux-x64 builds with \`pnpm install\` (tooling/engines); on another platform run with TEST_ENGINES set to the engines you have.`,
    );
  }
  return found;
}

/**
 * The command that runs a JavaScript entry point under `engine` (browsers run vitest under Node).
 *
 * @param {import('./engines.mjs').Engine} engine
 * @param {string} entry
 * @returns {string[]}
 */
export function commandFor(engine, entry) {
  if (engine === 'bun') return [runtimeBinary('bun'), '--bun', entry];
  // --expose-gc: Deno has no run-time flag setter, so GC tests get `gc()` from the start.
  if (engine === 'deno') return [runtimeBinary('deno'), 'run', '-A', '--v8-flags=--expose-gc', entry];
  if (engine.startsWith('node')) return [runtimeBinary(engine), entry];
  return [process.execPath, entry];
}
