/*
 * `pnpm start`: builds the page, serves it, drives it in Chromium through every step, and prints
 * what the page shows after each one. Exits non-zero when the page disagrees with the expectations.
 */
import { relative } from 'node:path';
import {
  buildPage,
  type Counters,
  exampleDir,
  openPage,
  readCounters,
  readStats,
  saveScreenshot,
  servePage,
  steps,
  widgetsOnPage,
} from './page-check.js';

const columns = (counters: Counters) =>
  [counters.processed, counters.tornDown, counters.live, counters.runningClocks]
    .map((value, index) => String(value).padStart([9, 10, 5, 7][index] ?? 0))
    .join('');

async function main(): Promise<boolean> {
  await buildPage();
  const server = await servePage();
  const browser = await openPage(server.url);
  let sound = true;
  try {
    console.log('Built dist/ with vite, served it on localhost, and drove it in Chromium:');
    const width = Math.max(...steps.map((step) => step.name.length));
    console.log(`  ${'step'.padEnd(width)}  processed torn down  live clocks`);
    for (const step of steps) {
      await step.act(browser.page);
      const shown = await readCounters(browser.page);
      const matches = JSON.stringify(shown) === JSON.stringify(step.expected);
      if (!matches) sound = false;
      console.log(
        `  ${step.name.padEnd(width)}${columns(shown)}  ${matches ? '✓' : `✗ expected ${columns(step.expected)}`}`,
      );
    }

    const stats = await readStats(browser.page);
    const counts = Object.values(stats.initCountsPerElement);
    const once = counts.every((count) => count === 1);
    const onPage = await widgetsOnPage(browser.page);
    const shares = await browser.page.locator('[data-label="Shares"] .count').textContent();
    sound &&=
      once && onPage.enhanced === onPage.total && onPage.total === stats.live && shares === 'Shares: 3';
    sound &&= browser.errors.length === 0;
    console.log(
      once
        ? `Every widget was initialized exactly once: ${counts.length} elements, 1 initialization each.`
        : `✗ Some widgets were initialized more than once: ${JSON.stringify(stats.initCountsPerElement)}`,
    );
    console.log(
      `Widgets on the page now: ${onPage.total}, all enhanced: ${onPage.enhanced === onPage.total}.`,
    );
    console.log(
      shares === 'Shares: 3'
        ? `"${shares}" after 3 clicks: one click listener per counter, so no counter ran twice.`
        : `✗ "${shares}" after 3 clicks: a counter was initialized more than once.`,
    );
    if (browser.errors.length > 0) console.log(`✗ Page errors: ${browser.errors.join(' | ')}`);
    const screenshot = await saveScreenshot(browser.page);
    console.log(`Screenshot: ${relative(exampleDir, screenshot)}`);
  } finally {
    await browser.close();
    await server.close();
  }
  return sound;
}

process.exitCode = (await main()) ? 0 : 1;
