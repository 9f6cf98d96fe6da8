// The engines every package is tested on, and the per-file `@not-applicable` directive.
// Plain JavaScript: the vitest config, the engine runner and the support-table script all import it
// before any TypeScript loader exists.
import { readFileSync } from 'node:fs';

/** Server-side runtimes: the package's unit suite runs under each with vitest itself. */
export const serverEngines = /** @type {const} */ (['node20', 'node22', 'node24', 'node26', 'bun', 'deno']);
/** Browsers: vitest browser mode, one provider per browser. */
export const browserEngines = /** @type {const} */ (['chromium', 'firefox', 'webkit']);
/** Every engine, in the order tables list them. */
export const allEngines = /** @type {const} */ ([...serverEngines, ...browserEngines]);

/** What a table heading says for each engine. */
export const engineLabels = {
  node20: 'Node 20',
  node22: 'Node 22',
  node24: 'Node 24',
  node26: 'Node 26',
  bun: 'Bun',
  deno: 'Deno',
  chromium: 'Chromium',
  firefox: 'Firefox',
  webkit: 'WebKit',
};

/** Names a directive may use for several engines at once. */
const engineGroups = {
  node: ['node20', 'node22', 'node24', 'node26'],
  servers: [...serverEngines],
  browsers: [...browserEngines],
};

/**
 * @typedef {typeof allEngines[number]} Engine
 * @typedef {{ engines: Engine[], reason: string }} NotApplicable
 */

const directivePattern = /^\s*\/\/\s*@not-applicable\s+([\w\s,-]+?)\s*:\s*(.+?)\s*$/;

/**
 * Reads a test file's `// @not-applicable <engines>: <reason>` directives (in its leading comment
 * lines). Engines are names from `allEngines` or the groups `node`, `servers`, `browsers`, comma
 * separated. A directive naming an unknown engine or without a reason throws: a typo must not
 * silently run, or skip, a file.
 *
 * @param {string} file absolute path of a test file
 * @returns {NotApplicable[]}
 */
export function notApplicableIn(file) {
  const directives = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim().startsWith('//')) break;
    if (!line.includes('@not-applicable')) continue;
    const match = directivePattern.exec(line);
    if (!match)
      throw new Error(`${file}: write "// @not-applicable <engines>: <reason>", got: ${line.trim()}`);
    const engines = (match[1] ?? '').split(',').flatMap((name) => expandEngine(name.trim(), file));
    directives.push({ engines, reason: match[2] ?? '' });
  }
  return directives;
}

/**
 * @param {string} name
 * @param {string} file
 * @returns {Engine[]}
 */
function expandEngine(name, file) {
  const group = /** @type {Record<string, Engine[]>} */ (engineGroups)[name];
  if (group) return group;
  if (/** @type {readonly string[]} */ (allEngines).includes(name)) return [/** @type {Engine} */ (name)];
  throw new Error(
    `${file}: @not-applicable names an unknown engine "${name}" (known: ${allEngines.join(', ')}, node, servers, browsers)`,
  );
}

/**
 * Why `file` does not run on `engine`, or `undefined` when it does.
 *
 * @param {string} file
 * @param {Engine} engine
 * @returns {string | undefined}
 */
export function reasonNotApplicable(file, engine) {
  return notApplicableIn(file).find((directive) => directive.engines.includes(engine))?.reason;
}

/**
 * The engine a vitest process tests on: `TEST_ENGINE` when the engine runner set it, else Node 20
 * (the default `pnpm test` run, whose browser projects are Chromium).
 *
 * @returns {Engine | undefined}
 */
export function requestedEngine() {
  const name = process.env.TEST_ENGINE;
  if (!name) return undefined;
  if (!(/** @type {readonly string[]} */ (allEngines).includes(name))) {
    throw new Error(`TEST_ENGINE=${name} is not an engine of the matrix (${allEngines.join(', ')})`);
  }
  return /** @type {Engine} */ (name);
}
