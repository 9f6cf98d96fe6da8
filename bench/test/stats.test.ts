import { describe, expect, it } from 'vitest';
import { median, medianAbsoluteDeviation, speedRatio, summarize } from '../src/harness/stats.js';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });

  it('ignores a single outlier such as a GC pause', () => {
    expect(median([10, 10, 11, 9, 1000])).toBe(10);
  });
});

describe('summarize', () => {
  it('reports the median, the spread as a percentage of it, and the sample count', () => {
    const summary = summarize([100, 110, 90, 100, 300]);
    expect(summary.median).toBe(100);
    expect(medianAbsoluteDeviation([100, 110, 90, 100, 300])).toBe(10);
    expect(summary.spreadPercent).toBeCloseTo(10);
    expect(summary.samples).toBe(5);
  });

  it('reports no spread for a zero median instead of dividing by zero', () => {
    expect(summarize([0, 0, 0]).spreadPercent).toBe(0);
  });
});

describe('speedRatio', () => {
  it('divides operations per second directly', () => {
    expect(speedRatio(300, 100, 'ops/s')).toBe(3);
  });

  it('inverts milliseconds, so fewer milliseconds is faster', () => {
    expect(speedRatio(10, 20, 'ms')).toBe(2);
  });

  it('counts zero milliseconds as infinitely fast, and two zeros as equal', () => {
    expect(speedRatio(0, 5, 'ms')).toBe(Number.POSITIVE_INFINITY);
    expect(speedRatio(5, 0, 'ms')).toBe(0);
    expect(speedRatio(0, 0, 'ms')).toBe(1);
  });
});
