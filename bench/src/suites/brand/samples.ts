/**
 * Hot-loop inputs for the brand suite: the same mix of hits and misses for
 * every contender, in an order no branch predictor can learn in a few rounds.
 */

export const sampleSize = 4096;

/** Whether position `index` of a sample is a hit: a fixed pseudo-random half of the positions. */
export function hitPattern(size: number): boolean[] {
  let state = 0x2545f491;
  return Array.from({ length: size }, () => {
    // xorshift32: deterministic, so every run and every contender sees the same pattern.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state & 1) === 1;
  });
}

/** A sample of `size` values: `makeHit(i)` where the pattern says hit, a plain look-alike object elsewhere. */
export function mixedSample(
  size: number,
  makeHit: (index: number) => object,
): { sample: object[]; hits: number } {
  const pattern = hitPattern(size);
  const sample = pattern.map((isHit, index) => (isHit ? makeHit(index) : { amount: index }));
  return { sample, hits: pattern.filter(Boolean).length };
}

/**
 * How many of the objects a construction loop made stay reachable (in a ring of the most recent),
 * so escape analysis cannot skip making them.
 */
export const keptObjects = 64;
