import { clone } from '@weakset-recipes/deep-clone';
import { type Difference, difference } from '@weakset-recipes/deep-equal';

/** `state.users.u2.name`, `state.project.tasks[0].done`: a path as a reader would write it. */
export function formatPath(path: readonly PropertyKey[], root = 'state'): string {
  const shown = path.length > 8 ? [...path.slice(0, 4), '…', ...path.slice(-3)] : path;
  let text = root;
  for (const key of shown) {
    if (key === '…') text += `…(${path.length - 7} more)…`;
    else if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'symbol') text += `[${String(key)}]`;
    else text += /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  return text;
}

function show(value: unknown): string {
  if (value instanceof Set) return `Set(${[...value].map(show).join(', ')})`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null)
    return Array.isArray(value) ? `[${value.length} items]` : '{…}';
  return String(value);
}

/** One line for a difference: where, what it was, what it is now. */
export function describeChange(found: Difference | undefined): string {
  if (!found) return 'no change';
  const { path, a, b, reason } = found;
  if (reason === 'extra key') return `${formatPath(path)} added: ${show(b)}`;
  if (reason === 'missing key') return `${formatPath(path)} removed (was ${show(a)})`;
  return `${formatPath(path)}: ${show(a)} → ${show(b)} (${reason})`;
}

/**
 * Logs, after each action, where the state first changed. It keeps a snapshot of the last state
 * (deep-clone keeps the cycles and Maps) and compares it with the live state (deep-equal says
 * where they differ).
 */
export class DiffLogger<S> {
  #snapshot: S;

  constructor(
    private readonly state: S,
    private readonly log: (line: string) => void,
  ) {
    this.#snapshot = clone(state);
  }

  /** Runs `change` on the state and logs the first difference it made. */
  record(label: string, change: (state: S) => void): Difference | undefined {
    change(this.state);
    const found = difference(this.#snapshot, this.state);
    this.log(`${label.padEnd(34)} ${describeChange(found)}`);
    if (found) this.#snapshot = clone(this.state);
    return found;
  }
}
