// @not-applicable browsers: loads the built ESM and CommonJS files through node:module
// @vitest-environment happy-dom
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// Needs `pnpm build` first: this is about the published files, not the sources.
const require = createRequire(import.meta.url);

describe('the ESM and CJS builds loaded in one page', () => {
  it('share one processOnce memory, so nothing is processed twice', async () => {
    const esm = (await import('../dist/index.js')) as typeof import('./index.js');
    const cjs = require('../dist/index.cjs') as typeof import('./index.js');
    expect(esm.processOnce).not.toBe(cjs.processOnce);
    document.body.innerHTML = '<p class="w"></p><p class="w"></p>';
    const seen: Element[] = [];
    const init = (el: Element) => void seen.push(el);
    expect(esm.processOnce(document, '.w', init)).toBe(2);
    expect(cjs.processOnce(document, '.w', init)).toBe(0);
    document.body.insertAdjacentHTML('beforeend', '<p class="w"></p>');
    expect(cjs.processOnce(document, '.w', init)).toBe(1);
    expect(esm.processOnce(document, '.w', init)).toBe(0);
    expect(seen).toHaveLength(3);
  });
});
