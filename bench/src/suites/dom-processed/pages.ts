import { join } from 'node:path';
import { chromiumLaunchOptions } from '@weakset-recipes-internal/browser';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { benchRoot } from '../../harness/child-process.js';
import { type Attempt, attempt, describeError } from '../../harness/contenders.js';
import type { InsertionResult, NoiseResult } from './page/types.js';

const pageDirectory = join(import.meta.dirname, 'page');
const pageUrl = 'http://localhost/dom-processed-bench.html';

export interface ContenderPage {
  /** Entry file name under page/contenders/, without extension. */
  file: string;
  name: string;
  ours: boolean;
}

export const contenderPages: readonly ContenderPage[] = [
  { file: 'ours', name: 'dom-processed observe', ours: true },
  { file: 'selector-observer', name: 'selector-observer', ours: false },
  { file: 'qsa-observer', name: 'qsa-observer', ours: false },
  { file: 'wicked-elements', name: 'wicked-elements', ours: false },
  { file: 'arrive', name: 'arrive', ours: false },
  { file: 'loop-per-node', name: 'hand-written loop: per added node', ours: false },
  { file: 'loop-rescan', name: 'hand-written loop: rescan root', ours: false },
];

/** Bundles a page script into one IIFE, the way a site would ship it; a failed build says why. */
export async function bundleScript(entry: string): Promise<string> {
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      absWorkingDir: benchRoot,
    });
    const output = result.outputFiles[0];
    if (!output) throw new Error(`esbuild produced nothing for ${entry}`);
    return output.text;
  } catch (error) {
    const errors = (error as { errors?: Array<{ text: string }> }).errors;
    if (errors && errors.length > 0)
      throw new Error(`bundling failed: ${errors.map((item) => item.text).join('; ')}`);
    throw error;
  }
}

/*
 * The only Playwright-specific code of the suite is in this file: BrowserSession (launch, one
 * context per page, routing) and DrivenPage (evaluate, bringToFront, close).
 */
export class BrowserSession {
  /** Each contender's bundle, built once per session: cold-page runs open many pages. */
  private readonly bundles = new Map<string, Promise<string>>();

  private constructor(readonly browser: Browser) {}

  static async start(): Promise<BrowserSession> {
    return new BrowserSession(await chromium.launch(chromiumLaunchOptions()));
  }

  /**
   * A page of its own for one contender (its own context, so no two
   * libraries ever share a document): the MutationObserver instrumentation
   * first, then the contender's bundle.
   */
  async openContender(contender: ContenderPage, instrumentation: string): Promise<Attempt<DrivenPage>> {
    return attempt(async () => {
      let bundle = this.bundles.get(contender.file);
      if (!bundle) {
        bundle = bundleScript(join(pageDirectory, 'contenders', `${contender.file}.ts`));
        this.bundles.set(contender.file, bundle);
      }
      const script = await bundle;
      const context = await this.browser.newContext();
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(describeError(error)));
      // Served (by Playwright, no network) with cross-origin isolation headers:
      // only an isolated page gets a 5 µs performance.now() instead of 100 µs.
      await page.route(pageUrl, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html',
          headers: {
            'Cross-Origin-Opener-Policy': 'same-origin',
            'Cross-Origin-Embedder-Policy': 'require-corp',
          },
          body: '<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body></body></html>',
        }),
      );
      await page.goto(pageUrl);
      await page.addScriptTag({ content: instrumentation });
      await page.addScriptTag({ content: script });
      const registered = await page.evaluate(() => window.__bench?.contender);
      const isolated = await page.evaluate(() => window.crossOriginIsolated);
      if (registered === undefined) {
        throw new Error(
          `the page did not register a contender${pageErrors.length ? `: ${pageErrors.join('; ')}` : ''}`,
        );
      }
      return new DrivenPage(page, isolated);
    });
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

export async function bundleInstrumentation(): Promise<string> {
  return bundleScript(join(pageDirectory, 'instrument-mutation-observer.ts'));
}

/** One contender's page, driven from Node. */
export class DrivenPage {
  constructor(
    private readonly page: Page,
    /** False when performance.now() is coarsened to 0.1 ms in this page. */
    readonly crossOriginIsolated: boolean,
  ) {}

  async insertion(
    mode: 'subtree' | 'batches',
    elementCount: number,
    batchSize: number,
    lifecycle: 'warm' | 'released' = 'warm',
  ): Promise<InsertionResult> {
    // Only the page in front runs at full speed in every Chromium build.
    await this.page.bringToFront();
    return this.page.evaluate(
      ([scenarioMode, count, size, runLifecycle]) =>
        window.__bench!.insertion(scenarioMode, count, size, runLifecycle),
      [mode, elementCount, batchSize, lifecycle] as const,
    );
  }

  /** Closes the page and its context: nothing of it stays in the browser. */
  async close(): Promise<void> {
    await this.page.context().close();
  }

  async attributeNoise(elementCount: number, batchSize: number, changes: number): Promise<NoiseResult> {
    await this.page.bringToFront();
    return this.page.evaluate(
      ([count, size, changeCount]) => window.__bench!.attributeNoise(count, size, changeCount),
      [elementCount, batchSize, changes] as const,
    );
  }
}
