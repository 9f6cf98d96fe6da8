import type { BrowserName } from '@weakset-recipes-internal/browser';
import { runtimeBinary } from '@weakset-recipes-internal/engines/runtimes';

/**
 * The engines each suite is measured on. Server suites run once per runtime, in a child process
 * of its own (Node 24 is the current LTS and gives the headline numbers; Node 20 is the oldest
 * supported; Bun is JavaScriptCore). Page suites run once per browser.
 */
export type ServerBenchEngine = 'node24' | 'node20' | 'bun';
export type BenchEngine = ServerBenchEngine | BrowserName;

export const serverBenchEngines: readonly ServerBenchEngine[] = ['node24', 'node20', 'bun'];
export const browserBenchEngines: readonly BrowserName[] = ['chromium', 'firefox', 'webkit'];
/** Every engine, in the order tables list them: each suite's headline engine comes first. */
export const benchEngines: readonly BenchEngine[] = [...serverBenchEngines, ...browserBenchEngines];

const labels: Record<BenchEngine, string> = {
  node24: 'Node 24',
  node20: 'Node 20',
  bun: 'Bun',
  chromium: 'Chromium',
  firefox: 'Firefox',
  webkit: 'WebKit',
};

/** What tables call the engine (`Node 24`, `Bun`, `WebKit`). */
export function engineLabel(engine: BenchEngine): string {
  return labels[engine];
}

/** `Node 24.22.3`, `Bun 1.4.5`, `WebKitGTK 2.50.6`: an engine with its version. */
export function engineWithVersion(engine: BenchEngine, version: string): string {
  if (engine === 'node24' || engine === 'node20') return `Node ${version}`;
  if (engine === 'webkit') return `WebKitGTK ${version}`;
  return `${labels[engine]} ${version}`;
}

export function isServerEngine(engine: BenchEngine): engine is ServerBenchEngine {
  return (serverBenchEngines as readonly string[]).includes(engine);
}

/** Sorts results or names by the engine order above (headline engines first). */
export function engineRank(engine: BenchEngine): number {
  const index = benchEngines.indexOf(engine);
  return index === -1 ? benchEngines.length : index;
}

/**
 * The command that runs a TypeScript entry point of the bench under `engine`: Node through tsx
 * with `--expose-gc` (each timed slice starts from a clean heap), Bun directly (it runs TypeScript
 * itself and collects with `Bun.gc`).
 */
export function serverCommand(engine: ServerBenchEngine, script: string): string[] {
  if (engine === 'bun') return [runtimeBinary('bun'), script];
  return [runtimeBinary(engine), '--expose-gc', '--import', 'tsx', script];
}
