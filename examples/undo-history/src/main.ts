import { createDocument, type EditorState, edits, summarize } from './editor-state.js';
import { History } from './history.js';
import { checkState, sharedBetween } from './invariants.js';
import { compareWithStructuredClone } from './versus-structured-clone.js';

type Step = { label: string; run: (history: History<EditorState>) => void };

const edit = (label: string, change: (state: EditorState) => void): Step => ({
  label,
  run: (history) => history.edit(change),
});

const session: Step[] = [
  edit('type " Cycles survive." into p1', edits.type('p1', ' Cycles survive.')),
  edit('add paragraph "Undo works on any graph."', edits.addParagraph('Undo works on any graph.')),
  edit('set the body font to Georgia', edits.setBodyFont('Georgia')),
  { label: 'undo', run: (history) => history.undo() },
  { label: 'undo', run: (history) => history.undo() },
  { label: 'redo', run: (history) => history.redo() },
  edit('set the body font to Lora (on a restored state)', edits.setBodyFont('Lora')),
];

export function main(print: (line: string) => void = console.log): boolean {
  const history = new History(createDocument('Release notes', ['Shipping 1.0.', 'Faster clones.']));
  const problems: string[] = [];
  let statesChecked = 0;

  const width = Math.max(...session.map((step) => step.label.length));
  print('Session (the document after each step):');
  print(`  ${'open "Release notes"'.padEnd(width)}  → ${summarize(history.present)}`);
  for (const step of session) {
    step.run(history);
    print(`  ${step.label.padEnd(width)}  → ${summarize(history.present)}`);
    const states = history.states();
    for (const [index, state] of states.entries()) {
      problems.push(
        ...checkState(state).map((problem) => `after "${step.label}", state ${index}: ${problem}`),
      );
    }
    const shared = sharedBetween(states);
    if (shared > 0) problems.push(`after "${step.label}": ${shared} objects are shared between snapshots`);
    statesChecked += states.length;
  }

  print('');
  print(`Checked after every step, on the live state and every snapshot (${statesChecked} states in all):`);
  if (problems.length === 0) {
    print("  ✓ every node's parent is the node that holds it (the parent cycles were copied, not cut)");
    print('  ✓ all paragraphs share one body Style object, and the selection is a node of the same tree');
    print('  ✓ styles are still Style instances, editedAt is still a Date');
    print('  ✓ no two states share an object, so editing the live state never changes a snapshot');
  } else {
    for (const problem of problems) print(`  ✗ ${problem}`);
  }

  print('');
  print('structuredClone vs deep-clone on the same kinds of state:');
  for (const comparison of compareWithStructuredClone()) {
    print(`  • ${comparison.case}`);
    print(`      structuredClone → ${comparison.structuredClone}`);
    const [first, ...rest] = comparison.deepClone.split('\n');
    print(`      deep-clone      → ${first}`);
    for (const line of rest) print(`                        ${line}`);
  }
  return problems.length === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = main() ? 0 : 1;
}
