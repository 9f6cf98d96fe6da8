#!/usr/bin/env node
// Makes sure the browsers a command needs exist before it runs, so the README's two command lines
// work on a machine that only had Node and npm. `pnpm test` and `pnpm bench` need all three engines
// (Chromium, Firefox ESR, WebKitGTK with its WebDriver and an X server); `pnpm start` and
// `pnpm examples` only Chromium (`--only chromium`). What is missing is installed from Debian's
// packages with one apt-get update and one apt-get install, when this may (root, or password-less
// sudo); Chromium can also come from Playwright's own build. Anything still missing ends the run
// with install instructions, so no browser test is ever skipped silently.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findFirefox } from './firefox.mjs';
import { findChromium } from './index.mjs';
import { findWebKit } from './webkit.mjs';

/** @type {Record<'chromium' | 'firefox' | 'webkit', { find: () => unknown, debian: string[] }>} */
const browsers = {
  chromium: { find: findChromium, debian: ['chromium'] },
  firefox: { find: findFirefox, debian: ['firefox-esr'] },
  webkit: {
    find: () => {
      findWebKit();
      findExecutable('Xvfb');
    },
    debian: ['webkit2gtk-driver', 'xvfb', 'xauth'],
  },
};

/** @param {string} name */
function findExecutable(name) {
  const dirs = (process.env.PATH ?? '').split(':');
  const path = dirs.map((dir) => join(dir, name)).find((candidate) => existsSync(candidate));
  if (!path) throw new Error(`${name} is not installed`);
  return path;
}

/** @param {keyof typeof browsers} name */
function present(name) {
  try {
    browsers[name].find();
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs a command with inherited output; true when it exits 0.
 *
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  console.log(`::: ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

/** @param {string[]} debianPackages */
function installWithApt(debianPackages) {
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) return false;
  const asRoot = process.getuid?.() === 0;
  // Never prompt for a password: without root or password-less sudo, fall through.
  if (!asRoot && spawnSync('sudo', ['-n', 'true']).status !== 0) return false;
  const apt = (/** @type {string[]} */ ...args) =>
    asRoot ? run('apt-get', args) : run('sudo', ['-n', 'apt-get', ...args]);
  return apt('update') && apt('install', '-y', '--no-install-recommends', ...debianPackages);
}

function installChromiumWithPlaywright() {
  const require = createRequire(import.meta.url);
  // The CLI is not in playwright-core's exports map; its bin sits beside package.json.
  const cli = join(dirname(require.resolve('playwright-core/package.json')), 'cli.js');
  return run(process.execPath, [cli, 'install', 'chromium']);
}

/** The browsers this command needs: `--only a,b`, else those `TEST_ENGINES` names, else all. */
function needed() {
  const only = process.argv.indexOf('--only');
  const list = only >= 0 ? process.argv[only + 1] : process.env.TEST_ENGINES;
  const all = /** @type {(keyof typeof browsers)[]} */ (Object.keys(browsers));
  if (!list) return all;
  const names = list.split(',').map((name) => name.trim());
  // The default test run always uses Chromium for the `*.browser.test.ts` files.
  return all.filter((name) => names.includes(name) || (only < 0 && name === 'chromium'));
}

const wanted = needed();
const missing = wanted.filter((name) => !present(name));
if (missing.length > 0 && !(missing.length === 1 && missing[0] === 'chromium' && process.env.CHROMIUM_PATH)) {
  console.log(`::: missing for the browser tests: ${missing.join(', ')}; installing`);
  installWithApt(missing.flatMap((name) => browsers[name].debian));
  if (missing.includes('chromium') && !present('chromium')) installChromiumWithPlaywright();
}
const stillMissing = wanted.filter((name) => !present(name));
if (stillMissing.length > 0) {
  for (const name of stillMissing) {
    try {
      browsers[name].find();
    } catch (error) {
      console.error(String(error instanceof Error ? error.message : error));
    }
  }
  console.error(
    `\nThese browsers are needed and could not be installed: ${stillMissing.join(', ')}.\n` +
      `On Debian or Ubuntu: apt-get install -y ${stillMissing.flatMap((name) => browsers[name].debian).join(' ')}`,
  );
  process.exit(1);
}
