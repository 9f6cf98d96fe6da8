import { describe, expect, it } from 'vitest';
import { attributeOptionsFor, dependsOnAnything } from './attribute-filter.js';

const filterOf = (selector: string) => new Set(attributeOptionsFor(selector).attributeFilter);

describe('attributeOptionsFor', () => {
  it('watches no attribute for selectors made of tags and combinators only', () => {
    for (const selector of ['p', 'main > article p', '*', 'ul li a']) {
      expect(attributeOptionsFor(selector)).toEqual({});
    }
  });

  it('watches the attribute named by [name] and [name=value], whatever the operator', () => {
    expect(filterOf('[data-x]')).toEqual(new Set(['data-x']));
    expect(filterOf('[data-x=y]')).toEqual(new Set(['data-x']));
    expect(filterOf('[ data-x ~= "y" ]')).toEqual(new Set(['data-x']));
    expect(filterOf('[lang|=en][href^=http][src$=".png" i][title*=a]')).toEqual(
      new Set(['lang', 'href', 'src', 'title', 'class']),
    );
  });

  it('lists a name as written and lower-cased: SVG keeps the case, HTML lower-cases it', () => {
    expect(filterOf('svg[viewBox]')).toEqual(new Set(['viewBox', 'viewbox']));
    expect(filterOf('[data-Tab=x]')).toEqual(new Set(['data-Tab', 'data-tab']));
  });

  it('watches class for class selectors and id for id selectors', () => {
    expect(filterOf('.foo')).toEqual(new Set(['class']));
    expect(filterOf('#main')).toEqual(new Set(['id']));
    expect(filterOf('div#main.foo.bar')).toEqual(new Set(['class', 'id']));
  });

  it('reads attribute names inside :not(), :is() and :where()', () => {
    expect(filterOf('p:not([hidden]):is(.a, [data-b]):where(#c)')).toEqual(
      new Set(['hidden', 'class', 'data-b', 'id']),
    );
  });

  it('watches every attribute when the selector depends on something it does not name', () => {
    for (const selector of [
      'input:checked',
      'a:hover',
      ':lang(en) p',
      'p::before',
      '.md\\:flex',
      '[xlink|href]',
    ]) {
      expect(attributeOptionsFor(selector)).toEqual({ attributes: true });
    }
  });
});

describe('dependsOnAnything', () => {
  it('flags sibling combinators, structural pseudo-classes and :has()', () => {
    for (const selector of [
      'a + b',
      'a ~ b',
      'li:first-child',
      'li:nth-child(2n)',
      'div:has(img)',
      'p:empty',
    ]) {
      expect(dependsOnAnything.test(selector)).toBe(true);
    }
  });

  it('passes plain selectors and the attribute operators ~= and |=', () => {
    for (const selector of [
      '.open .item',
      'ul > li',
      '[class~=a]',
      '[lang|=en]',
      ':not(.a)',
      ':is(a, b)',
      ':where(p)',
    ]) {
      expect(dependsOnAnything.test(selector)).toBe(false);
    }
  });
});
