/**
 * The contract between the Node side of the dom-processed suite and the
 * pages it drives: each page holds one contender and the shared harness.
 */

/** One way to run an initializer once per element matching a selector. */
export interface PageContender {
  name: string;
  /**
   * Starts watching `root` (already in the document, empty) for `selector`,
   * calling `onInit` once per matching element; returns what stops watching.
   */
  start: (root: Element, selector: string, onInit: (element: Element) => void) => () => void;
}

export interface InsertionResult {
  /** Milliseconds from the first insertion until the last match's initializer ran (NaN if it never did). */
  ms: number;
  /** What was wrong (missing, repeated or stray initializations), if anything. */
  problem?: string;
}

export interface NoiseResult {
  /** Time spent inside MutationObserver callbacks because of the attribute changes. */
  callbackMs: number;
  /** The setAttribute loop (where the browser queues records) plus those callbacks. */
  loopAndCallbacksMs: number;
  /** Whether an element that gains the class later is initialized (informational). */
  followsClassChange: boolean;
  problem?: string;
}

export interface MutationStats {
  callbackMs: number;
  callbacks: number;
  records: number;
}

export interface PageBench {
  contender: string;
  /** `lifecycle` (default `warm`): see `Lifecycle` in harness.ts. */
  insertion: (
    mode: 'subtree' | 'batches',
    elementCount: number,
    batchSize: number,
    lifecycle?: 'warm' | 'released',
  ) => Promise<InsertionResult>;
  attributeNoise: (elementCount: number, batchSize: number, changes: number) => Promise<NoiseResult>;
}

declare global {
  interface Window {
    __bench?: PageBench;
    __mutationStats?: MutationStats;
    gc?: () => void;
  }
}
