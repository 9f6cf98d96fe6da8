#!/usr/bin/env node
// Makes sure a Chromium exists before `pnpm start` / `pnpm test` need one, so the README's two
// command lines work on a machine that only had Node and npm. It only acts when `findChromium`
// finds nothing: then it installs Debian's chromium with apt-get when it may (root, or
// password-less sudo), else Playwright's own build. Any failure ends with the install hint.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findChromium } from './index.mjs';

/** @returns {boolean} whether a browser is usable now */
function found() {
  try {
    findChromium();
    return true;
  } catch {
    return false;
  }
}

/** Runs a command with inherited output; true when it exits 0. */
function run(command, args) {
  console.log(`::: ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

function installWithApt() {
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) return false;
  const asRoot = process.getuid?.() === 0;
  // Never prompt for a password: without root or password-less sudo, fall through to Playwright.
  if (!asRoot && spawnSync('sudo', ['-n', 'true']).status !== 0) return false;
  const apt = (...args) => (asRoot ? run('apt-get', args) : run('sudo', ['-n', 'apt-get', ...args]));
  return apt('update') && apt('install', '-y', '--no-install-recommends', 'chromium');
}

function installWithPlaywright() {
  const require = createRequire(import.meta.url);
  // The CLI is not in playwright-core's exports map; its bin sits beside package.json.
  const cli = join(dirname(require.resolve('playwright-core/package.json')), 'cli.js');
  return run(process.execPath, [cli, 'install', 'chromium']);
}

if (!found() && process.env.CHROMIUM_PATH === undefined) {
  console.log('::: no Chromium found for the browser tests and examples; installing one');
  if (!(installWithApt() && found())) installWithPlaywright();
}
// Throws the install hint (non-zero exit) when nothing worked, rather than failing later mid-run.
findChromium();
