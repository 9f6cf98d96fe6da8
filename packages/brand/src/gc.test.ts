import { isCollected } from '@weakset-recipes-internal/testing';
import { describe, expect, it } from 'vitest';
import { branded } from './branded.js';
import { createBrand } from './create-brand.js';

describe('branded objects stay collectable', () => {
  it('for objects added to a brand', async () => {
    const Token = createBrand<object>('Token');
    expect(await isCollected(() => Token.add({ secret: 'x' }))).toBe(true);
  });

  it('for instances of a decorated class, added by hand or deleted', async () => {
    class Session {}
    const Branded = branded(Session, { kind: 'class', name: 'Session' } as ClassDecoratorContext<
      typeof Session
    >);
    expect(await isCollected(() => new Branded())).toBe(true);
  });
});
