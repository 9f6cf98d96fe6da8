import { defineBrowserProvider } from '@vitest/browser';
import type { BrowserProvider, BrowserProviderOption } from 'vitest/node';
import { type BrowserName, type BrowserSession, launchBrowser } from './tooling/browser/index.mjs';

/**
 * A vitest browser provider for any browser `launchBrowser` can drive, including the two Playwright
 * cannot here: Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK (W3C WebDriver).
 * Vitest only needs a tab that opens its test page; everything else (running the files, reporting)
 * travels over vitest's own WebSocket, so one `goto` per session is the whole contract.
 */
export function sessionProvider(browser: BrowserName): BrowserProviderOption {
  return defineBrowserProvider({
    name: `session-${browser}`,
    supportedBrowser: [browser],
    options: {},
    providerFactory: () => new SessionBrowserProvider(browser),
  });
}

/** The version string of the browser a session provider launched last (for the support table). */
export const launchedVersions = new Map<BrowserName, string>();

class SessionBrowserProvider implements BrowserProvider {
  readonly name: string;
  // One tab per vitest session, and sessions one at a time: the drivers here own a single window.
  readonly supportsParallelism = false;
  #session: Promise<BrowserSession> | undefined;

  constructor(readonly browser: BrowserName) {
    this.name = `session-${browser}`;
  }

  getCommandsContext(): Record<string, unknown> {
    return {};
  }

  async openPage(_sessionId: string, url: string): Promise<void> {
    this.#session ??= launchBrowser(this.browser).then((session) => {
      launchedVersions.set(this.browser, session.version);
      process.env[`TEST_BROWSER_VERSION_${this.browser.toUpperCase()}`] = session.version;
      return session;
    });
    const session = await this.#session;
    await session.goto(url);
  }

  async close(): Promise<void> {
    const pending = this.#session;
    this.#session = undefined;
    if (pending) await (await pending).close();
  }
}
