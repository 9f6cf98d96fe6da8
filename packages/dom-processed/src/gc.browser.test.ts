import { collectGarbage, collectionMethod } from '@weakset-recipes-internal/testing';
import { expect, it, vi } from 'vitest';
import { observe } from './observe.js';
import { processOnce } from './process-once.js';

/**
 * Collects until `done()` or gives up; each await lets finalizers run. Chromium collects on request
 * (`gc()`); Firefox and WebKit only under allocation pressure, so they get more rounds.
 */
async function collectUntil(done: () => boolean): Promise<void> {
  const rounds = collectionMethod === 'forced' ? 20 : 200;
  for (let round = 0; round < rounds && !done(); round++) {
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it('lets processed elements be garbage-collected once they have left', async () => {
  let collected = 0;
  const finalizers = new FinalizationRegistry(() => {
    collected++;
  });
  const observation = observe('.w', (el) => {
    const onClick = () => el.classList.toggle('clicked');
    el.addEventListener('click', onClick);
    return () => el.removeEventListener('click', onClick);
  });
  const onceObservation = observe('.w', () => {}, { once: true, shadow: true });
  const enhance = () => {};

  (() => {
    const container = document.createElement('div');
    for (let i = 0; i < 100; i++) {
      const el = document.createElement('p');
      el.className = 'w';
      container.append(el);
      finalizers.register(el, i);
    }
    document.body.append(container);
    observation.flush();
    onceObservation.flush();
    processOnce(container, '.w', enhance);
    expect(observation.has(container.firstElementChild as Element)).toBe(true);
    container.remove();
    observation.flush();
    onceObservation.flush();
  })();

  await collectUntil(() => collected === 100);
  expect(collected).toBe(100);
  observation.disconnect();
  onceObservation.disconnect();
});

it('lets elements still processed be collected with a disconnected observation', async () => {
  let collected = 0;
  const finalizers = new FinalizationRegistry(() => {
    collected++;
  });
  (() => {
    const container = document.createElement('div');
    container.innerHTML = '<p class="w"></p>'.repeat(50);
    for (const el of container.children) finalizers.register(el, 'p');
    document.body.append(container);
    const observation = observe('.w', () => {});
    observation.disconnect();
    container.remove();
  })();
  await collectUntil(() => collected === 50);
  expect(collected).toBe(50);
});

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
