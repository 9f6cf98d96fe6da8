import { engineWithVersion } from '../engines.js';
import type { Goal, SuiteResult } from '../harness/results.js';
import { formatPeerRatio, formatRowValue, formatSpread } from './format.js';

function pad(text: string, width: number, alignRight: boolean): string {
  return alignRight ? text.padStart(width) : text.padEnd(width);
}

/** A plain-text table with columns sized to their content; numbers right-aligned. */
export function textTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: readonly number[] = [],
): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => pad(cell, widths[column] ?? 0, rightAligned.includes(column))).join('  ');
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function goalLine(goal: Goal): string {
  const mark = goal.met === undefined ? '?' : goal.met ? 'ok ' : 'MISS';
  return `  [${mark}] ${goal.issue} ${goal.description}: ${goal.summary}`;
}

/** What `pnpm bench` prints for a suite. */
export function suiteConsoleReport(result: SuiteResult): string {
  const parts = [
    `\n== ${result.title} on ${engineWithVersion(result.engine, result.engineVersion)} (${result.durationSeconds.toFixed(0)} s) ==`,
  ];
  for (const scenario of result.scenarios) {
    const extraColumns = scenario.extraColumns ?? [];
    const rows = scenario.rows.map((row) => [
      `${row.ours ? '* ' : '  '}${row.contender}`,
      row.group,
      formatRowValue(row, scenario.unit),
      row.measurement && row.verdict === 'ok' ? formatSpread(row.measurement) : '',
      formatPeerRatio(row),
      ...extraColumns.map((column) => row.extra?.[column] ?? ''),
      truncate(row.detail ?? '', 110),
    ]);
    parts.push(
      `\n${scenario.title}: ${scenario.description}`,
      textTable(
        ['contender', 'guarantee', scenario.unit, '±', 'vs peer', ...extraColumns, 'notes'],
        rows,
        [2, 3, 4],
      ),
    );
  }
  for (const table of result.extraTables)
    parts.push(`\n${table.title}`, textTable(table.headers, table.rows));
  if (result.goals.length > 0) parts.push('\nGoals', ...result.goals.map(goalLine));
  return parts.join('\n');
}
