import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocument, edits } from '../src/editor-state.js';
import { History } from '../src/history.js';
import { checkState, sharedBetween } from '../src/invariants.js';

const exampleDir = fileURLToPath(new URL('..', import.meta.url));

describe('undo-history, run as `pnpm start` runs it', () => {
  let output = '';
  beforeAll(() => {
    output = execFileSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: exampleDir,
      encoding: 'utf8',
    });
  });

  it('prints the session with undo and redo restoring the earlier documents', () => {
    const lines = output.split('\n');
    const after = (label: string, nth = 0) => lines.filter((line) => line.includes(`${label} `))[nth];
    expect(after('set the body font to Georgia')).toContain('[Georgia, Georgia, Georgia]');
    expect(after('undo', 0)).toContain('[Inter, Inter, Inter], selected p3');
    expect(after('undo', 1)).toContain('[Inter, Inter], selected p1 "Shipping 1.0. Cycles survive."');
    expect(after('redo')).toContain('[Inter, Inter, Inter], selected p3 "Undo works on any graph."');
  });

  it('shows an edit on a restored state still reaching every paragraph through the shared style', () => {
    expect(output).toMatch(/on a restored state\)\s+→ paragraph fonts \[Lora, Lora, Lora\]/);
  });

  it('reports every check passing on every state, with no failure lines', () => {
    expect(output).toContain('(25 states in all)');
    expect(output.match(/ {2}✓ /g)).toHaveLength(4);
    expect(output).not.toContain('✗');
  });

  it('shows where structuredClone fails or differs and deep-clone does not', () => {
    expect(output).toMatch(
      /structuredClone → RangeError: Maximum call stack size exceeded\n\s+deep-clone\s+→ copied all 20,000 levels/,
    );
    expect(output).toMatch(
      /structuredClone → Object with css: undefined.*\n\s+deep-clone\s+→ Style, css\(\) = "15px Inter"/,
    );
    expect(output).toMatch(/structuredClone → DataCloneError: .*could not be cloned/);
    expect(output).toContain('CloneError: Cannot clone function onSelect at root.doc.children[1].onSelect');
  });
});

describe('the checks the transcript relies on', () => {
  it('catch a snapshot whose styles lost their class', () => {
    const state = createDocument('Draft', ['One.']);
    expect(checkState(structuredClone(state))).toContain('p1.style lost its Style prototype');
  });

  it('catch a snapshot that shares objects with the live state', () => {
    const state = createDocument('Draft', ['One.']);
    const shallow = { ...state };
    expect(sharedBetween([state, shallow])).toBeGreaterThan(0);
  });

  it('pass for every state of a history that deep-clone snapshots', () => {
    const history = new History(createDocument('Draft', ['One.']));
    history.edit(edits.addParagraph('Two.'));
    history.edit(edits.setBodyFont('Georgia'));
    history.undo();
    expect(history.states()).toHaveLength(3);
    expect(history.states().flatMap(checkState)).toEqual([]);
    expect(sharedBetween(history.states())).toBe(0);
  });
});
