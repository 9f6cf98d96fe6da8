import type { BrowserContext } from 'playwright-core';

export declare const chromiumArgs: readonly string[];
export declare function findChromium(): string | undefined;
export declare function chromiumLaunchOptions(): {
  executablePath?: string;
  args: string[];
  headless: boolean;
};
export declare function launchChromium(): Promise<BrowserContext>;
export declare function chromiumVersion(): Promise<string>;

/** The three browser engines of the test matrix: Blink/V8, Gecko/SpiderMonkey, WebKit/JavaScriptCore. */
export type BrowserName = 'chromium' | 'firefox' | 'webkit';

/** One browser tab, driven the same way whatever protocol is underneath (CDP, BiDi, WebDriver). */
export interface BrowserSession {
  readonly name: BrowserName;
  readonly version: string;
  /** `forced`: the page has `gc()`. `pressure`: collections only happen under allocation pressure. */
  readonly collection: 'forced' | 'pressure';
  goto(url: string): Promise<void>;
  /** Runs a self-contained function in the page (its source is sent, not its closure). */
  evaluate<T, A extends unknown[]>(fn: ((...args: A) => T) | string, ...args: A): Promise<Awaited<T>>;
  /** Opens another tab (a window of its own in WebKit) at `url`. */
  openTab(url: string): Promise<BrowserTab>;
  close(): Promise<void>;
}

/** A further tab of a session, for suites that keep several pages open side by side. */
export interface BrowserTab {
  evaluate<T, A extends unknown[]>(fn: ((...args: A) => T) | string, ...args: A): Promise<Awaited<T>>;
  /** Makes it the tab in front (background tabs may be throttled). */
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export declare const browserNames: readonly BrowserName[];
export declare function launchBrowser(name: BrowserName): Promise<BrowserSession>;
export declare function launchChromiumSession(): Promise<BrowserSession>;
