// Firefox (SpiderMonkey) through WebDriver BiDi: puppeteer-core starts Debian's firefox-esr itself,
// so no geckodriver is needed (none can be downloaded here). Plain JavaScript, like index.mjs.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const systemFirefoxPaths = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/**
 * Where the Firefox to use lives: `FIREFOX_PATH` if set, else the system's.
 *
 * @returns {string}
 */
export function findFirefox() {
  const override = process.env.FIREFOX_PATH;
  if (override) {
    if (!existsSync(override)) throw new Error(`FIREFOX_PATH is set to ${override}, but no file is there.`);
    return override;
  }
  const system = systemFirefoxPaths.find((path) => existsSync(path));
  if (system) return system;
  throw new Error('No Firefox was found. Install one: apt-get install -y firefox-esr (or set FIREFOX_PATH).');
}

/**
 * Starts a headless Firefox with a throw-away profile and opens one tab.
 *
 * @returns {Promise<import('./index.mjs').BrowserSession>}
 */
export async function launchFirefox() {
  const profile = mkdtempSync(join(tmpdir(), 'weakset-recipes-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profile,
    // Keep a closed network quiet: no update checks, telemetry or captive-portal probes.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  const version = (await browser.version()).replace(/^firefox\//i, '');
  const page = await browser.newPage();
  return {
    name: 'firefox',
    version,
    collection: 'pressure',
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
      const tab = await browser.newPage();
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
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
