import type { Row, Scenario, SuiteResult } from '../harness/results.js';
import { directionOf, formatRowValue } from './format.js';

const layout = {
  barMaxWidth: 400,
  /** Room right of the longest bar for its value label. */
  valueWidth: 90,
  /** A generous average glyph width of 12px system-ui bold text, so no label is clipped. */
  labelCharWidth: 7.3,
  rowHeight: 22,
  barHeight: 14,
  headingHeight: 34,
  scenarioGap: 14,
  titleHeight: 36,
};

const colors = { ours: '#2563eb', peer: '#9ca3af', text: '#111827', muted: '#6b7280' };

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

function scenarioHeight(scenario: Scenario): number {
  return layout.headingHeight + scenario.rows.length * layout.rowHeight + layout.scenarioGap;
}

function barWidth(row: Row, largest: number): number {
  const value = row.measurement?.median ?? 0;
  if (row.verdict !== 'ok' || largest <= 0 || !Number.isFinite(value)) return 0;
  return Math.max(1, (value / largest) * layout.barMaxWidth);
}

function rowLabel(row: Row): string {
  return row.ours ? `${row.contender} (ours)` : row.contender;
}

function scenarioSvg(scenario: Scenario, top: number, labelWidth: number): string {
  const values = scenario.rows.flatMap((row) =>
    row.verdict === 'ok' && row.measurement ? [row.measurement.median] : [],
  );
  const largest = values.length > 0 ? Math.max(...values) : 0;
  const heading = `${scenario.title} (${scenario.unit}, ${directionOf(scenario.unit)})`;
  const parts = [
    `<text x="0" y="${top + 20}" font-size="14" font-weight="600" fill="${colors.text}">${escapeXml(heading)}</text>`,
  ];
  scenario.rows.forEach((row, index) => {
    const y = top + layout.headingHeight + index * layout.rowHeight;
    const middle = y + layout.barHeight / 2 + 4;
    const label = rowLabel(row);
    parts.push(
      `<text x="${labelWidth - 8}" y="${middle}" text-anchor="end" font-size="12" fill="${colors.text}"${row.ours ? ' font-weight="600"' : ''}>${escapeXml(label)}</text>`,
    );
    const width = barWidth(row, largest);
    const valueText = formatRowValue(row, scenario.unit);
    if (row.verdict === 'ok') {
      parts.push(
        `<rect x="${labelWidth}" y="${y}" width="${width.toFixed(1)}" height="${layout.barHeight}" rx="2" fill="${row.ours ? colors.ours : colors.peer}"/>`,
        `<text x="${(labelWidth + width + 6).toFixed(1)}" y="${middle}" font-size="12" fill="${colors.text}">${escapeXml(valueText)}</text>`,
      );
    } else {
      parts.push(
        `<text x="${labelWidth}" y="${middle}" font-size="12" font-style="italic" fill="${colors.muted}">${escapeXml(`${valueText}: not timed`)}</text>`,
      );
    }
  });
  return parts.join('\n  ');
}

/**
 * A horizontal bar chart of every scenario of a suite, one block per
 * scenario (each scaled to its own largest value, since units and sizes
 * differ between scenarios). Hand-written so the bench needs no chart library.
 */
export function suiteSvg(result: SuiteResult): string {
  const longestLabel = Math.max(
    0,
    ...result.scenarios.flatMap((scenario) => scenario.rows.map((row) => rowLabel(row).length)),
  );
  const labelWidth = Math.max(160, Math.ceil(longestLabel * layout.labelCharWidth) + 16);
  const width = labelWidth + layout.barMaxWidth + layout.valueWidth;
  const blocks: string[] = [];
  let top = layout.titleHeight;
  for (const scenario of result.scenarios) {
    blocks.push(scenarioSvg(scenario, top, labelWidth));
    top += scenarioHeight(scenario);
  }
  const height = top + 8;
  const subtitle = `${result.machine.cpu}, Node ${result.machine.node}, ${result.machine.date.slice(0, 10)}${result.machine.quick ? ' (quick run)' : ''}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" role="img" aria-label="${escapeXml(`${result.title} benchmark`)}">`,
    `  <rect width="100%" height="100%" fill="#ffffff"/>`,
    `  <text x="0" y="18" font-size="16" font-weight="700" fill="${colors.text}">${escapeXml(result.title)}</text>`,
    `  <text x="${width}" y="18" text-anchor="end" font-size="11" fill="${colors.muted}">${escapeXml(subtitle)}</text>`,
    `  ${blocks.join('\n  ')}`,
    '</svg>',
    '',
  ].join('\n');
}
