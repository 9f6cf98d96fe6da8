// @not-applicable firefox: Gecko keeps a MutationObserver that still observes a removed root, and the root with it, alive while another MutationObserver observes the page (measured in Firefox ESR 153; see the README's Limits)
import { collectUntil } from '@weakset-recipes-internal/testing';
import { expect, it, vi } from 'vitest';
import { observe } from './observe.js';

// The root's ancestors are observed (for `.dark .w` in an <aside>): what they hold must not keep
// the root, or anything inside it, alive once the root is gone.
it('lets a removed root and its elements be collected though the observation was never disconnected', async () => {
  let collected = 0;
  const finalizers = new FinalizationRegistry(() => {
    collected++;
  });
  (() => {
    const root = document.createElement('section');
    root.innerHTML = '<p class="w"></p>'.repeat(20);
    document.body.append(root);
    observe('.w', () => {}, { root });
    finalizers.register(root, 'root');
    for (const el of root.children) finalizers.register(el, 'p');
    root.remove();
  })();
  await collectUntil(() => collected === 21);
  expect(collected).toBe(21);
  // Its ancestors' observer, left with nothing to serve, stops at the next change it sees.
  const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
  try {
    document.body.classList.toggle('w');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(disconnect).toHaveBeenCalled();
  } finally {
    disconnect.mockRestore();
    document.body.classList.remove('w');
  }
});
