import { createClone } from '@weakset-recipes/deep-clone';

/**
 * Undo/redo by snapshots. Only an edit takes a snapshot: undo and redo move whole states between
 * the stacks, and a state that leaves `present` is never mutated again, so it needs no copy.
 */
export class History<State> {
  #past: State[] = [];
  #future: State[] = [];
  // `unsupported: 'throw'`: a callback or a Promise slipping into the state is a bug, and the
  // error names its path, where the default would quietly share it between snapshots.
  readonly #snapshot = createClone({ unsupported: 'throw' });

  constructor(public present: State) {}

  edit(change: (state: State) => void): void {
    this.#past.push(this.#snapshot(this.present));
    this.#future = [];
    change(this.present);
  }

  undo(): boolean {
    const previous = this.#past.pop();
    if (previous === undefined) return false;
    this.#future.push(this.present);
    this.present = previous;
    return true;
  }

  redo(): boolean {
    const next = this.#future.pop();
    if (next === undefined) return false;
    this.#past.push(this.present);
    this.present = next;
    return true;
  }

  /** Every state the history holds: the undo stack, the live state, the redo stack. */
  states(): State[] {
    return [...this.#past, this.present, ...[...this.#future].reverse()];
  }
}
