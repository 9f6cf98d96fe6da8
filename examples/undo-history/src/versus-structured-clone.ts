import { CloneError, clone } from '@weakset-recipes/deep-clone';
import { createDocument, type EditorState, findNode } from './editor-state.js';

export interface Comparison {
  case: string;
  structuredClone: string;
  deepClone: string;
}

interface Outline {
  title: string;
  child?: Outline;
}

/** An outline nested `depth` levels deep: pasted from another app, or built by a runaway macro. */
function nestedOutline(depth: number): Outline {
  const root: Outline = { title: 'level 0' };
  let current = root;
  for (let level = 1; level < depth; level++) {
    current.child = { title: `level ${level}` };
    current = current.child;
  }
  return root;
}

function outlineDepth(outline: Outline): number {
  let depth = 1;
  for (let node = outline.child; node; node = node.child) depth++;
  return depth;
}

function describeShape(copy: EditorState): string {
  const paragraph = findNode(copy, 'p1');
  const cycle = paragraph.parent === copy.doc ? 'kept' : 'cut';
  const sharing = paragraph.style === copy.styles.body ? 'kept' : 'lost';
  return `cycles ${cycle}, sharing ${sharing}`;
}

function attempt(copy: () => string): string {
  try {
    return copy();
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : `threw ${String(error)}`;
  }
}

export function compareWithStructuredClone(): Comparison[] {
  const depth = 20_000;
  const outline = nestedOutline(depth);

  const state = createDocument('Release notes', ['Shipping 1.0.']);
  const onSelect = () => {};
  const withCallback = createDocument('Release notes', ['Shipping 1.0.']);
  Object.assign(findNode(withCallback, 'p1'), { onSelect });

  return [
    {
      case: 'parent cycles and the shared body style',
      structuredClone: attempt(() => describeShape(structuredClone(state))),
      deepClone: attempt(() => describeShape(clone(state))),
    },
    {
      case: `an outline nested ${depth.toLocaleString('en-US')} levels deep`,
      structuredClone: attempt(() => `copied ${outlineDepth(structuredClone(outline))} levels`),
      deepClone: attempt(() => `copied all ${outlineDepth(clone(outline)).toLocaleString('en-US')} levels`),
    },
    {
      case: 'the editor state (styles are Style instances)',
      structuredClone: attempt(() => {
        const style = structuredClone(state).styles.body;
        return `${style.constructor.name} with css: ${typeof style.css}, so style.css() is a TypeError`;
      }),
      deepClone: attempt(() => {
        const style = clone(state).styles.body;
        return `${style.constructor.name}, css() = "${style.css()}"`;
      }),
    },
    {
      case: 'a paragraph with an onSelect callback',
      structuredClone: attempt(() => {
        structuredClone(withCallback);
        return 'copied';
      }),
      deepClone: attempt(() => {
        const kept = Object.values(findNode(clone(withCallback), 'p1')).includes(onSelect);
        const byDefault = kept ? 'kept by reference by default' : 'dropped';
        try {
          clone(withCallback, { unsupported: 'throw' });
          return byDefault;
        } catch (error) {
          if (!(error instanceof CloneError)) throw error;
          return `${byDefault};\nwith unsupported: 'throw', ${error.name}: ${error.message}`;
        }
      }),
    },
  ];
}
