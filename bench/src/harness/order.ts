/**
 * The run order of one round, from a balanced Latin square (a Williams design): over one period
 * of rounds (`roundsPerPeriod`) every contender runs once in every position and right after each
 * of the others equally often. Position matters because a machine that gets noisy for a while
 * (thermal throttling, another process) should shift everyone alike; the predecessor matters
 * because the work a contender leaves behind (garbage, a renderer's cleanup in the browser) lands
 * on whoever runs next. A rotation alone gives each contender the same one or two predecessors in
 * every round, which once put the cheapest contender behind the heaviest in every browser round.
 */
export function roundOrder<T>(items: readonly T[], round: number): T[] {
  const count = items.length;
  const row = round % roundsPerPeriod(count);
  // The first row visits 0, n-1, 1, n-2, …: every step between neighbours is a different
  // distance, so shifting the row by one per round pairs every contender with every other.
  const order: T[] = [];
  for (let step = 0, low = 0, high = count - 1; step < count; step++) {
    const base = step % 2 === 0 ? low++ : high--;
    order.push(items[(base + row) % count]!);
  }
  // With an odd count the shifted rows cover each ordered pair in one direction only; their
  // mirror images cover the other.
  return row >= count ? order.reverse() : order;
}

/** Rounds in one full period of {@link roundOrder}: `count` when even, `2 × count` when odd. */
export function roundsPerPeriod(count: number): number {
  return Math.max(1, count % 2 === 0 ? count : 2 * count);
}

/** `minimum` rounded up to whole periods of {@link roundOrder}, so every ordering is used alike. */
export function balancedRounds(minimum: number, count: number): number {
  const period = roundsPerPeriod(count);
  return Math.ceil(minimum / period) * period;
}
