import { expectTypeOf } from 'vitest';
import { observe } from './observe.js';
import { processOnce } from './process-once.js';
import type { AddFn, ElementFor, Handler, Observation, ObserveOptions, ProcessOnceOptions } from './types.js';

// A tag-name selector gives its element type, as querySelector does.
observe('textarea', (el) => {
  expectTypeOf(el).toEqualTypeOf<HTMLTextAreaElement>();
  return el.value;
});
observe('circle', (el) => expectTypeOf(el).toEqualTypeOf<SVGCircleElement>());
observe('mfrac', (el) => expectTypeOf(el).toEqualTypeOf<MathMLElement>());
observe('textarea', {
  add: (el) => expectTypeOf(el).toEqualTypeOf<HTMLTextAreaElement>(),
  remove: (el) => expectTypeOf(el).toEqualTypeOf<HTMLTextAreaElement>(),
});
observe('textarea', () => {}, {
  onError: (_error, el) => expectTypeOf(el).toEqualTypeOf<HTMLTextAreaElement>(),
});

// Any other selector gives Element, unless the handler says which element it takes.
observe('.card > p', (el) => expectTypeOf(el).toEqualTypeOf<Element>());
observe('textarea[data-autogrow]', (el: HTMLTextAreaElement) => el.value);
observe('[data-grow]', { add: (el: HTMLTextAreaElement) => el.select() });
const selector: string = 'textarea';
observe(selector, (el) => expectTypeOf(el).toEqualTypeOf<Element>());

// Initializers may return anything: a cleanup, a value, a promise.
observe('.x', () => () => {});
observe('.x', () => 42);
observe('.x', async () => {});
observe('.x', { add: async () => {}, remove: () => 'ignored' });
const addFn: AddFn = async () => {};
expectTypeOf(addFn).parameters.toEqualTypeOf<[Element]>();
expectTypeOf<AddFn<HTMLInputElement>>().parameters.toEqualTypeOf<[HTMLInputElement]>();
expectTypeOf<{ add: AddFn; remove: (el: Element) => void }>().toExtend<Handler>();
expectTypeOf<Promise<void>>().toExtend<ReturnType<AddFn>>();

// @ts-expect-error the handler is required
observe('.x');
// @ts-expect-error a selector is a string
observe(document.body, () => {});
// @ts-expect-error an object handler needs add
observe('.x', { remove: () => {} });
// @ts-expect-error the root is a node
observe('.x', () => {}, { root: '#app' });

expectTypeOf(observe('.x', () => {})).toEqualTypeOf<Observation>();
expectTypeOf<Observation['has']>().returns.toBeBoolean();
expectTypeOf<ObserveOptions['root']>().toEqualTypeOf<ParentNode | undefined>();
expectTypeOf<ElementFor<'a'>>().toEqualTypeOf<HTMLAnchorElement>();
expectTypeOf<ElementFor<'p.intro'>>().toEqualTypeOf<Element>();

// processOnce: the same element typing, a count, and an optional key.
processOnce(document, 'input', (el) => expectTypeOf(el).toEqualTypeOf<HTMLInputElement>());
processOnce(document, '.copy', (el: HTMLButtonElement) => el.click(), { key: 'copy' });
processOnce(document, '.copy', () => {}, { key: Symbol('copy') });
expectTypeOf(processOnce(document, '.x', () => {})).toBeNumber();
expectTypeOf<ProcessOnceOptions['key']>().toEqualTypeOf<string | symbol | undefined>();
// @ts-expect-error a key is a string or a symbol
processOnce(document, '.x', () => {}, { key: 42 });
// @ts-expect-error the root comes first
processOnce('.x', () => {});
