import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildPage,
  type OpenPage,
  openPage,
  readCounters,
  readStats,
  saveScreenshot,
  screenshotPath,
  servePage,
  steps,
  widgetsOnPage,
} from '../scripts/page-check.js';

// One page, driven through the steps in order: each test continues where the previous one left off.
describe('enhance-widgets in Chromium, built and served as `pnpm build` and `pnpm preview` do', () => {
  let server: Awaited<ReturnType<typeof servePage>>;
  let browser: OpenPage;

  beforeAll(async () => {
    await buildPage();
    server = await servePage();
    browser = await openPage(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const step of steps) {
    it(`shows the expected counters after: ${step.name}`, async () => {
      await step.act(browser.page);
      expect(await readCounters(browser.page)).toEqual(step.expected);
    });
  }

  it('initialized every widget exactly once', async () => {
    const stats = await readStats(browser.page);
    expect(Object.keys(stats.initCountsPerElement)).toHaveLength(14);
    expect(Object.values(stats.initCountsPerElement).every((count) => count === 1)).toBe(true);
  });

  it('counts one click as one, so each counter has a single listener', async () => {
    await expect
      .poll(() => browser.page.locator('[data-label="Shares"] .count').textContent())
      .toBe('Shares: 3');
  });

  it('has every widget on the page enhanced, and a running clock for each clock widget', async () => {
    const stats = await readStats(browser.page);
    const onPage = await widgetsOnPage(browser.page);
    expect(onPage).toEqual({ total: stats.live, enhanced: stats.live, clocks: stats.runningClocks });
  });

  it('shows the same numbers in its header as in window.__widgetStats', async () => {
    const { processed, tornDown, live, runningClocks } = await readStats(browser.page);
    expect(await readCounters(browser.page)).toEqual({ processed, tornDown, live, runningClocks });
  });

  it('logged no errors and saves a screenshot', async () => {
    expect(browser.errors).toEqual([]);
    await saveScreenshot(browser.page);
    expect(statSync(screenshotPath).size).toBeGreaterThan(10_000);
  });
});
