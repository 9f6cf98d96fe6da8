import { collectUntil } from '@weakset-recipes-internal/testing';
import { expect, it } from 'vitest';
import { observe } from './observe.js';
import { processOnce } from './process-once.js';

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

// The workaround the README gives for Firefox, which keeps an undisconnected observation of a
// removed root alive while another MutationObserver watches the page: disconnect it.
it('lets a removed root be collected once its observation is disconnected, while another observer watches the page', async () => {
  let collected = 0;
  const finalizers = new FinalizationRegistry(() => {
    collected++;
  });
  const bystander = new MutationObserver(() => {});
  bystander.observe(document.body, { attributes: true, childList: true });
  try {
    (() => {
      const root = document.createElement('section');
      root.innerHTML = '<p class="w"></p>'.repeat(20);
      document.body.append(root);
      const observation = observe('.w[data-on]', () => {}, { root });
      finalizers.register(root, 'root');
      for (const el of root.children) finalizers.register(el, 'p');
      root.remove();
      observation.disconnect();
    })();
    await collectUntil(() => collected === 21);
    expect(collected).toBe(21);
  } finally {
    bystander.disconnect();
  }
});
