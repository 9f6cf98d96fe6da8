import { DiffLogger } from './diff-logger.js';
import { apply, type BoardState, initialState } from './store.js';

const state = initialState();
const logger = new DiffLogger<BoardState>(state, (line) => console.log(`  ${line}`));
const action = (label: string, run: Parameters<typeof apply>[1]) =>
  logger.record(label, (s) => apply(s, run));

console.log('A task board whose tasks point back to their project (a cycle in every task).');
console.log('After each action, the first place the state changed:\n');
action('complete "Write docs"', { type: 'complete', index: 0 });
action('tag "Ship 1.0" as release', { type: 'tag', index: 1, tag: 'release' });
action('rename user u2', { type: 'rename user', id: 'u2', name: 'Grace H.' });
action('show done tasks', { type: 'show done', value: true });
action('show done tasks (again)', { type: 'show done', value: true });
action('assign "Ship 1.0" to u1', { type: 'assign', index: 1, user: 'u1' });
action('add a task', { type: 'add task', title: 'Announce', due: new Date(Date.UTC(2026, 11, 16)) });
action('reply 5,000 comments deep', { type: 'reply', index: 1, depth: 5_000, text: 'Shipped!' });
action('edit that last reply', { type: 'reply', index: 1, depth: 5_000, text: 'Shipped, finally!' });

console.log('\nThe usual shortcut, comparing JSON.stringify output, cannot even start on this state:');
try {
  JSON.stringify(state);
} catch (error) {
  console.log(`  JSON.stringify → ${(error as Error).name}: ${(error as Error).message.split('\n')[0]}`);
}
