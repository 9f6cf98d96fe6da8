/** Where a snippet was found: a README, a guide, or a TSDoc `@example` in a package's source. */
export type SnippetOrigin = 'readme' | 'guide' | 'tsdoc';

/** A code block a user can paste: a ```ts or ```js fence in Markdown, or a TSDoc `@example`. */
export interface Snippet {
  /** Unique, file-name safe: `brand.README.md.18`, `brand.src.brand-of.ts.12`. */
  id: string;
  /** Repository-relative path of the file it is in. */
  source: string;
  /** 1-based line of the snippet's first code line in `source`. */
  line: number;
  /** What a failure message calls it: `packages/brand/README.md:18`, plus the symbol for TSDoc. */
  label: string;
  origin: SnippetOrigin;
  language: 'ts' | 'js';
  code: string;
  /** False when the fence says `no-run` (a block that shows a failure, say): type-checked only. */
  run: boolean;
}

const languages: Record<string, Snippet['language']> = {
  ts: 'ts',
  typescript: 'ts',
  js: 'js',
  javascript: 'js',
};

/** `ts`, `js` (and their long names) are snippets; every other fence (sh, text, json) is not. */
export function snippetLanguage(info: string): Snippet['language'] | undefined {
  return languages[info.trim().split(/\s+/)[0] ?? ''];
}

/** Fence flags after the language: ```ts no-run. */
export function fenceFlags(info: string): string[] {
  return info.trim().split(/\s+/).slice(1);
}

export function snippetId(source: string, line: number): string {
  return `${source.replace(/^packages\//, '').replace(/[^\w.-]+/g, '.')}.${line}`;
}
