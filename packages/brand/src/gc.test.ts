import { isCollected } from '@weakset-recipes-internal/testing';
import { describe, expect, it } from 'vitest';
import { branded } from './branded.js';
import { createBrand } from './create-brand.js';

describe('branded objects stay collectable', () => {
  it('for objects added to a brand', async () => {
    const Token = createBrand<object>('Token');
    expect(await isCollected(() => Token.add({ secret: 'x' }))).toBe(true);
  });

  it('for instances of a decorated class', async () => {
    const Session = branded(class Session {});
    expect(await isCollected(() => new Session())).toBe(true);
  });

  it('for a decorated class itself, once nothing refers to it', async () => {
    expect(await isCollected(() => branded(class Session {}))).toBe(true);
  });
});
