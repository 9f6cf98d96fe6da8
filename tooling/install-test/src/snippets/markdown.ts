import { fenceFlags, type Snippet, type SnippetOrigin, snippetId, snippetLanguage } from './snippet.js';

const fence = /^```([^\n`]*)\n([\s\S]*?)^```[ \t]*$/gm;

/** Every ```ts / ```js block of a Markdown file, with the line it starts on. */
export function markdownSnippets(markdown: string, source: string, origin: SnippetOrigin): Snippet[] {
  const snippets: Snippet[] = [];
  for (const match of markdown.matchAll(fence)) {
    const [, info = '', code = ''] = match;
    const language = snippetLanguage(info);
    if (!language) continue;
    // The code starts on the line after the fence.
    const line = markdown.slice(0, match.index).split('\n').length + 1;
    snippets.push({
      id: snippetId(source, line),
      source,
      line,
      label: `${source}:${line}`,
      origin,
      language,
      code,
      run: !fenceFlags(info).includes('no-run'),
    });
  }
  return snippets;
}
