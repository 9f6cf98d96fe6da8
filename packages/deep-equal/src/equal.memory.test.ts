import { isCollected } from '@weakset-recipes-internal/testing';
import { describe, expect, it } from 'vitest';
import { createEqual } from './create-equal.js';
import { equal } from './equal.js';
import { handle } from './handle.js';

class Shape {
  constructor(readonly sides: number) {}
}

describe('memory', () => {
  it('lets a class compared by equal() be collected (built-in kinds are remembered weakly)', async () => {
    expect(
      await isCollected(() => {
        class Square extends Shape {}
        expect(equal(new Square(4), new Square(4))).toBe(true);
        return Square;
      }),
    ).toBe(true);
  });

  it('lets a class be collected while a createEqual() with handlers that matched it lives on', async () => {
    const sameShape = createEqual({ handlers: [handle(Shape, (a, b) => a.sides === b.sides)] });
    expect(
      await isCollected(() => {
        class Triangle extends Shape {}
        expect(sameShape(new Triangle(3), new Triangle(3))).toBe(true);
        return Triangle;
      }),
    ).toBe(true);
    expect(sameShape(new Shape(3), new Shape(4))).toBe(false);
  });

  it('keeps nothing it compared alive after the call, even when the comparison threw', async () => {
    const same = createEqual();
    expect(
      await isCollected(() => {
        const value = { deep: { list: [1, 2, 3] } };
        same(value, { deep: { list: [1, 2, 3] } });
        return value;
      }),
    ).toBe(true);
    expect(
      await isCollected(() => {
        const value = {
          nested: {
            get boom(): never {
              throw new Error('boom');
            },
          },
        };
        expect(() => same(value, { nested: { boom: 1 } })).toThrow('boom');
        return value;
      }),
    ).toBe(true);
  });
});
