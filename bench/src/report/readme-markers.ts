export function markersFor(suite: string): { start: string; end: string } {
  return { start: `<!-- bench:${suite}:start -->`, end: `<!-- bench:${suite}:end -->` };
}

/**
 * `text` with everything between the suite's marker lines replaced by
 * `content`, or undefined when the markers are missing (or out of order):
 * a README opts in by carrying them, and nothing else in it is touched.
 */
export function replaceBetweenMarkers(text: string, suite: string, content: string): string | undefined {
  const { start, end } = markersFor(suite);
  const startIndex = text.indexOf(start);
  const endIndex = text.indexOf(end);
  if (startIndex === -1 || endIndex === -1 || endIndex < startIndex) return undefined;
  const before = text.slice(0, startIndex + start.length);
  const after = text.slice(endIndex);
  return `${before}\n${content.trim()}\n${after}`;
}
