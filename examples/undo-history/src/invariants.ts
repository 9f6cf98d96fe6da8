import { type DocNode, type EditorState, Style } from './editor-state.js';

/** What must hold in every state, live or snapshot; each entry is a broken rule, empty when sound. */
export function checkState(state: EditorState): string[] {
  const problems: string[] = [];
  const nodes = treeNodes(state.doc);
  for (const node of nodes) {
    for (const child of node.children) {
      if (child.parent !== node) problems.push(`${child.id}.parent is not the node that holds it`);
    }
    const expected = node.kind === 'heading' ? state.styles.title : state.styles.body;
    if (node.style !== expected) problems.push(`${node.id}.style is a copy, not the shared ${expected.name}`);
    if (!(node.style instanceof Style)) problems.push(`${node.id}.style lost its Style prototype`);
  }
  if (!nodes.has(state.selection)) problems.push(`the selection (${state.selection.id}) is not in the tree`);
  if (!(state.editedAt instanceof Date)) problems.push('editedAt is no longer a Date');
  return problems;
}

/** States in a history must not share objects: editing one would silently change another. */
export function sharedBetween(states: EditorState[]): number {
  const owner = new Map<object, EditorState>();
  let shared = 0;
  for (const state of states) {
    for (const object of stateObjects(state)) {
      const previous = owner.get(object);
      if (previous && previous !== state) shared++;
      owner.set(object, state);
    }
  }
  return shared;
}

function stateObjects(state: EditorState): Set<object> {
  const objects = new Set<object>([state, state.styles, state.editedAt]);
  for (const node of treeNodes(state.doc)) objects.add(node).add(node.children).add(node.style);
  return objects;
}

// A loop, not recursion: the checks must not be the thing that has a depth limit.
function treeNodes(root: DocNode): Set<DocNode> {
  const found = new Set<DocNode>();
  const pending = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    found.add(node);
    pending.push(...node.children);
  }
  return found;
}
