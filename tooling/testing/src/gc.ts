import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
/** The engine's garbage collector, exposed for tests that prove something can be collected. */
const collect = runInNewContext('gc') as () => void;

/**
 * Resolves `true` once `FinalizationRegistry` reports the object made by `make` collected, `false`
 * if it is still alive after `rounds` collections. `make` must not let the object escape except
 * through what the test wants to prove harmless.
 */
export async function isCollected(make: () => object, rounds = 30): Promise<boolean> {
  let collected = false;
  const registry = new FinalizationRegistry(() => {
    collected = true;
  });
  (() => registry.register(make(), 'target'))();
  for (let round = 0; round < rounds && !collected; round++) {
    collect();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return collected;
}
