/*
 * Size budgets live in each package.json, in the `bundleSize` field:
 *
 *   "bundleSize": { "entry": "1.25 kB", "exports": { "CloneError": "0.3 kB" } }
 *
 * `entry` bounds the whole package; each name under `exports` bounds that export bundled alone,
 * which is how a package proves the rest of it tree-shakes away. 1 kB = 1,000 bytes.
 */

export interface BundleSizeField {
  entry: string;
  exports?: Record<string, string>;
}

const size = /^(\d+(?:\.\d+)?)\s*(B|kB)$/;

/** "1.25 kB" → 1250, "512 B" → 512. Throws on anything else, so a typo cannot disable a budget. */
export function parseSize(text: string): number {
  const match = size.exec(text.trim());
  if (!match) throw new TypeError(`bundleSize: "${text}" is not a size like "1.25 kB" or "512 B"`);
  return Math.round(Number(match[1]) * (match[2] === 'kB' ? 1000 : 1));
}

/** 1039 → "1,039 B". */
export function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} B`;
}

export interface Budget {
  /** `'*'` for the whole entry, else the export's name. */
  subject: string;
  limit: number;
  text: string;
}

/** The budgets a manifest declares; a package without `bundleSize` is an error, not a pass. */
export function budgetsOf(name: string, field: unknown): Budget[] {
  if (typeof field !== 'object' || field === null || typeof (field as BundleSizeField).entry !== 'string') {
    throw new TypeError(`${name}: package.json needs "bundleSize": { "entry": "<size> kB" }`);
  }
  const { entry, exports = {} } = field as BundleSizeField;
  return [
    { subject: '*', limit: parseSize(entry), text: entry },
    ...Object.entries(exports).map(([subject, text]) => ({ subject, limit: parseSize(text), text })),
  ];
}
