import type { Measurement, Row, Unit, Verdict } from '../harness/results.js';

/** Three significant digits with a k/M/G suffix: 356M, 18.2M, 456k, 987. */
export function formatOpsPerSecond(value: number): string {
  const scales: Array<[number, string]> = [
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [scale, suffix] of scales) {
    if (Math.abs(value) >= scale) return `${toThreeDigits(value / scale)}${suffix}`;
  }
  return toThreeDigits(value);
}

function toThreeDigits(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function formatMilliseconds(value: number): string {
  return `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)} ms`;
}

export function formatValue(value: number, unit: Unit): string {
  return unit === 'ops/s' ? formatOpsPerSecond(value) : formatMilliseconds(value);
}

export function formatSpread(measurement: Measurement): string {
  return `±${measurement.spreadPercent.toFixed(1)}%`;
}

/** The ratio to the fastest peer: "1.00x" for that peer itself, "2.31x" for twice as fast. */
export function formatPeerRatio(row: Row): string {
  if (row.ratio === undefined) return '';
  if (row.ratio === Number.POSITIVE_INFINITY) return '∞';
  return `${row.ratio.toFixed(2)}x`;
}

const verdictLabels: Record<Exclude<Verdict, 'ok'>, string> = {
  wrong: 'wrong',
  throws: 'throws',
  hangs: 'hangs',
  unavailable: 'unavailable',
  'not-applicable': 'n/a',
};

/** The value cell of a row: its median, or why it has none. */
export function formatRowValue(row: Row, unit: Unit): string {
  if (row.verdict !== 'ok') return verdictLabels[row.verdict];
  return row.measurement ? formatValue(row.measurement.median, unit) : '';
}

export function directionOf(unit: Unit): string {
  return unit === 'ops/s' ? 'higher is better' : 'lower is better';
}
