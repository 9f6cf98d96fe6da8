/**
 * How many calls deep the simplest recursive function gets on this engine before its stack
 * overflows. A recursive comparison (every peer's) has bigger frames, so it overflows sooner:
 * a chain deeper than this proves a comparison does not use the call stack per level.
 */
export function callStackDepth(): number {
  let deepest = 0;
  const descend = (level: number): void => {
    deepest = level;
    descend(level + 1);
  };
  try {
    descend(1);
  } catch {
    // RangeError in V8 and JavaScriptCore, InternalError ("too much recursion") in SpiderMonkey.
  }
  return deepest;
}
