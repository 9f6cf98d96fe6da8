import { launchChromium } from '@weakset-recipes-internal/browser';
import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';

const origin = 'http://snippets.test';
const page = '<!doctype html><html lang="en"><head><title>snippet</title></head><body></body></html>';

/** Bundles a snippet the way an app would (esbuild, for browsers) from the scratch app's node_modules. */
export async function bundleForBrowser(file: string, app: string): Promise<string> {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    absWorkingDir: app,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** One Chromium for a run; each snippet gets a fresh, empty page. */
export class SnippetBrowser {
  private constructor(private readonly context: BrowserContext) {}

  static async start(): Promise<SnippetBrowser> {
    return new SnippetBrowser(await launchChromium());
  }

  /**
   * Loads the bundled snippet as a module into an empty page, lets the tasks it queued run, and
   * rejects with every uncaught error (including what `reportError` reported).
   */
  async run(bundle: string): Promise<void> {
    const tab = await this.context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.stack ?? error.message));
    await tab.route(`${origin}/**`, (route) => {
      const isScript = new URL(route.request().url()).pathname === '/snippet.js';
      return route.fulfill({
        contentType: isScript ? 'text/javascript' : 'text/html',
        body: isScript ? bundle : page,
      });
    });
    try {
      await tab.goto(`${origin}/`);
      // A string, not a function: the test runner would rewrite a function's `import()`. After the
      // import, the MutationObserver callbacks and timers the snippet queued get to run (and fail).
      await tab.evaluate(
        `import('/snippet.js').then(() => new Promise((resolve) => setTimeout(resolve, 50)))`,
      );
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    } finally {
      await tab.close();
    }
    if (errors.length > 0) throw new Error(errors.join('\n'));
  }

  close(): Promise<void> {
    return this.context.close();
  }
}
