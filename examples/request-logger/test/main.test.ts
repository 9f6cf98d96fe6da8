import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { App, handle } from '../src/framework.js';
import { createLogger } from '../src/logger.js';

const exampleDir = fileURLToPath(new URL('..', import.meta.url));

describe('request-logger, run as `pnpm start` runs it', () => {
  let output = '';
  beforeAll(() => {
    output = execFileSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: exampleDir,
      encoding: 'utf8',
    });
  });

  it('shows JSON.stringify failing and the seen-set replacer losing the shared app', () => {
    expect(output).toContain('✗ TypeError: Converting circular structure to JSON');
    expect(output).toContain('✗ req.res.app is "[Circular]": the app is shared by req and res, not a cycle');
  });

  it('writes one JSON line per request, each parsed back with its cycles cut where they close', () => {
    const lines = output.split('\n').filter((line) => line.startsWith('{'));
    expect(lines).toHaveLength(3);
    const entries = lines.map((line) => JSON.parse(line));
    expect(entries.map((entry) => entry.msg)).toEqual([
      'GET /users/42 200',
      'POST /orders 201',
      'GET /users/nobody 404',
    ]);
    expect(entries.map((entry) => entry.level)).toEqual(['info', 'info', 'warn']);
    for (const entry of entries) {
      expect(entry.req.res.req).toBe('[Circular ~req]');
      expect(entry.req.res.app.settings).toEqual(entry.req.app.settings);
      expect(entry.req.socket.server.connections).toContain('[Circular ~req.socket]');
    }
    expect(entries[0].req.headers.authorization).toBe('[redacted]');
    expect(entries[1].req.headers.cookie).toBe('[redacted]');
    expect(entries[0].req.res.locals.user).toEqual({ id: 42, name: 'Ada' });
    expect(entries.map((entry) => entry.req.id)).toEqual(['1', '2', '3']);
  });

  it('reports every check passed', () => {
    expect(output).not.toMatch(/✗ line/);
    expect(output).toContain('✓ req.app and res.app (one shared App) are both written in full');
  });
});

describe('createLogger', () => {
  it('leaves the request exactly as it was', () => {
    const app = new App();
    const req = handle(app, 'GET', '/users/7', { authorization: 'secret' }, 7n, () => {});
    const lines: string[] = [];
    createLogger(
      (line) => lines.push(line),
      () => new Date(0),
    ).info('hit', { req });
    expect(req.headers.authorization).toBe('secret');
    expect(req.res.req).toBe(req);
    expect(JSON.parse(lines[0]!).time).toBe('1970-01-01T00:00:00.000Z');
  });
});
