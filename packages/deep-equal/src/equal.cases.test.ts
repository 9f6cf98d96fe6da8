import { describe, expect, it } from 'vitest';
import { createEqual } from './create-equal.js';
import { difference } from './difference.js';
import { equal } from './equal.js';
import {
  allCases,
  arrayCases,
  binaryCases,
  builtinCases,
  collectionCases,
  objectCases,
  primitiveCases,
} from './test-support/cases.js';

const suites = {
  primitives: primitiveCases,
  objects: objectCases,
  arrays: arrayCases,
  'Map and Set': collectionCases,
  'built-ins': builtinCases,
  'binary data': binaryCases,
};
const viaCreateEqual = createEqual();

describe.each(Object.entries(suites))('%s', (_, cases) => {
  it.each(cases)('$name', ({ a, b, equal: expected, path, reason }) => {
    expect(equal(a, b)).toBe(expected);
    expect(equal(b, a)).toBe(expected);
    expect(viaCreateEqual(a, b)).toBe(expected);
    const found = difference(a, b);
    if (expected) expect(found).toBeUndefined();
    else expect(found).toMatchObject({ reason, path });
  });
});

describe('the same value on both sides', () => {
  it.each(allCases)('$name: each side equals itself and a structural twin', ({ a, b }) => {
    expect(equal(a, a)).toBe(true);
    expect(equal(b, b)).toBe(true);
  });
});
