import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { launchChromium } from '@weakset-recipes-internal/browser';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory } from './static-server.js';

const docs = resolve(import.meta.dirname, '..');
const site = join(docs, 'site');
const artifacts = join(docs, 'test-artifacts');
const packages = [
  'deep-clone',
  'deep-equal',
  'dom-processed',
  'brand',
  'memo-guard',
  'safe-stringify',
  'iterable-weak',
];
const guides = [
  'A WeakSet primer',
  'Guide: deep-clone',
  'Guide: deep-equal',
  'Guide: dom-processed',
  'Guide: brand',
  'Guide: memo-guard',
  'Guide: safe-stringify',
  'Guide: iterable-weak',
  'Benchmarks',
];

/** What one visit to a content page found; every per-page check reads it from here. */
interface PageVisit {
  status: number | undefined;
  heading: string;
  iconHref: string | null | undefined;
  iconStatus: number | undefined;
  outline: { text: string; href: string }[];
  overflow: string[];
}

/**
 * Visits every guide and package page (the pages whose content is written by hand) once, and
 * records what each check needs. One crawl, not one per check: under CI load a page takes a
 * second or more to load, and four crawls of every page outran the per-test timeout.
 */
async function crawlContentPages(): Promise<Map<string, PageVisit>> {
  await page.goto(base, { waitUntil: 'networkidle' });
  const navigation = page.locator('.tsd-navigation a');
  await navigation.first().waitFor();
  navigationLinks = await navigation.evaluateAll((anchors) =>
    anchors.map((a) => ({ text: a.textContent?.trim() ?? '', href: (a as HTMLAnchorElement).href })),
  );
  const hrefs = navigationLinks.map((link) => link.href);
  const urls = [
    ...new Set([base, ...hrefs.filter((href) => /\/(documents|modules)\/[^#]+\.html$/.test(href))]),
  ];
  const found = new Map<string, PageVisit>();
  for (const url of urls) {
    const response = await page.goto(url);
    const iconHref = await page.evaluate(() =>
      document.querySelector('link[rel="icon"]')?.getAttribute('href'),
    );
    const icon = iconHref ? await page.request.get(new URL(iconHref, url).href) : undefined;
    found.set(url, {
      status: response?.status(),
      heading: (await page.locator('h1').first().textContent()) ?? '',
      iconHref,
      iconStatus: icon?.status(),
      outline: await page
        .locator('.tsd-page-navigation a')
        .evaluateAll((links) =>
          links.map((a) => ({ text: a.textContent?.trim() ?? '', href: a.getAttribute('href') ?? '' })),
        ),
      overflow: await page.evaluate(findOverflow),
    });
  }
  return found;
}

/**
 * Runs in the page: what sticks out of the content column, left or right — any text (a table
 * too wide for the column, a line that cannot wrap) or image. Something inside a box that
 * scrolls sideways (a code block) is in that box, not the page, so it does not count. Boxes are
 * not compared themselves: the theme's headings reach past the column on purpose.
 */
function findOverflow(): string[] {
  const column = document.querySelector('.col-content');
  if (!column) return ['no .col-content'];
  const { left, right } = column.getBoundingClientRect();
  const outside = (box: DOMRect) => box.width > 0 && (box.right > right + 1 || box.left < left - 1);
  const scrollsSideways = (element: Element | null): boolean => {
    for (let at = element; at && at !== column; at = at.parentElement) {
      if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(at).overflowX)) return true;
    }
    return false;
  };
  const offenders = new Set<Element>();
  const walker = document.createTreeWalker(column, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim() || scrollsSideways(node.parentElement)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    if ([...range.getClientRects()].some(outside)) {
      offenders.add(node.parentElement?.closest('table, pre, p, li, h1, h2, h3, h4, h5, h6') ?? column);
    }
  }
  for (const image of column.querySelectorAll('img')) {
    if (!scrollsSideways(image) && outside(image.getBoundingClientRect())) offenders.add(image);
  }
  return [...offenders].map((element) => {
    const box = element.getBoundingClientRect();
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
    return `<${element.tagName.toLowerCase()}> ${Math.round(box.right - right)}px past the column: "${text}"`;
  });
}

let server: Server;
let base: string;
let browser: BrowserContext;
let page: Page;
const problems: string[] = [];
let visits: Map<string, PageVisit>;
let navigationLinks: { text: string; href: string }[] = [];

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
    // Every request counts, the favicon's too: a page that links none makes the browser ask for
    // /favicon.ico, the one 404 this site used to have.
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(error.message));
  visits = await crawlContentPages();
}, 300_000);

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

  it('links a favicon on every page, and serves it', () => {
    expect(visits.size, 'pages crawled').toBeGreaterThanOrEqual(packages.length + guides.length);
    for (const [url, visit] of visits) {
      expect(visit.iconHref, `${url} links an icon`).toBeTruthy();
      expect(visit.iconStatus, `${url}: ${visit.iconHref}`).toBe(200);
    }
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

  it('reaches every package page and every guide from the navigation', () => {
    const reached = (test: (link: { text: string; href: string }) => boolean) => {
      const link = navigationLinks.find(test);
      return link && visits.get(link.href);
    };
    for (const name of packages) {
      const visit = reached(({ href }) => href.endsWith(`modules/_weakset-recipes_${name}.html`));
      expect(visit, `navigation links to ${name}`).toBeDefined();
      expect(visit?.status).toBe(200);
      expect(visit?.heading).toContain(name);
    }
    for (const title of guides) {
      const visit = reached(({ text }) => text === title);
      expect(visit?.heading, title).toBeTruthy();
      expect(visit, `navigation links to ${title}`).toBeDefined();
      expect(visit?.status).toBe(200);
    }
    expect(problems).toEqual([]);
  });

  it('gives every page an outline whose entries all have text and a named anchor', () => {
    for (const [url, { outline }] of visits) {
      expect(outline.length, url).toBeGreaterThan(0);
      const empty = outline.filter((entry) => entry.text === '' || /^#_(-\d+)?$/.test(entry.href));
      expect(empty, `${url}: empty "On This Page" entries`).toEqual([]);
    }
  });

  it('keeps every element inside the content column', () => {
    const overflowing = [...visits].flatMap(([url, { overflow }]) =>
      overflow.map((element) => `${url.replace(base, '')}: ${element}`),
    );
    expect(overflowing).toEqual([]);
  });

  it('is where each package’s npm page points: its homepage is its page on the hosted site', () => {
    const { hostedBaseUrl } = JSON.parse(readFileSync(join(docs, 'typedoc.json'), 'utf8')) as {
      hostedBaseUrl: string;
    };
    for (const name of packages) {
      const manifest = join(docs, '..', 'packages', name, 'package.json');
      const { homepage = '' } = JSON.parse(readFileSync(manifest, 'utf8')) as { homepage?: string };
      expect(homepage.startsWith(hostedBaseUrl), `${name}: ${homepage} is on ${hostedBaseUrl}`).toBe(true);
      const visit = visits.get(new URL(homepage.slice(hostedBaseUrl.length), base).href);
      expect(visit, `${homepage} is a page of the site`).toBeDefined();
      expect(visit?.status, homepage).toBe(200);
      expect(visit?.heading).toContain(name);
    }
  });

  it('shows the benchmark tables inside the guides', async () => {
    await page.goto(new URL('documents/Guide__deep-clone.html', base).href);
    await expect(page.locator('table').count()).resolves.toBeGreaterThan(2);
    await expect(page.content()).resolves.not.toContain('Benchmark results not generated yet');
  });
});
