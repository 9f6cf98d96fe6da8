import { evaluateGoal } from '../../harness/ratios.js';
import type { Goal, Scenario } from '../../harness/results.js';
import { goalContenders } from './contenders.js';
import { formatObjects } from './growth.js';
import { type PayloadId, payloads } from './payloads.js';

const issue = '#19';

/** Default mode against the fastest graph-keeping peer: 1.2x on the JSON-like payloads, 1.0x elsewhere. */
const againstGraphPeers: ReadonlyArray<readonly [PayloadId, number]> = [
  ['small', 1.2],
  ['large', 1.2],
  ['rich', 1],
  ['cyclic', 1],
  ['shared', 1],
];

/** The JSON-like payloads, where default mode must reach 2x structuredClone. */
const jsonLike: readonly PayloadId[] = ['small', 'large', 'api'];

/** The acyclic payloads without shared references, where `circular: 'throw'` must not cost anything. */
const treesOnly: readonly PayloadId[] = ['small', 'large', 'api'];

const titleOf = (id: PayloadId) => payloads.find((payload) => payload.id === id)?.title ?? id;
const times = (target: number) => (target === 1 ? '1.0x' : `${target}x`);

/**
 * Issue #19's deep-clone speed goals, and only those (they replaced issue #3's). Each peer goal
 * takes the fastest of the named peers that passed validation on that payload: a peer shown as
 * wrong is never a baseline.
 *
 * @param payloadScenarios - the payload scenarios, by payload id
 * @param growthScenarios - the "cost as the work grows" scenarios, one per size, smallest first
 */
export function deepCloneGoals(
  payloadScenarios: ReadonlyMap<string, Scenario>,
  growthScenarios: ReadonlyArray<{ objects: number; scenario: Scenario }>,
): Goal[] {
  const graphPeerGoals = againstGraphPeers.map(([id, target]) =>
    evaluateGoal({
      issue,
      description: `${titleOf(id)}: default mode at least ${times(target)} the fastest of fast-copy, structuredClone, lodash.cloneDeep`,
      scenario: payloadScenarios.get(id),
      subject: goalContenders.oursPreserve,
      baselines: goalContenders.graphKeepingPeers,
      target,
    }),
  );
  const structuredCloneGoals = [
    ...jsonLike.map((id) => ({ id, target: 2 })),
    ...payloads.map((payload) => ({ id: payload.id, target: 1 })),
  ].map(({ id, target }) =>
    evaluateGoal({
      issue,
      description:
        target === 1
          ? `${titleOf(id)}: default mode faster than structuredClone`
          : `${titleOf(id)}: default mode at least ${times(target)} structuredClone`,
      scenario: payloadScenarios.get(id),
      subject: goalContenders.oursPreserve,
      baselines: [goalContenders.structuredClone],
      target,
    }),
  );
  const apiGoal = evaluateGoal({
    issue,
    description: `${titleOf('api')}: default mode at least 1.2x fast-copy`,
    scenario: payloadScenarios.get('api'),
    subject: goalContenders.oursPreserve,
    baselines: goalContenders.fastCopy,
    target: 1.2,
  });
  const growthGoals = growthScenarios.map(({ objects, scenario }) =>
    evaluateGoal({
      issue,
      description: `Cost as the work grows, ${formatObjects(objects)} objects: default mode at least as fast as fast-copy and structuredClone`,
      scenario,
      subject: goalContenders.oursPreserve,
      baselines: ['fast-copy copy', goalContenders.structuredClone],
      target: 1,
    }),
  );
  const throwGoals = treesOnly.map((id) =>
    evaluateGoal({
      issue,
      description: `${titleOf(id)}: circular 'throw' at least as fast as default mode`,
      scenario: payloadScenarios.get(id),
      subject: goalContenders.oursThrow,
      baselines: [goalContenders.oursPreserve],
      target: 1,
    }),
  );
  return [...graphPeerGoals, ...structuredCloneGoals, apiGoal, ...growthGoals, ...throwGoals];
}
