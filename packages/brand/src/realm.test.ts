// @not-applicable browsers: builds realms with node:vm (brand.browser.test.ts builds them with iframes)
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { brandOf } from './brand-of.js';
import { branded } from './branded.js';
import { createBrand } from './create-brand.js';

describe('across realms (node:vm)', () => {
  it('keeps the brand of an object after a round trip through another realm', () => {
    const Token = createBrand<object>('Token');
    const token = Token.add({ id: 1 });
    const realm = createContext({ token });
    const back = runInContext('const held = [token]; held[0]', realm) as object;
    expect(back).toBe(token);
    expect(Token.has(back)).toBe(true);
  });

  it('brands an object made in another realm only if it was added', () => {
    const Token = createBrand<object>('Token');
    const foreign = runInContext('({ id: 2 })', createContext({})) as object;
    expect(foreign instanceof Object).toBe(false);
    expect(Token.has(foreign)).toBe(false);
    Token.add(foreign);
    expect(Token.has(foreign)).toBe(true);
  });

  it('recognises class instances that went through another realm, and no instance made there', () => {
    class Money {
      constructor(readonly cents: number) {}
    }
    const Branded = branded(Money, { kind: 'class', name: 'Money' } as ClassDecoratorContext<typeof Money>);
    const money = new Branded(3);
    const realm = createContext({ money });
    const back = runInContext('money', realm) as Money;
    expect(back instanceof Branded).toBe(true);
    // A realm's own Object is not ours: its objects fail our instanceof Object...
    const lookAlike = runInContext('({ cents: 3 })', realm) as object;
    expect(lookAlike instanceof Branded).toBe(false);
    // ...and an instance of that realm's own Money is not ours: only our constructor brands.
    const foreignMoney = runInContext(
      'new (class Money { constructor() { this.cents = 3 } })()',
      realm,
    ) as object;
    expect(foreignMoney instanceof Money).toBe(false);
    expect(foreignMoney instanceof Branded).toBe(false);
    expect(brandOf(Branded)).not.toHaveProperty('add');
  });

  it('brands a class that extends a class from another realm', () => {
    const Foreign = runInContext(
      '(class Foreign { constructor() { this.made = true } })',
      createContext({}),
    ) as new () => {
      made: boolean;
    };
    const Local = branded(class Local extends Foreign {});
    const local = new Local();
    expect(local.made && local instanceof Local && brandOf(Local)?.has(local)).toBe(true);
    expect(new Foreign() instanceof Local).toBe(false);
  });
});
