import { engineLabel, engineRank, engineWithVersion } from '../engines.js';
import { formatRatio } from '../harness/ratios.js';
import type { ExtraTable, Goal, Scenario, SuiteResult } from '../harness/results.js';
import { directionOf, formatPeerRatio, formatRowValue, formatSpread } from './format.js';

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** One line naming where, when and on which engine the numbers were measured. */
export function machineLine(result: SuiteResult): string {
  const { machine } = result;
  const quick = machine.quick ? ' **Quick run (CI smoke): not for comparison.**' : '';
  return `Measured ${machine.date.slice(0, 10)} on ${machine.cpu} (${machine.cores} cores, ${machine.os}), ${engineWithVersion(result.engine, result.engineVersion)}.${quick}`;
}

export function scenarioMarkdown(scenario: Scenario): string {
  const groups = new Set(scenario.rows.map((row) => row.group));
  const showGroup = groups.size > 1;
  const extraColumns = scenario.extraColumns ?? [];
  const showNotes = scenario.rows.some((row) => row.detail !== undefined);
  const headers = [
    'contender',
    ...(showGroup ? ['guarantee'] : []),
    `${scenario.unit} (median)`,
    '±',
    showGroup ? 'vs fastest peer (same guarantee)' : 'vs fastest peer',
    ...extraColumns,
    ...(showNotes ? ['notes'] : []),
  ];
  const rows = scenario.rows.map((row) => [
    row.ours ? `**${row.contender}**` : row.contender,
    ...(showGroup ? [row.group] : []),
    formatRowValue(row, scenario.unit),
    row.measurement && row.verdict === 'ok' ? formatSpread(row.measurement) : '',
    formatPeerRatio(row),
    ...extraColumns.map((column) => row.extra?.[column] ?? ''),
    ...(showNotes ? [row.detail ?? ''] : []),
  ]);
  return [
    `#### ${scenario.title}`,
    '',
    `${scenario.description} (${scenario.unit}, ${directionOf(scenario.unit)}.)`,
    '',
    markdownTable(headers, rows),
  ].join('\n');
}

function goalVerdict(goal: Goal): string {
  if (goal.noCorrectBaseline) return '— no correct peer';
  if (goal.met === undefined) return '— not measured';
  return goal.met ? '✅ met' : '❌ missed';
}

export function goalsMarkdown(goals: readonly Goal[]): string {
  return markdownTable(
    ['issue', 'goal', 'verdict', 'measured'],
    goals.map((goal) => [goal.issue, goal.description, goalVerdict(goal), goal.summary]),
  );
}

export function extraTableMarkdown(table: ExtraTable): string {
  return [`#### ${table.title}`, '', table.description, '', markdownTable(table.headers, table.rows)].join(
    '\n',
  );
}

export interface SuiteMarkdownOptions {
  /**
   * Include the goals table (issue, goal, met or missed). The project's own goals belong in
   * bench/results and the benchmarks guide; what users read next to the code (a package README,
   * its guide) shows the results only.
   */
  goals?: boolean;
}

/**
 * The body of a suite's results: what the docs and the package README include
 * verbatim (so it starts at heading level 4 and carries its own machine line).
 */
export function suiteMarkdown(result: SuiteResult, { goals = true }: SuiteMarkdownOptions = {}): string {
  const parts = [machineLine(result), ...result.scenarios.map(scenarioMarkdown)];
  if (goals && result.goals.length > 0) {
    parts.push(['#### Goals', '', goalsMarkdown(result.goals)].join('\n'));
  }
  parts.push(...result.extraTables.map(extraTableMarkdown));
  if (result.notes.length > 0)
    parts.push(['#### How to read this', '', ...result.notes.map((note) => `- ${note}`)].join('\n'));
  return `${parts.join('\n\n')}\n`;
}

/** A suite's results on each engine it ran on, headline engine first. */
export function byEngine(results: readonly SuiteResult[]): SuiteResult[] {
  return [...results].sort((a, b) => engineRank(a.engine) - engineRank(b.engine));
}

/** Groups results by suite, keeping the order in which suites first appear. */
export function bySuite(results: readonly SuiteResult[]): SuiteResult[][] {
  const groups = new Map<string, SuiteResult[]>();
  for (const result of results) groups.set(result.suite, [...(groups.get(result.suite) ?? []), result]);
  return [...groups.values()].map(byEngine);
}

/** Our rows' speed against the fastest peer, on every engine: where each claim holds. */
export function enginesOverviewMarkdown(results: readonly SuiteResult[]): string {
  const engines = byEngine(results);
  const [headline] = engines;
  if (!headline || engines.length < 2) return '';
  const rows: string[][] = [];
  for (const scenario of headline.scenarios) {
    for (const row of scenario.rows.filter((candidate) => candidate.ours)) {
      rows.push([
        `${scenario.title}: ${row.contender}`,
        ...engines.map((result) => {
          const same = result.scenarios
            .find((candidate) => candidate.id === scenario.id)
            ?.rows.find((candidate) => candidate.contender === row.contender);
          return same ? formatPeerRatio(same) : 'not run';
        }),
      ]);
    }
  }
  return [
    '#### Across engines',
    '',
    'Each of our rows against the fastest peer with the same guarantee, measured on each engine in its own run (above 1x: faster than every peer there).',
    '',
    markdownTable(['scenario: contender', ...engines.map((result) => engineLabel(result.engine))], rows),
  ].join('\n');
}

function goalCell(goal: Goal | undefined): string {
  if (goal?.noCorrectBaseline) return '— no correct peer';
  if (!goal || goal.measured === undefined || goal.met === undefined) return '— not measured';
  // Results stored in latest.json come back with an infinite ratio (a subject that took no
  // measurable time) as null, since JSON has no Infinity.
  if ((goal.measured as number | null) === null) return goal.met ? '✅ ∞' : '— not measured';
  return `${goal.met ? '✅' : '❌'} ${formatRatio(goal.measured)}`;
}

/** Every goal of a suite, evaluated on each engine (target and measured ratio per engine). */
export function goalsAcrossEnginesMarkdown(results: readonly SuiteResult[]): string {
  const engines = byEngine(results);
  const [headline] = engines;
  if (!headline || headline.goals.length === 0) return '';
  const rows = headline.goals.map((goal, index) => [
    goal.issue,
    goal.description,
    `≥ ${formatRatio(goal.target)}`,
    ...engines.map((result) =>
      goalCell(
        result.goals.find((candidate) => candidate.description === goal.description) ?? result.goals[index],
      ),
    ),
  ]);
  return [
    '#### Goals on each engine',
    '',
    markdownTable(['issue', 'goal', 'target', ...engines.map((result) => engineLabel(result.engine))], rows),
  ].join('\n');
}

export interface EnginesMarkdownOptions {
  /** Include the goals (bench/results and the benchmarks guide); never in what users read. */
  goals: boolean;
  /** Every engine's full tables (bench/results), or only the headline engine's plus the overview. */
  everyEngine: boolean;
}

/**
 * A suite's results across engines: the headline engine's tables (Node 24 for server suites,
 * Chromium for page suites), the across-engines overview of our rows, optionally the goals on each
 * engine, and optionally every other engine's tables under its own heading.
 */
export function suiteEnginesMarkdown(
  results: readonly SuiteResult[],
  { goals, everyEngine }: EnginesMarkdownOptions,
): string {
  const [headline, ...others] = byEngine(results);
  if (!headline) return '';
  const parts = [suiteMarkdown(headline, { goals: false }).trimEnd()];
  const overview = enginesOverviewMarkdown(results);
  if (overview) parts.push(overview);
  if (goals) {
    const goalsTable = others.length > 0 ? goalsAcrossEnginesMarkdown(results) : '';
    if (goalsTable) parts.push(goalsTable);
    else if (headline.goals.length > 0)
      parts.push(['#### Goals', '', goalsMarkdown(headline.goals)].join('\n'));
  }
  if (everyEngine) {
    for (const result of others) {
      parts.push(
        `### On ${engineLabel(result.engine)}\n\n${suiteMarkdown(result, { goals: false }).trimEnd()}`,
      );
    }
  }
  return `${parts.join('\n\n')}\n`;
}

/** Every suite under its own `##` heading, goals on each engine included: the benchmarks guide's body. */
export function summaryBody(results: readonly SuiteResult[]): string {
  return `${bySuite(results)
    .map(
      (group) =>
        `## ${group[0]?.title ?? ''}\n\n${suiteEnginesMarkdown(group, { goals: true, everyEngine: false }).trimEnd()}`,
    )
    .join('\n\n')}\n`;
}

/** Every suite in one page (bench/results/summary.md). */
export function summaryMarkdown(results: readonly SuiteResult[]): string {
  const intro = [
    '# Benchmark results',
    '',
    'Generated by `pnpm bench` (bench/). Each suite validates every contender before timing it; a wrong answer is never ranked. Medians over interleaved rounds; ± is the median absolute deviation across rounds.',
  ].join('\n');
  return results.length > 0 ? `${intro}\n\n${summaryBody(results)}` : `${intro}\n`;
}
