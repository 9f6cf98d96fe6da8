import { expect, it } from 'vitest';

it('runs in chromium with gc exposed', () => {
  document.body.innerHTML = '<p class="x">hi</p>';
  expect(document.querySelectorAll('.x').length).toBe(1);
  expect(typeof (globalThis as { gc?: unknown }).gc).toBe('function');
  expect(navigator.userAgent).toContain('Chrome');
});
