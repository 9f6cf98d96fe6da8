export type ServerEngine = 'node20' | 'node22' | 'node24' | 'node26' | 'bun' | 'deno';
export type BrowserEngine = 'chromium' | 'firefox' | 'webkit';
export type Engine = ServerEngine | BrowserEngine;
export interface NotApplicable {
  engines: Engine[];
  reason: string;
}
export declare const serverEngines: readonly ServerEngine[];
export declare const browserEngines: readonly BrowserEngine[];
export declare const allEngines: readonly Engine[];
export declare const engineLabels: Record<Engine, string>;
export declare function notApplicableIn(file: string): NotApplicable[];
export declare function reasonNotApplicable(file: string, engine: Engine): string | undefined;
export declare function requestedEngine(): Engine | undefined;
