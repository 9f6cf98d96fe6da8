/**
 * A small rich-text editor state, shaped the way real editors shape theirs: a tree whose nodes
 * point back to their parents (a cycle per node), style objects shared by every node that uses
 * them, and a selection that points into the tree.
 */

/** A text style. A class, so that its methods have to survive a snapshot too. */
export class Style {
  constructor(
    readonly name: string,
    public font: string,
    public size: number,
  ) {}

  css(): string {
    return `${this.size}px ${this.font}`;
  }
}

export type NodeKind = 'document' | 'heading' | 'paragraph';

export interface DocNode {
  id: string;
  kind: NodeKind;
  text: string;
  style: Style;
  parent: DocNode | null;
  children: DocNode[];
}

export interface EditorState {
  doc: DocNode;
  /** The shared styles: every paragraph's `style` is `styles.body` itself, not a copy of it. */
  styles: { title: Style; body: Style };
  selection: DocNode;
  editedAt: Date;
}

function appendNode(parent: DocNode, id: string, kind: NodeKind, text: string, style: Style): DocNode {
  const node: DocNode = { id, kind, text, style, parent, children: [] };
  parent.children.push(node);
  return node;
}

export function createDocument(title: string, paragraphs: string[]): EditorState {
  const styles = { title: new Style('title', 'Inter', 28), body: new Style('body', 'Inter', 15) };
  const doc: DocNode = {
    id: 'doc',
    kind: 'document',
    text: '',
    style: styles.body,
    parent: null,
    children: [],
  };
  const heading = appendNode(doc, 'h1', 'heading', title, styles.title);
  paragraphs.forEach((text, index) => {
    appendNode(doc, `p${index + 1}`, 'paragraph', text, styles.body);
  });
  return { doc, styles, selection: heading, editedAt: new Date(0) };
}

export function findNode(state: EditorState, id: string): DocNode {
  const node = state.doc.children.find((child) => child.id === id);
  if (!node) throw new Error(`No node "${id}" in the document (it has ${describeIds(state)})`);
  return node;
}

function describeIds(state: EditorState): string {
  return state.doc.children.map((child) => child.id).join(', ');
}

export function paragraphs(state: EditorState): DocNode[] {
  return state.doc.children.filter((child) => child.kind === 'paragraph');
}

/** The edits the session makes. Each mutates the live state in place, as an editor would. */
export const edits = {
  type(id: string, text: string) {
    return (state: EditorState): void => {
      const node = findNode(state, id);
      node.text += text;
      state.selection = node;
      state.editedAt = new Date();
    };
  },
  addParagraph(text: string) {
    return (state: EditorState): void => {
      state.selection = appendNode(
        state.doc,
        `p${paragraphs(state).length + 1}`,
        'paragraph',
        text,
        state.styles.body,
      );
      state.editedAt = new Date();
    };
  },
  setBodyFont(font: string) {
    return (state: EditorState): void => {
      // One assignment restyles every paragraph, because they all share this object.
      state.styles.body.font = font;
      state.editedAt = new Date();
    };
  },
};

/** A one-line summary of the document, for the transcript. */
export function summarize(state: EditorState): string {
  const fonts = paragraphs(state).map((node) => node.style.font);
  const { id, text } = state.selection;
  return `paragraph fonts [${fonts.join(', ')}], selected ${id} "${text}"`;
}
