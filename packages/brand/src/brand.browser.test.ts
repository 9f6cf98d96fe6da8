import { describe, expect, it } from 'vitest';
import { branded } from './branded.js';
import { createBrand } from './create-brand.js';

function openFrame(): Window & typeof globalThis {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  return frame.contentWindow as Window & typeof globalThis;
}

describe('across realms (an iframe in Chromium)', () => {
  it('keeps the brand of an object after a round trip through an iframe', () => {
    const Token = createBrand<object>('Token');
    const token = Token.add({ id: 1 });
    const frame = openFrame() as unknown as { held?: object; eval(code: string): unknown };
    frame.held = token;
    const back = frame.eval('window.held') as object;
    expect(back).toBe(token);
    expect(Token.has(back)).toBe(true);
  });

  it('brands an iframe object only if it was added, where instanceof Object already fails', () => {
    const Token = createBrand<object>('Token');
    const frame = openFrame();
    const foreign = new frame.Object();
    expect(foreign instanceof Object).toBe(false);
    expect(Token.has(foreign)).toBe(false);
    Token.add(foreign);
    expect(Token.has(foreign)).toBe(true);
  });

  it('recognises a decorated class instance after a round trip through an iframe', () => {
    class Money {}
    const Branded = branded(Money, { kind: 'class', name: 'Money' } as ClassDecoratorContext<typeof Money>);
    const money = new Branded();
    const frame = openFrame() as unknown as { held?: object; eval(code: string): unknown };
    frame.held = money;
    expect(frame.eval('window.held') instanceof Branded).toBe(true);
    expect(frame.eval('({})') instanceof Branded).toBe(false);
  });
});
