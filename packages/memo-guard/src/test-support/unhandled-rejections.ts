interface RuntimeGlobals {
  process?: {
    on?(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
    off?(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  };
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 10));

/**
 * The reasons of the rejections the runtime reports as unhandled while `run` and what it started
 * settle: Node's, Bun's and Deno's `unhandledRejection` on `process`, the `unhandledrejection`
 * event in a browser (its default, a console error, prevented). A listener of our own also tells
 * vitest the rejections are looked after, so they do not fail the run.
 */
export async function unhandledRejectionsOf(run: () => unknown): Promise<unknown[]> {
  const reasons: unknown[] = [];
  const { process } = globalThis as RuntimeGlobals;
  let stop: () => void;
  if (process?.on && process.off) {
    const listener = (reason: unknown) => reasons.push(reason);
    process.on('unhandledRejection', listener);
    stop = () => process.off?.('unhandledRejection', listener);
  } else {
    const listener = (event: PromiseRejectionEvent) => {
      event.preventDefault();
      reasons.push(event.reason);
    };
    globalThis.addEventListener('unhandledrejection', listener);
    stop = () => globalThis.removeEventListener('unhandledrejection', listener);
  }
  try {
    run();
    // Rejections are reported once the microtasks have run; a few tasks leave room to spare.
    for (let task = 0; task < 5; task++) await nextTask();
  } finally {
    stop();
  }
  return reasons;
}
