import { describe, expect, it } from 'vitest';
import { clone } from './clone.js';

describe('clone', () => {
  it('returns primitives', () => {
    expect(clone(1)).toBe(1);
  });
});
