// @ts-check
// A typedoc plugin: headings keep the text of their inline code in the page outline.
//
// typedoc 0.28 names a Markdown heading after its text tokens only, so `### \`observe()\`` gets
// an empty entry in "On This Page" and the anchor `#_`. Splitting each inline code span of a
// heading into `<code>`, its text, `</code>` renders the same HTML and gives typedoc the text.
// Plain JavaScript: typedoc loads plugins with a bare import().
import { Application } from 'typedoc';

/**
 * @param {{ core: { ruler: { push(name: string, rule: (state: any) => void): void } } }} parser
 */
function keepCodeTextInHeadings(parser) {
  parser.core.ruler.push('heading-code-text', (state) => {
    for (let index = 0; index < state.tokens.length; index++) {
      const inline = state.tokens[index + 1];
      if (state.tokens[index].type !== 'heading_open' || !inline?.children) continue;
      /** @param {string} type @param {string} content */
      const token = (type, content) => Object.assign(new state.Token(type, '', 0), { content });
      inline.children = inline.children.flatMap(
        /** @param {{ type: string, content: string }} child */
        (child) =>
          child.type === 'code_inline'
            ? [token('html_inline', '<code>'), token('text', child.content), token('html_inline', '</code>')]
            : [child],
      );
    }
  });
}

/** @param {Application} app */
export function load(app) {
  // Options are reset after plugins load, so the loader is added once bootstrapping is done.
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    const previous = app.options.getValue('markdownItLoader');
    app.options.setValue('markdownItLoader', (parser) => {
      previous(parser);
      keepCodeTextInHeadings(parser);
    });
  });
}
