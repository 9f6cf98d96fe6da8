/**
 * The run order of one round: rotated by the round number and reversed on
 * odd rounds, so that over the rounds every contender runs early, late and
 * after each of the others. A machine that gets noisy for a while (thermal
 * throttling, another process) then shifts everyone alike instead of
 * whoever happened to run at that moment.
 */
export function roundOrder<T>(items: readonly T[], round: number): T[] {
  if (items.length === 0) return [];
  const shift = round % items.length;
  const rotated = [...items.slice(shift), ...items.slice(0, shift)];
  return round % 2 === 1 ? rotated.reverse() : rotated;
}
