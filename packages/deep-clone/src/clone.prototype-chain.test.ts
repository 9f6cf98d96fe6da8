import { describe, expect, it } from 'vitest';
import { modes } from './test-support/modes.js';

/** The copy's own data property `key`, as `Object.getOwnPropertyDescriptor` reports it. */
function ownValue(target: object, key: PropertyKey): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  return descriptor && 'value' in descriptor ? descriptor.value : 'not an own data property';
}

describe.each(modes)(
  'own properties are defined, whatever the prototype chain holds ($name)',
  ({ clone }) => {
    it('a class field over an inherited getter', () => {
      class Base {
        get x(): unknown {
          return 'from the prototype';
        }
      }
      class Sub extends Base {
        // @ts-expect-error TypeScript refuses a field over an accessor; JavaScript defines it on the instance.
        x = 5;
      }
      const copy = clone(new Sub());
      expect(copy).toBeInstanceOf(Sub);
      expect(ownValue(copy, 'x')).toBe(5);
    });

    it('an own property over an inherited setter, which never runs on the copy', () => {
      const written: unknown[] = [];
      class Recorder {
        set value(next: unknown) {
          written.push(next);
        }
      }
      const source = Object.defineProperty(new Recorder(), 'value', {
        value: { payload: 1 },
        writable: true,
        enumerable: true,
        configurable: true,
      });
      const copy = clone(source);
      expect(written).toEqual([]);
      expect(ownValue(copy, 'value')).toEqual({ payload: 1 });
    });

    it('an own property over a method of a frozen class prototype', () => {
      class Widget {
        render(): string {
          return 'prototype';
        }
      }
      Object.freeze(Widget.prototype);
      const source = Object.defineProperty(new Widget(), 'render', {
        value: { template: 'own' },
        writable: true,
        enumerable: true,
        configurable: true,
      });
      const copy = clone(source);
      expect(ownValue(copy, 'render')).toEqual({ template: 'own' });
    });

    it("extra properties of a Map over its subclass's accessors", () => {
      class Registry extends Map<string, number> {
        get label(): string {
          return 'computed';
        }
      }
      const source = Object.defineProperty(new Registry([['a', 1]]), 'label', {
        value: 'own',
        writable: true,
        enumerable: true,
        configurable: true,
      });
      const copy = clone(source);
      expect(copy.get('a')).toBe(1);
      expect(ownValue(copy, 'label')).toBe('own');
    });

    it('an own __proto__ key on a class instance, which never changes its prototype', () => {
      class Plain {}
      const source = Object.defineProperty(new Plain(), '__proto__', {
        value: { polluted: true },
        writable: true,
        enumerable: true,
        configurable: true,
      });
      const copy = clone(source);
      expect(Object.getPrototypeOf(copy)).toBe(Plain.prototype);
      expect(ownValue(copy, '__proto__')).toEqual({ polluted: true });
    });
  },
);
