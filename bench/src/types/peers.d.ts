// Type declarations for peers that ship none; only what the benchmark calls.

declare module 'qsa-observer' {
  interface QsaObserverOptions {
    query: string[];
    root?: Node;
    handle: (element: Element, connected: boolean, selector: string) => void;
  }
  interface QsaObserver {
    drop: (elements: ArrayLike<Element>) => void;
    flush: () => void;
    observer: MutationObserver;
    parse: (elements: ArrayLike<Element>, connected?: boolean) => void;
  }
  export default function QSAO(options: QsaObserverOptions): QsaObserver;
}

declare module 'arrive' {}

// wicked-elements ships index.d.ts, but its "exports" map hides it from TypeScript.
declare module 'wicked-elements' {
  interface WickedDefinition {
    init?(this: { element: Element }): void;
  }
  export function define(selector: string, definition: WickedDefinition): void;
}
