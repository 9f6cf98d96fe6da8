import { browserBenchEngines } from '../engines.js';
import { type Attempt, describeError } from '../harness/contenders.js';
import { balancedRounds, roundOrder } from '../harness/order.js';
import { assignRatios, evaluateGoal } from '../harness/ratios.js';
import type { Goal, Row, Scenario, SuiteOutcome } from '../harness/results.js';
import { median, summarize } from '../harness/stats.js';
import type { InsertionResult, NoiseResult } from './dom-processed/page/types.js';
import {
  BrowserSession,
  bundleInstrumentation,
  type ContenderPage,
  contenderPages,
  type DrivenPage,
} from './dom-processed/pages.js';
import type { Suite, SuiteContext } from './suite.js';

interface Sizes {
  elementCount: number;
  batchSize: number;
  noiseChanges: number;
  insertionRounds: number;
  noiseRounds: number;
  /** Runs per contender of the scenarios that start cold (a fresh page or observation each). */
  coldRounds: number;
  /** Untimed runs per contender after the validating one, so the JIT has settled. */
  warmups: number;
}

function sizesFor(quick: boolean): Sizes {
  if (quick) {
    return {
      elementCount: 2_000,
      batchSize: 100,
      noiseChanges: 2_000,
      insertionRounds: 3,
      noiseRounds: 3,
      coldRounds: 3,
      warmups: 1,
    };
  }
  return {
    elementCount: 10_000,
    batchSize: 100,
    noiseChanges: 10_000,
    insertionRounds: 25,
    noiseRounds: 10,
    coldRounds: 25,
    warmups: 3,
  };
}

const group = 'init once per match';

interface RunOutcome {
  ms: number;
  problem?: string;
  /** Secondary figures of one run, by column name. */
  extras?: Record<string, number | string>;
}

/**
 * Runs one scenario in every contender's page: a validating run first (a
 * contender that initializes anything wrong is "wrong" and never timed),
 * warm-ups, then interleaved rounds of one run per contender each.
 */
async function measureScenario(
  pages: ReadonlyMap<ContenderPage, Attempt<DrivenPage>>,
  runOnce: (page: DrivenPage, contender: ContenderPage) => Promise<RunOutcome>,
  rounds: number,
  warmups: number,
): Promise<Map<ContenderPage, { row: Omit<Row, 'contender' | 'group' | 'ours'>; runs: RunOutcome[] }>> {
  const failures = new Map<ContenderPage, Omit<Row, 'contender' | 'group' | 'ours'>>();
  const runs = new Map<ContenderPage, RunOutcome[]>();
  const attemptRun = async (contender: ContenderPage, page: DrivenPage): Promise<RunOutcome | undefined> => {
    try {
      const outcome = await runOnce(page, contender);
      if (outcome.problem !== undefined) {
        failures.set(contender, { verdict: 'wrong', detail: outcome.problem });
        return undefined;
      }
      if (!Number.isFinite(outcome.ms)) {
        failures.set(contender, { verdict: 'wrong', detail: 'never finished' });
        return undefined;
      }
      return outcome;
    } catch (error) {
      failures.set(contender, { verdict: 'throws', detail: describeError(error) });
      return undefined;
    }
  };
  const live = () =>
    [...pages.keys()].filter((contender) => pages.get(contender)?.ok && !failures.has(contender));
  for (const [contender, page] of pages) {
    if (!page.ok) failures.set(contender, { verdict: 'unavailable', detail: page.error });
  }
  for (let warmup = 0; warmup <= warmups; warmup++) {
    for (const contender of live())
      await attemptRun(contender, (pages.get(contender) as { value: DrivenPage }).value);
  }
  const contenders = live();
  for (let round = 0; round < balancedRounds(rounds, contenders.length); round++) {
    for (const contender of roundOrder(contenders, round)) {
      if (failures.has(contender)) continue;
      const outcome = await attemptRun(contender, (pages.get(contender) as { value: DrivenPage }).value);
      if (outcome) runs.set(contender, [...(runs.get(contender) ?? []), outcome]);
    }
  }
  const results = new Map<
    ContenderPage,
    { row: Omit<Row, 'contender' | 'group' | 'ours'>; runs: RunOutcome[] }
  >();
  for (const contender of pages.keys()) {
    const failure = failures.get(contender);
    const contenderRuns = runs.get(contender) ?? [];
    if (failure) results.set(contender, { row: failure, runs: contenderRuns });
    else if (contenderRuns.length === 0)
      results.set(contender, { row: { verdict: 'throws', detail: 'no timed run' }, runs: [] });
    else {
      results.set(contender, {
        row: { verdict: 'ok', measurement: summarize(contenderRuns.map((run) => run.ms)) },
        runs: contenderRuns,
      });
    }
  }
  return results;
}

function toScenario(
  meta: { id: string; title: string; description: string; extraColumns?: string[] },
  results: Awaited<ReturnType<typeof measureScenario>>,
  extrasOf?: (runs: RunOutcome[]) => Record<string, string>,
): Scenario {
  const rows: Row[] = contenderPages.map((contender) => {
    const result = results.get(contender)!;
    const extra = extrasOf && result.runs.length > 0 ? { extra: extrasOf(result.runs) } : {};
    return { contender: contender.name, group, ours: contender.ours, ...result.row, ...extra };
  });
  const { extraColumns, ...rest } = meta;
  return assignRatios({ ...rest, unit: 'ms', rows, ...(extraColumns ? { extraColumns } : {}) });
}

function insertionOutcome(result: InsertionResult): RunOutcome {
  return result.problem === undefined ? { ms: result.ms } : { ms: result.ms, problem: result.problem };
}

function noiseOutcome(result: NoiseResult): RunOutcome {
  const extras = {
    loopAndCallbacks: result.loopAndCallbacksMs,
    followsClassChange: String(result.followsClassChange),
  };
  const outcome: RunOutcome = { ms: result.callbackMs, extras };
  return result.problem === undefined ? outcome : { ...outcome, problem: result.problem };
}

const libraryPeers = ['selector-observer', 'qsa-observer', 'wicked-elements', 'arrive'];
const handLoops = ['hand-written loop: per added node', 'hand-written loop: rescan root'];
const ours = 'dom-processed observe';

function goalsFor(
  subtree: Scenario,
  batches: Scenario,
  noise: Scenario,
  coldPage: Scenario,
  newObservation: Scenario,
): Goal[] {
  const insertionGoals = [subtree, batches].flatMap((scenario) => [
    evaluateGoal({
      issue: '#4',
      description: `${scenario.title}: at least 1.25x faster than selector-observer`,
      scenario,
      subject: ours,
      baselines: ['selector-observer'],
      target: 1.25,
    }),
    evaluateGoal({
      issue: '#4',
      description: `${scenario.title}: within 1.2x of the best hand-written MutationObserver + WeakSet loop`,
      scenario,
      subject: ours,
      baselines: handLoops,
      target: 1 / 1.2,
    }),
    evaluateGoal({
      issue: '#10',
      description: `${scenario.title}: faster than every one of selector-observer, qsa-observer, wicked-elements, arrive`,
      scenario,
      subject: ours,
      baselines: libraryPeers,
      target: 1,
    }),
  ]);
  const coldGoals = [coldPage, newObservation].map((scenario) =>
    evaluateGoal({
      issue: '#19',
      description: `${scenario.title}: faster than every one of selector-observer, qsa-observer, wicked-elements, arrive`,
      scenario,
      subject: ours,
      baselines: libraryPeers,
      target: 1,
    }),
  );
  return [
    ...insertionGoals,
    ...coldGoals,
    evaluateGoal({
      issue: '#10',
      description: "Attribute noise: at most 10% of selector-observer's MutationObserver callback time",
      scenario: noise,
      subject: ours,
      baselines: ['selector-observer'],
      target: 10,
    }),
  ];
}

async function run(context: SuiteContext): Promise<SuiteOutcome> {
  const sizes = sizesFor(context.quick);
  const { elementCount, batchSize } = sizes;
  const matches = elementCount / 10;
  const session = await BrowserSession.start(context.browser ?? 'chromium');
  try {
    const instrumentation = await bundleInstrumentation();
    const pages = new Map<ContenderPage, Attempt<DrivenPage>>();
    for (const contender of contenderPages)
      pages.set(contender, await session.openContender(contender, instrumentation));
    const coarseTimers = [...pages.values()].some((page) => page.ok && !page.value.crossOriginIsolated);

    const count = (value: number) => value.toLocaleString('en-US');
    context.log('dom-processed: one subtree');
    const subtree = toScenario(
      {
        id: 'subtree',
        title: 'One subtree',
        description: `${count(elementCount)} elements (${count(matches)} matching \`.widget\`, up to 3 levels deep) appended as one subtree; ms until every match was initialized`,
      },
      await measureScenario(
        pages,
        async (page) => insertionOutcome(await page.insertion('subtree', elementCount, batchSize)),
        sizes.insertionRounds,
        sizes.warmups,
      ),
    );
    context.log('dom-processed: batches');
    const batchCount = elementCount / batchSize;
    const batches = toScenario(
      {
        id: 'batches',
        title: `${count(batchCount)} batches of ${count(batchSize)}`,
        description: `The same ${count(elementCount)} elements appended in ${count(batchCount)} batches of ${count(batchSize)}, with a microtask between batches; ms until every match was initialized`,
      },
      await measureScenario(
        pages,
        async (page) => insertionOutcome(await page.insertion('batches', elementCount, batchSize)),
        sizes.insertionRounds,
        sizes.warmups,
      ),
    );
    context.log('dom-processed: attribute noise');
    const noise = toScenario(
      {
        id: 'noise',
        title: 'Attribute noise',
        description: `${count(sizes.noiseChanges)} \`data-noise\`/\`title\` changes on ${count(elementCount)} already-initialized elements, none of which can affect \`.widget\`; ms spent inside MutationObserver callbacks`,
        extraColumns: ['setAttribute loop + callbacks', 'follows class changes'],
      },
      await measureScenario(
        pages,
        async (page) => noiseOutcome(await page.attributeNoise(elementCount, batchSize, sizes.noiseChanges)),
        sizes.noiseRounds,
        sizes.warmups,
      ),
      (runs) => ({
        'setAttribute loop + callbacks': `${median(runs.map((run) => Number(run.extras?.loopAndCallbacks))).toFixed(2)} ms`,
        'follows class changes': runs.every((run) => run.extras?.followsClassChange === 'true')
          ? 'yes'
          : 'no',
      }),
    );
    context.log('dom-processed: cold page');
    const coldPage = toScenario(
      {
        id: 'cold-page',
        title: `Cold page: ${count(batchCount)} batches of ${count(batchSize)}`,
        description: `A fresh page per run makes one observation and times its first ${count(batchCount)} batches of ${count(batchSize)} (the same ${count(elementCount)} elements), before any of its code is optimized: no warm-up, no forced garbage collection, no instance kept; ms until every match was initialized`,
      },
      await measureScenario(
        pages,
        async (_page, contender) => {
          const fresh = await session.openContender(contender, instrumentation);
          if (!fresh.ok) throw new Error(fresh.error);
          try {
            return insertionOutcome(
              await fresh.value.insertion('batches', elementCount, batchSize, 'released'),
            );
          } finally {
            await fresh.value.close();
          }
        },
        sizes.coldRounds,
        0,
      ),
    );
    context.log('dom-processed: new observation per run');
    const newObservation = toScenario(
      {
        id: 'new-observation',
        title: `New observation per run: ${count(batchCount)} batches of ${count(batchSize)}`,
        description: `As a page that observes anew whenever a view changes: every run makes a fresh observation on the same page, the previous one stopped and let go, with no forced garbage collection in between, and times its ${count(batchCount)} batches of ${count(batchSize)}; ms until every match was initialized`,
      },
      await measureScenario(
        pages,
        async (page) =>
          insertionOutcome(await page.insertion('batches', elementCount, batchSize, 'released')),
        sizes.coldRounds,
        sizes.warmups,
      ),
    );
    return {
      engineVersion: session.version,
      suite: 'dom-processed',
      title: 'DOM: initialize once per matching element',
      scenarios: [subtree, batches, noise, coldPage, newObservation],
      goals: goalsFor(subtree, batches, noise, coldPage, newObservation),
      extraTables: [],
      notes: [
        `Real browsers, each in a run of its own with every contender: Chromium (headless, driven by Playwright), Firefox ESR (headless, WebDriver BiDi through puppeteer-core) and WebKitGTK's MiniBrowser (W3C WebDriver, on an Xvfb display). This table: ${session.browser === 'webkit' ? 'WebKitGTK' : session.browser === 'firefox' ? 'Firefox' : 'Chromium'} ${session.version}. Each contender runs in a page of its own, on a site of its own (127.0.0.N), bundled with esbuild as an IIFE; the pages take turns in a balanced order (over the rounds each runs in every position and right after each of the others equally often), one run per turn, and the table shows the median over the timed runs (± is their median absolute deviation). In Chromium each run ends with a garbage collection in its own page (\`gc()\`); Firefox and WebKit pages cannot be asked to collect, so they collect on their own schedule.`,
        'Every run uses a fresh container, fresh elements and a fresh instance of the contender, stopped afterwards (wicked-elements cannot be stopped: it is defined once per page and pointed at each run). In the first three scenarios the stopped instance is kept alive until the next run has finished, so the medians are warm for every contender alike: collected at once, an instance takes its compiled code with it, and a library that compiles per instance (closures) would start cold in every run while one that never lets an instance go (qsa-observer patches `Element.prototype.attachShadow` on every call) would not. The first run of each contender validates: every match initialized exactly once (counted per element in a WeakMap), nothing else initialized; a contender that fails any run is shown as wrong. Every contender gets the same initializer in every run (one function per page), for the same reason.',
        'The last two scenarios measure what the warm ones leave out, a start before anything is compiled. "Cold page" opens a new page (on a new site) for every run, loads the contender, makes one observation and times its batches: no warm-up, no forced collection, and its validating run happens in a page of its own. "New observation per run" reuses each contender\'s page, lets every stopped instance go at once and never forces a collection, as a page that observes anew whenever a view changes.',
        'Callback time is measured the same way for everyone: before any library loads, `MutationObserver` is replaced by a subclass that adds the time spent in each callback to a page-wide counter. The "setAttribute loop + callbacks" column adds the time of the loop itself, where the browser queues records for observers that watch attributes.',
        coarseTimers
          ? 'Some pages were not cross-origin isolated, so their performance.now() was rounded to 0.1 ms.'
          : 'Pages are served from loopback, cross-origin isolated, so performance.now() is as fine as each browser allows an isolated page.',
        '"follows class changes" reports whether an element that gains the class after the noise is initialized: hand-written loops that watch no attributes do not, which is why they spend nothing on noise.',
      ],
    };
  } finally {
    await session.close();
  }
}

export const domProcessedSuite: Suite = {
  name: 'dom-processed',
  title: 'DOM: initialize once per matching element',
  engines: browserBenchEngines,
  run,
};
