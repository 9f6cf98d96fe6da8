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
