import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DiffLogger, describeChange, formatPath } from '../src/diff-logger.js';
import { apply, initialState } from '../src/store.js';

const exampleDir = fileURLToPath(new URL('..', import.meta.url));

describe('state-diff, run as `pnpm start` runs it', () => {
  let lines: string[] = [];
  beforeAll(() => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: exampleDir,
      encoding: 'utf8',
    });
    lines = output.split('\n');
  });
  const after = (label: string) => lines.find((line) => line.trimStart().startsWith(`${label} `))?.trim();

  it('prints the path of the first change after every action', () => {
    expect(after('complete "Write docs"')).toMatch(
      /state\.project\.tasks\[0\]\.done: false → true \(value\)$/,
    );
    expect(after('tag "Ship 1.0" as release')).toMatch(
      /state\.project\.tasks\[1\]\.tags: Set\(\) → Set\("release"\) \(size\)$/,
    );
    expect(after('rename user u2')).toMatch(/state\.users\.u2\.name: "Grace" → "Grace H\." \(value\)$/);
    expect(after('show done tasks')).toMatch(/state\.filter\.showDone: false → true \(value\)$/);
    expect(after('assign "Ship 1.0" to u1')).toMatch(/state\.project\.tasks\[1\]\.assignee added: "u1"$/);
    expect(after('add a task')).toMatch(/state\.project\.tasks: \[2 items\] → \[3 items\] \(size\)$/);
  });

  it('says when an action changed nothing', () => {
    expect(after('show done tasks (again)')).toMatch(/no change$/);
  });

  it('finds a change 5,000 levels down a comment thread', () => {
    expect(after('reply 5,000 comments deep')).toMatch(/state\.project\.tasks\[1\]\.thread added/);
    expect(after('edit that last reply')).toMatch(
      /state\.project\.tasks\[1\]\.thread…\(4998 more\)…\.reply\.reply\.text: "Shipped!" → "Shipped, finally!" \(value\)$/,
    );
  });

  it('shows JSON.stringify failing on the cycles', () => {
    expect(lines.join('\n')).toMatch(/JSON\.stringify → TypeError: Converting circular structure to JSON/);
  });
});

describe('the logger', () => {
  it('reports each change once: the snapshot follows the state', () => {
    const state = initialState();
    const logged: string[] = [];
    const logger = new DiffLogger(state, (line) => logged.push(line));
    expect(logger.record('complete', (s) => apply(s, { type: 'complete', index: 0 }))?.path).toEqual([
      'project',
      'tasks',
      0,
      'done',
    ]);
    expect(logger.record('nothing', () => {})).toBeUndefined();
    expect(logged[1]).toMatch(/no change$/);
  });

  it('writes paths as code would, shortening long ones', () => {
    expect(formatPath(['users', 'u2', 'name'])).toBe('state.users.u2.name');
    expect(formatPath(['a', 0, 'odd key'])).toBe('state.a[0]["odd key"]');
    expect(formatPath(Array.from({ length: 10 }, () => 'r'))).toBe('state.r.r.r.r…(3 more)….r.r.r');
    expect(describeChange(undefined)).toBe('no change');
  });
});
