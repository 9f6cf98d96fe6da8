// @not-applicable browsers: checks what happens where there is no DOM at all (servers, workers)
import { describe, expect, it } from 'vitest';

describe('without a DOM (plain Node, server-side rendering)', () => {
  it('imports without throwing', async () => {
    expect(typeof globalThis.document).toBe('undefined');
    expect(typeof globalThis.MutationObserver).toBe('undefined');
    await expect(import('./index.js')).resolves.toHaveProperty('observe');
  });

  it('throws a DomUnavailableError naming MutationObserver from observe()', async () => {
    const { observe, DomUnavailableError } = await import('./index.js');
    expect(() => observe('.widget', () => {})).toThrow(DomUnavailableError);
    expect(() => observe('.widget', () => {})).toThrow(
      'MutationObserver is not available: observe() needs a DOM',
    );
  });

  it('throws a DomUnavailableError naming processOnce from processOnce(), before looking at its arguments', async () => {
    const { processOnce, DomUnavailableError } = await import('./index.js');
    const root = { querySelectorAll: () => [] } as unknown as ParentNode;
    expect(() => processOnce(root, '.widget', () => {})).toThrow(DomUnavailableError);
    expect(() => processOnce(root, '.widget', () => {})).toThrow(
      'MutationObserver is not available: processOnce() needs a DOM',
    );
  });

  it('throws an error that is an Error, with a name for logs', async () => {
    const { DomUnavailableError } = await import('./index.js');
    const error = new DomUnavailableError();
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomUnavailableError');
    expect(String(error)).toBe(
      'DomUnavailableError: MutationObserver is not available: observe() needs a DOM',
    );
  });
});
