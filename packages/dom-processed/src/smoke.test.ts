// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { placeholder } from './index.js';

it('runs in happy-dom', () => {
  placeholder();
  document.body.innerHTML = '<p class="x">hi</p>';
  expect(document.querySelectorAll('.x').length).toBe(1);
});
