import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { launchChromium } from '@weakset-recipes-internal/browser';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory } from './static-server.js';

const docs = resolve(import.meta.dirname, '..');
const site = join(docs, 'site');
const artifacts = join(docs, 'test-artifacts');
const packages = ['deep-clone', 'dom-processed', 'brand', 'memo-guard', 'iterable-weak'];
const guides = [
  'A WeakSet primer',
  'Guide: deep-clone',
  'Guide: dom-processed',
  'Guide: brand',
  'Guide: memo-guard',
  'Guide: iterable-weak',
  'Benchmarks',
];

let server: Server;
let base: string;
let browser: BrowserContext;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  // `turbo run test` builds the site first; a direct run builds it here.
  if (!existsSync(join(site, 'index.html'))) {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: docs, stdio: 'inherit' });
  }
  ({ server, url: base } = await serveDirectory(site));
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('console', (message) => {
    // A failed request is reported below with its address; the console line would repeat it without one.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(message.text());
  });
  page.on('response', (response) => {
    // Browsers ask for /favicon.ico on their own; typedoc sites have none.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      problems.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(error.message));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the documentation site in Chromium', () => {
  it('loads the home page with no console errors, and saves a screenshot', async () => {
    await page.goto(base, { waitUntil: 'networkidle' });
    await expect(page.title()).resolves.toContain('weakset-recipes');
    await expect(page.locator('h1').first().textContent()).resolves.toContain('weakset-recipes');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'home.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('finds clone with the search', async () => {
    await page.goto(base, { waitUntil: 'networkidle' });
    await page.click('#tsd-search-trigger');
    await page.fill('#tsd-search-input', 'clone');
    const first = page.locator('#tsd-search-results li a').first();
    await first.waitFor({ timeout: 10_000 });
    const results = await page.locator('#tsd-search-results li a').allTextContents();
    expect(results.some((text) => /\bclone\b/.test(text))).toBe(true);
    const hrefs = await page
      .locator('#tsd-search-results li a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href') ?? ''));
    expect(hrefs.some((href) => href.includes('functions/_weakset-recipes_deep-clone.clone.html'))).toBe(
      true,
    );
  });

  it('reaches every package page and every guide from the navigation', async () => {
    await page.goto(base, { waitUntil: 'networkidle' });
    const navigation = page.locator('.tsd-navigation');
    await navigation.locator('a').first().waitFor();
    const links = await navigation
      .locator('a')
      .evaluateAll((anchors) =>
        anchors.map((a) => ({ text: a.textContent?.trim() ?? '', href: (a as HTMLAnchorElement).href })),
      );
    for (const name of packages) {
      const link = links.find((entry) => entry.href.endsWith(`modules/_weakset-recipes_${name}.html`));
      expect(link, `navigation links to ${name}`).toBeDefined();
      const response = await page.goto(link!.href);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1').first().textContent()).resolves.toContain(name);
    }
    for (const title of guides) {
      const link = links.find((entry) => entry.text === title);
      expect(link, `navigation links to ${title}`).toBeDefined();
      const response = await page.goto(link!.href);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
    }
    expect(problems).toEqual([]);
  });

  it('shows the benchmark tables inside the guides', async () => {
    await page.goto(new URL('documents/Guide__deep-clone.html', base).href);
    await expect(page.locator('table').count()).resolves.toBeGreaterThan(2);
    await expect(page.content()).resolves.not.toContain('Benchmark results not generated yet');
  });
});
