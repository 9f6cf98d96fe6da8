// @not-applicable browsers, bun: compares against node:util, which browsers lack and Bun gets wrong for boxed Map keys
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectObjects, errorsAndPatterns, richValue } from './arbitraries.js';
import { deepEqual } from './deep-equal.js';

const value = fc.oneof(
  richValue,
  errorsAndPatterns,
  fc.array(fc.oneof(richValue, errorsAndPatterns), { maxLength: 3 }),
);
const nodeMajor = Number(process.versions.node.split('.')[0]);

/** Node before 24 calls two invalid Dates unequal, even one with itself: a Node bug, not a semantic. */
function hasInvalidDate(root: unknown): boolean {
  return [...collectObjects(root)].some((found) => found instanceof Date && Number.isNaN(found.getTime()));
}

function agrees(a: unknown, b: unknown): void {
  fc.pre(nodeMajor >= 24 || !(hasInvalidDate(a) || hasInvalidDate(b)));
  expect(deepEqual(a, b)).toBe(isDeepStrictEqual(a, b));
}

/** Changes one thing somewhere inside a value, so the pair differs in one place only. */
function mutate(root: unknown, pick: number, change: unknown): unknown {
  const objects = [...collectObjects(root)].filter((found) => !ArrayBuffer.isView(found));
  if (objects.length === 0) return change;
  const target = objects[pick % objects.length] as Record<PropertyKey, unknown>;
  if (target instanceof Map) target.set(`changed ${pick}`, change);
  else if (target instanceof Set) target.add(change);
  else if (Object.isExtensible(target)) {
    const keys = Object.keys(target);
    const key = keys.length > 0 && pick % 2 === 0 ? keys[pick % keys.length]! : `changed${pick}`;
    try {
      target[key] = change;
    } catch {
      return change;
    }
  }
  return root;
}

describe("deepEqual agrees with node:util's isDeepStrictEqual (Node only)", () => {
  it('on two values built alike', () => {
    fc.assert(
      fc.property(fc.clone(value, 2), ([a, b]) => agrees(a, b)),
      { numRuns: 400 },
    );
  });

  it('on two values built alike, one then changed in one place', () => {
    fc.assert(
      fc.property(fc.clone(value, 2), fc.nat(), richValue, ([a, b], pick, change) =>
        agrees(a, mutate(b, pick, change)),
      ),
      { numRuns: 400 },
    );
  });

  it('on unrelated values', () => {
    fc.assert(
      fc.property(value, value, (a, b) => agrees(a, b)),
      { numRuns: 400 },
    );
  });
});
