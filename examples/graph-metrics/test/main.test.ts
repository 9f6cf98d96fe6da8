import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const exampleDir = fileURLToPath(new URL('..', import.meta.url));

function heapRow(output: string, label: string): { heaps: number[]; alive: string } {
  const line = output.split('\n').find((candidate) => candidate.trimStart().startsWith(label));
  if (!line) throw new Error(`No "${label}" row in:\n${output}`);
  const heaps = [...line.matchAll(/([\d.]+) MB/g)].map((match) => Number(match[1]));
  return { heaps, alive: line.match(/graphs still in memory: (\d+ of \d+)/)?.[1] ?? '' };
}

describe('graph-metrics, run as `pnpm start` runs it', () => {
  let output = '';
  beforeAll(() => {
    output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'src/main.ts'], {
      cwd: exampleDir,
      encoding: 'utf8',
    });
  });

  it('prints the two cycles of the app graph as chains back to where they began', () => {
    expect(output).toContain('Cycles found walking from app.ts (2):');
    expect(output).toContain('  store.ts → actions.ts → store.ts\n');
    expect(output).toContain('  ui/button.ts → ui/theme.ts → ui/icons.ts → ui/button.ts\n');
  });

  it('names the shared imports that a visited-set check would wrongly call circular', () => {
    expect(output).toContain('A visited-set check would also call utils.ts, api.ts circular');
  });

  it('prints depths and bundles computed with each cycle-closing import cut', () => {
    expect(output).toMatch(/app\.ts +6 {2}9 modules, 18\.9 kB/);
    expect(output).toMatch(/actions\.ts +3 {2}3 modules, 5\.4 kB/);
    expect(output).toMatch(/utils\.ts +1 {2}1 module, 0\.9 kB/);
    expect(output).toMatch(/ui\/icons\.ts +1 {2}1 module, 4\.2 kB/);
  });

  it('prints a hash for every module, all different', () => {
    const hashes = [...output.matchAll(/kB +([0-9a-f]{8})$/gm)].map((match) => match[1]);
    expect(hashes).toHaveLength(9);
    expect(new Set(hashes).size).toBe(9);
  });

  it('reports that each metric body ran once per module', () => {
    expect(output).toContain("Each metric's body ran once per module (depth 9, bundle 9, hash 9)");
  });

  it('shows memory staying flat with memoize and growing with a Map cache', () => {
    const weak = heapRow(output, 'memoize (WeakMap trie)');
    const strong = heapRow(output, 'a hand-written Map cache');
    expect(weak.heaps).toHaveLength(4);
    expect(Math.max(...weak.heaps) - Math.min(...weak.heaps)).toBeLessThan(2);
    expect(weak.alive).toBe('0 of 200');
    expect(strong.heaps.at(-1)! - strong.heaps[0]!).toBeGreaterThan(30);
    expect(strong.alive).toBe('200 of 200');
    expect(output).toContain('With memoize, memory stays flat');
  });
});
