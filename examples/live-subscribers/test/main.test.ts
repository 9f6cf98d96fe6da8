// @not-applicable browsers, bun, deno: runs the example as `pnpm start` does, in a Node child process with --expose-gc
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const exampleDir = fileURLToPath(new URL('..', import.meta.url));

describe('live-subscribers, run as `pnpm start` runs it', () => {
  let output = '';
  beforeAll(() => {
    output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'src/main.ts'], {
      cwd: exampleDir,
      encoding: 'utf8',
    });
  });

  it('reaches every subscriber while every screen is mounted', () => {
    expect(output).toMatch(/mounted every screen +size 1000, publish reaches 1000/);
  });

  it('reports the size dropping by one screen of widgets each time a screen is dropped', () => {
    const sizes = [...output.matchAll(/, +(\d+) once they ran; publish reaches (\d+)/g)].map((match) => [
      Number(match[1]),
      Number(match[2]),
    ]);
    expect(sizes).toEqual([
      [750, 750],
      [500, 500],
      [250, 250],
      [0, 0],
    ]);
  });

  it('shows a Set registry keeping every widget alive', () => {
    expect(output).toContain('size 1000, publish still reaches 1000: all 1000 widgets are kept alive');
    expect(output).toContain('each dropped screen left the registry');
  });
});
