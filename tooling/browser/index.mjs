// Plain JavaScript on purpose: the vitest config, the benchmark runner and the
// examples' Node scripts all import this before any TypeScript loader exists.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Chromium flags that keep a headless run quiet and self-contained on a closed network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Lets garbage-collection tests call `window.gc()`.
  '--js-flags=--expose-gc',
];

const systemChromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const installHint = [
  'No Chromium was found for the browser tests. Install one of:',
  '  - Debian/Ubuntu: apt-get update && apt-get install -y chromium',
  '  - Playwright’s own build: pnpm exec playwright install chromium',
  '  - or point CHROMIUM_PATH at any Chromium or Chrome executable.',
].join('\n');

/**
 * Where the Chromium to use lives: `CHROMIUM_PATH` if set, else the system's
 * Chromium, else the browser Playwright downloaded. Throws with install
 * instructions when there is none: a browser test never skips silently.
 *
 * @returns {string | undefined} an executable path, or `undefined` for Playwright's own browser
 */
export function findChromium() {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override)) {
      throw new Error(`CHROMIUM_PATH is set to ${override}, but no file is there.\n${installHint}`);
    }
    return override;
  }
  const system = systemChromiumPaths.find((path) => existsSync(path));
  if (system) return system;
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // playwright-core throws when it has no browser registry entry at all.
  }
  if (bundled && existsSync(bundled)) return undefined;
  throw new Error(installHint);
}

/**
 * Playwright launch options for the Chromium `findChromium` picks.
 *
 * @returns {{ executablePath?: string, args: string[], headless: boolean }}
 */
export function chromiumLaunchOptions() {
  const executablePath = findChromium();
  return executablePath
    ? { executablePath, args: chromiumArgs, headless: true }
    : { args: chromiumArgs, headless: true };
}

/**
 * Launches Chromium with a fresh, throw-away profile.
 *
 * @returns {Promise<import('playwright-core').BrowserContext>}
 */
export async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'weakset-recipes-chromium-'));
  return chromium.launchPersistentContext(profile, chromiumLaunchOptions());
}

/**
 * The version string of the Chromium `findChromium` picks (for benchmark reports).
 *
 * @returns {Promise<string>}
 */
export async function chromiumVersion() {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}

/**
 * Chromium as a `BrowserSession`, the interface every browser of the matrix shares.
 *
 * @returns {Promise<BrowserSession>}
 */
export async function launchChromiumSession() {
  const context = await launchChromium();
  const page = context.pages()[0] ?? (await context.newPage());
  const version = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
  return {
    name: 'chromium',
    version: version.replace(/^.*Chrome\/(\S+).*$/, '$1'),
    collection: 'forced',
    async goto(url) {
      await page.goto(url, { timeout: 0 });
    },
    /**
     * @template T
     * @template {unknown[]} A
     * @param {((...args: A) => T) | string} fn
     * @param {A} args
     * @returns {Promise<Awaited<T>>}
     */
    async evaluate(fn, ...args) {
      // The source travels, not the closure: one expression, the same contract as every driver.
      return /** @type {Awaited<T>} */ (await page.evaluate(`(${String(fn)})(...${JSON.stringify(args)})`));
    },
    async openTab(url) {
      const tab = await context.newPage();
      await tab.goto(url, { timeout: 0 });
      return {
        /**
         * @template T
         * @template {unknown[]} A
         * @param {((...args: A) => T) | string} fn
         * @param {A} args
         * @returns {Promise<Awaited<T>>}
         */
        async evaluate(fn, ...args) {
          return /** @type {Awaited<T>} */ (
            await tab.evaluate(`(${String(fn)})(...${JSON.stringify(args)})`)
          );
        },
        bringToFront: () => tab.bringToFront(),
        close: () => tab.close(),
      };
    },
    async close() {
      await context.close();
    },
  };
}

/** The browsers every page-capable package is tested and benchmarked in. */
export const browserNames = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/**
 * Starts one of the matrix's browsers with a fresh profile.
 *
 * @param {BrowserName} name
 * @returns {Promise<BrowserSession>}
 */
export async function launchBrowser(name) {
  switch (name) {
    case 'chromium':
      return launchChromiumSession();
    case 'firefox':
      return (await import('./firefox.mjs')).launchFirefox();
    case 'webkit':
      return (await import('./webkit.mjs')).launchWebKit();
    default:
      throw new TypeError(
        `launchBrowser: name must be one of ${browserNames.join(', ')}; got ${String(name)}`,
      );
  }
}

/**
 * @typedef {'chromium' | 'firefox' | 'webkit'} BrowserName
 * @typedef {{
 *   name: BrowserName,
 *   version: string,
 *   collection: 'forced' | 'pressure',
 *   goto(url: string): Promise<void>,
 *   evaluate<T, A extends unknown[]>(fn: ((...args: A) => T) | string, ...args: A): Promise<Awaited<T>>,
 *   openTab(url: string): Promise<BrowserTab>,
 *   close(): Promise<void>,
 * }} BrowserSession
 * @typedef {{
 *   evaluate<T, A extends unknown[]>(fn: ((...args: A) => T) | string, ...args: A): Promise<Awaited<T>>,
 *   bringToFront(): Promise<void>,
 *   close(): Promise<void>,
 * }} BrowserTab
 */
