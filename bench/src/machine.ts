import { cpus, platform, release } from 'node:os';
import { chromiumVersion } from '@weakset-recipes-internal/browser';
import { describeError } from './harness/contenders.js';
import type { MachineInfo } from './harness/results.js';

/** What every result file records about where it was measured. */
export async function describeMachine(quick: boolean): Promise<MachineInfo> {
  let chromium: string;
  try {
    chromium = await chromiumVersion();
  } catch (error) {
    chromium = `unavailable (${describeError(error)})`;
  }
  const processors = cpus();
  return {
    node: process.versions.node,
    v8: process.versions.v8,
    chromium,
    cpu: processors[0]?.model.trim() ?? 'unknown CPU',
    cores: processors.length,
    os: `${platform()} ${release()}`,
    date: new Date().toISOString(),
    quick,
  };
}
