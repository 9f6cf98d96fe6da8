import { configure } from '@weakset-recipes/safe-stringify';

export interface LogEntry {
  time: string;
  level: 'info' | 'warn' | 'error';
  msg: string;
  [field: string]: unknown;
}

/** Header values that must never reach a log file. */
const secretHeaders = new Set(['authorization', 'cookie']);

function redact(this: unknown, key: string, value: unknown): unknown {
  return secretHeaders.has(key.toLowerCase()) ? '[redacted]' : value;
}

// One function for every line: a cycle is written as the path of the object it points back to,
// request ids (BigInts) as strings, and nothing deeper than 6 levels.
const toJsonLine = configure({
  circular: (path) => `[Circular ~${path.join('.')}]`,
  bigint: 'string',
  maxDepth: 6,
});

/** A logger that writes one JSON document per line, whatever the fields hold. */
export function createLogger(write: (line: string) => void, now: () => Date = () => new Date()) {
  const log = (level: LogEntry['level'], msg: string, fields: Record<string, unknown> = {}) => {
    const entry: LogEntry = { time: now().toISOString(), level, msg, ...fields };
    write(toJsonLine(entry, redact)!);
  };
  return {
    info: (msg: string, fields?: Record<string, unknown>) => log('info', msg, fields),
    warn: (msg: string, fields?: Record<string, unknown>) => log('warn', msg, fields),
    error: (msg: string, fields?: Record<string, unknown>) => log('error', msg, fields),
  };
}
