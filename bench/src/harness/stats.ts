import type { Measurement } from './results.js';

/** The median of `values` (NaN for none). Medians, not means: one GC pause must not move a result. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  if (sorted.length % 2 === 1) return upper;
  const lower = sorted[middle - 1] ?? Number.NaN;
  return (lower + upper) / 2;
}

/** Median absolute deviation: the robust counterpart of the standard deviation. */
export function medianAbsoluteDeviation(values: readonly number[]): number {
  const center = median(values);
  return median(values.map((value) => Math.abs(value - center)));
}

/** Summarizes per-round values into the median and its spread (MAD as a percentage of the median). */
export function summarize(values: readonly number[]): Measurement {
  const center = median(values);
  const deviation = medianAbsoluteDeviation(values);
  const spreadPercent = center === 0 ? 0 : (100 * deviation) / Math.abs(center);
  return { median: center, spreadPercent, samples: values.length };
}

/**
 * Speed of a measurement, whatever its unit, so that "higher is faster"
 * holds everywhere: ops/s as is, milliseconds inverted.
 */
export function speedOf(value: number, unit: 'ops/s' | 'ms'): number {
  if (unit === 'ops/s') return value;
  return value === 0 ? Number.POSITIVE_INFINITY : 1 / value;
}

/**
 * How much faster `subject` is than `baseline` (above 1: faster). Both zero
 * milliseconds count as equal speed; only `subject` at zero is infinitely faster.
 */
export function speedRatio(subject: number, baseline: number, unit: 'ops/s' | 'ms'): number {
  if (unit === 'ms' && subject === 0 && baseline === 0) return 1;
  const baselineSpeed = speedOf(baseline, unit);
  const subjectSpeed = speedOf(subject, unit);
  if (baselineSpeed === Number.POSITIVE_INFINITY) return subjectSpeed === baselineSpeed ? 1 : 0;
  return subjectSpeed / baselineSpeed;
}
