import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@weakset-recipes-internal/browser';
import type { BrowserContext, Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import type { WidgetStats } from '../src/stats.js';

export const exampleDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const screenshotPath = join(exampleDir, 'test-artifacts', 'enhance-widgets.png');

/** The counters as the page shows them in its header. */
export interface Counters {
  processed: number;
  tornDown: number;
  live: number;
  runningClocks: number;
}

export interface Step {
  name: string;
  act: (page: Page) => Promise<void>;
  expected: Counters;
}

/**
 * What the check does to the page, in order, and the counters the page must show after each step.
 * Starting point: 3 widgets in the HTML, 2 in the shadow root of the first card, 2 in the news
 * fragment fetched on load.
 */
export const steps: Step[] = [
  {
    name: 'page loaded (HTML, shadow card, news fragment)',
    act: async () => {},
    expected: { processed: 7, tornDown: 0, live: 7, runningClocks: 3 },
  },
  {
    name: 'click "Inject a widget" twice',
    act: async (page) => {
      await page.click('#inject');
      await page.click('#inject');
    },
    expected: { processed: 9, tornDown: 0, live: 9, runningClocks: 4 },
  },
  {
    name: 'swap the news fragment for the weather one',
    act: (page) => page.click('#load-weather'),
    expected: { processed: 12, tornDown: 2, live: 10, runningClocks: 4 },
  },
  {
    name: 'remove the "Likes" widget with its × button',
    act: (page) => page.click('button[aria-label="Remove Likes"]'),
    expected: { processed: 12, tornDown: 3, live: 9, runningClocks: 4 },
  },
  {
    name: 'add a second shadow-DOM card',
    act: (page) => page.click('#add-card'),
    expected: { processed: 14, tornDown: 3, live: 11, runningClocks: 5 },
  },
  {
    name: 'remove that card (its 2 widgets leave with it)',
    act: (page) => page.locator('widget-card').nth(1).locator('.remove-card').click(),
    expected: { processed: 14, tornDown: 5, live: 9, runningClocks: 4 },
  },
  {
    name: "shuffle the page's widgets (moved, not removed)",
    act: (page) => page.click('#shuffle'),
    expected: { processed: 14, tornDown: 5, live: 9, runningClocks: 4 },
  },
  {
    name: 'click the "Shares" counter three times',
    act: async (page) => {
      for (let click = 0; click < 3; click++) await page.click('[data-label="Shares"] .count');
    },
    expected: { processed: 14, tornDown: 5, live: 9, runningClocks: 4 },
  },
];

/** Builds the page into dist/ with the example's vite.config.ts, as `pnpm build` does. */
export async function buildPage(): Promise<void> {
  await build({ root: exampleDir, logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true } });
}

/** Serves dist/ on a free localhost port, as `pnpm preview` does. */
export async function servePage(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    root: exampleDir,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

export interface OpenPage {
  page: Page;
  /** Messages the page logged as errors, and errors it threw. */
  errors: string[];
  close: () => Promise<void>;
}

export async function openPage(url: string): Promise<OpenPage> {
  const context: BrowserContext = await launchChromium();
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewportSize({ width: 1000, height: 760 });
  await page.goto(url);
  await page.waitForFunction(() => typeof window.__widgetsSettled === 'function');
  return { page, errors, close: () => context.close() };
}

/** Waits for pending loads and mutation batches, then reads the counters the header shows. */
export async function readCounters(page: Page): Promise<Counters> {
  await page.evaluate(() => window.__widgetsSettled());
  const shown = async (id: string) => Number(await page.locator(`#${id}`).textContent());
  return {
    processed: await shown('processed'),
    tornDown: await shown('torn-down'),
    live: await shown('live'),
    runningClocks: await shown('clocks'),
  };
}

export function readStats(page: Page): Promise<WidgetStats> {
  return page.evaluate(() => window.__widgetStats);
}

/** Widgets on the page now, in the document and in open shadow roots, enhanced or not. */
export function widgetsOnPage(page: Page): Promise<{ total: number; enhanced: number; clocks: number }> {
  return page.evaluate(() => {
    const roots: ParentNode[] = [document];
    for (const card of document.querySelectorAll('widget-card'))
      if (card.shadowRoot) roots.push(card.shadowRoot);
    const widgets = roots.flatMap((root) => [...root.querySelectorAll('[data-widget]')]);
    return {
      total: widgets.length,
      enhanced: widgets.filter((widget) => widget.classList.contains('enhanced')).length,
      clocks: widgets.filter((widget) => widget.getAttribute('data-widget') === 'clock').length,
    };
  });
}

export async function saveScreenshot(page: Page): Promise<string> {
  mkdirSync(dirname(screenshotPath), { recursive: true });
  await page.screenshot({ path: screenshotPath, fullPage: true });
  return screenshotPath;
}
