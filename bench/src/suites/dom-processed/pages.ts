import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  type BrowserName,
  type BrowserTab,
  type BrowserSession as DriverSession,
  launchBrowser,
} from '@weakset-recipes-internal/browser';
import { build } from 'esbuild';
import { benchRoot } from '../../harness/child-process.js';
import { type Attempt, attempt } from '../../harness/contenders.js';
import type { InsertionResult, NoiseResult } from './page/types.js';

const pageDirectory = join(import.meta.dirname, 'page');

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

/** Each page's own error log, installed before any other script so it sees theirs too. */
const errorLog =
  'window.__errors=[];addEventListener("error",function(e){window.__errors.push(String(e.message))});';

/** Inline scripts must not close their own tag early. */
const inline = (script: string) => script.replaceAll('</script', '<\\/script');

/**
 * Serves one contender's page on its own loopback address (127.0.0.N): a site of its own, so no two
 * contenders ever share a document, a renderer process or a JIT heap, in any of the three browsers.
 * Cross-origin isolation headers: only an isolated page gets a 5 µs performance.now() instead of
 * 100 µs. Loopback addresses beyond 127.0.0.1 need Linux (the bench's platform).
 */
async function servePage(host: string, html: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    response.end(html);
  });
  server.listen(0, host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/dom-processed-bench.html`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(() => done(undefined)));
    },
  };
}

/**
 * One browser of the matrix (Chromium, Firefox or WebKit, through `@weakset-recipes-internal/browser`),
 * opening one tab per contender page.
 */
export class BrowserSession {
  /** Each contender's bundle, built once per session: cold-page runs open many pages. */
  private readonly bundles = new Map<string, Promise<string>>();
  private pagesOpened = 0;

  private constructor(
    readonly browser: BrowserName,
    private readonly session: DriverSession,
  ) {}

  static async start(browser: BrowserName = 'chromium'): Promise<BrowserSession> {
    return new BrowserSession(browser, await launchBrowser(browser));
  }

  /** The browser's version, for the results. */
  get version(): string {
    return this.session.version;
  }

  /**
   * A page of its own for one contender (its own site, see {@link servePage}): the
   * MutationObserver instrumentation first, then the contender's bundle.
   */
  async openContender(contender: ContenderPage, instrumentation: string): Promise<Attempt<DrivenPage>> {
    return attempt(async () => {
      let bundle = this.bundles.get(contender.file);
      if (!bundle) {
        bundle = bundleScript(join(pageDirectory, 'contenders', `${contender.file}.ts`));
        this.bundles.set(contender.file, bundle);
      }
      const script = await bundle;
      const html = `<!doctype html><html><head><meta charset="utf-8"><title>bench</title><script>${errorLog}</script><script>${inline(instrumentation)}</script><script>${inline(script)}</script></head><body></body></html>`;
      // 127.0.0.2 and up: each page a distinct site (254 pages per session before reuse).
      const host = `127.0.0.${2 + (this.pagesOpened++ % 250)}`;
      const server = await servePage(host, html);
      try {
        const tab = await this.session.openTab(server.url);
        const state = await tab.evaluate(() => ({
          registered: (window as { __bench?: { contender?: string } }).__bench?.contender,
          isolated: window.crossOriginIsolated,
          errors: (window as { __errors?: string[] }).__errors ?? [],
        }));
        if (state.registered === undefined) {
          await tab.close();
          throw new Error(
            `the page did not register a contender${state.errors.length ? `: ${state.errors.join('; ')}` : ''}`,
          );
        }
        return new DrivenPage(tab, state.isolated, server.close);
      } catch (error) {
        await server.close();
        throw error;
      }
    });
  }

  async close(): Promise<void> {
    await this.session.close();
  }
}

export async function bundleInstrumentation(): Promise<string> {
  return bundleScript(join(pageDirectory, 'instrument-mutation-observer.ts'));
}

/** One contender's page, driven from Node. */
export class DrivenPage {
  constructor(
    private readonly tab: BrowserTab,
    /** False when performance.now() is coarsened to 0.1 ms in this page. */
    readonly crossOriginIsolated: boolean,
    private readonly stopServing: () => Promise<void>,
  ) {}

  async insertion(
    mode: 'subtree' | 'batches',
    elementCount: number,
    batchSize: number,
    lifecycle: 'warm' | 'released' = 'warm',
  ): Promise<InsertionResult> {
    // Only the page in front runs at full speed in every browser.
    await this.tab.bringToFront();
    return this.tab.evaluate(
      (scenarioMode: 'subtree' | 'batches', count: number, size: number, runLifecycle: 'warm' | 'released') =>
        window.__bench!.insertion(scenarioMode, count, size, runLifecycle),
      mode,
      elementCount,
      batchSize,
      lifecycle,
    );
  }

  /** Closes the page and stops serving it: nothing of it stays in the browser. */
  async close(): Promise<void> {
    await this.tab.close();
    await this.stopServing();
  }

  async attributeNoise(elementCount: number, batchSize: number, changes: number): Promise<NoiseResult> {
    await this.tab.bringToFront();
    return this.tab.evaluate(
      (count: number, size: number, changeCount: number) =>
        window.__bench!.attributeNoise(count, size, changeCount),
      elementCount,
      batchSize,
      changes,
    );
  }
}
