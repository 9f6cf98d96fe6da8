import { App, handle, type Request } from './framework.js';
import { createLogger } from './logger.js';

/** The replacer most projects copy to make JSON.stringify "safe": a WeakSet of every object seen. */
function seenSetStringify(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === 'bigint') return String(item);
    if (typeof item === 'object' && item !== null) {
      if (seen.has(item)) return '[Circular]';
      seen.add(item);
    }
    return item;
  });
}

function firstLine(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
}

export function main(print: (line: string) => void = console.log): boolean {
  const app = new App();
  const requests: Request[] = [
    handle(
      app,
      'GET',
      '/users/42',
      { accept: 'application/json', authorization: 'Bearer s3cr3t' },
      1n,
      (_req, res) => {
        res.locals.user = { id: 42, name: 'Ada' };
      },
    ),
    handle(
      app,
      'POST',
      '/orders',
      { 'content-type': 'application/json', cookie: 'session=abc' },
      2n,
      (_req, res) => {
        res.statusCode = 201;
      },
    ),
    handle(app, 'GET', '/users/nobody', { accept: 'application/json' }, 3n, (_req, res) => {
      res.statusCode = 404;
    }),
  ];
  const entry = (req: Request) => ({ req });

  print('JSON.stringify on a request:');
  try {
    JSON.stringify(entry(requests[0]!));
    print('  wrote it (unexpected)');
  } catch (error) {
    print(`  ✗ ${firstLine(error)}`);
  }
  const snippetText = seenSetStringify(entry(requests[0]!));
  const snippetRes = (JSON.parse(snippetText) as { req: { res: { app: unknown } } }).req.res;
  print('The seen-set replacer on the same request:');
  print(
    `  ✗ req.res.app is ${JSON.stringify(snippetRes.app)}: the app is shared by req and res, not a cycle`,
  );

  print('');
  print('The log, one JSON line per request (safe-stringify):');
  const lines: string[] = [];
  // A clock that moves 1.5 s per log line, so the output is the same on every run.
  let tick = Date.UTC(2026, 11, 3, 9, 0, 0);
  const clock = () => {
    tick += 1500;
    return new Date(tick);
  };
  const logger = createLogger((line) => lines.push(line), clock);
  for (const req of requests) {
    const level = req.res.statusCode >= 400 ? 'warn' : 'info';
    logger[level](`${req.method} ${req.url} ${req.res.statusCode}`, { req });
  }
  for (const line of lines) print(line);

  print('');
  print('Checked on every line:');
  const problems: string[] = [];
  lines.forEach((line, index) => {
    interface LoggedApp {
      settings: unknown;
      locals: unknown;
    }
    const parsed = JSON.parse(line) as {
      req: {
        app: LoggedApp;
        headers: Record<string, string>;
        id: string;
        res: { req: unknown; app: LoggedApp };
      };
    };
    const where = `line ${index + 1}`;
    if (parsed.req.res.req !== '[Circular ~req]') problems.push(`${where}: res.req is not the cycle marker`);
    const appData = (logged: LoggedApp) => JSON.stringify([logged.settings, logged.locals]);
    if (appData(parsed.req.res.app) !== appData(app)) problems.push(`${where}: res.app lost data`);
    if (appData(parsed.req.app) !== appData(app)) problems.push(`${where}: req.app lost data`);
    for (const name of ['authorization', 'cookie']) {
      const value = parsed.req.headers[name];
      if (value !== undefined && value !== '[redacted]') problems.push(`${where}: ${name} leaked`);
    }
    if (parsed.req.id !== String(index + 1)) problems.push(`${where}: the BigInt id was not written`);
  });
  if (problems.length === 0) {
    print('  ✓ each line is one JSON document that JSON.parse reads back');
    print('  ✓ res.req (a reference back to req) is "[Circular ~req]", the path of the object it points to');
    print('  ✓ req.app and res.app (one shared App) are both written in full');
    print('  ✓ authorization and cookie headers are "[redacted]" by the replacer');
    print('  ✓ BigInt request ids are written as strings');
  } else {
    for (const problem of problems) print(`  ✗ ${problem}`);
  }
  return problems.length === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = main() ? 0 : 1;
}
