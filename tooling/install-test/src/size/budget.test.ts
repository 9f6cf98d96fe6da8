import { describe, expect, it } from 'vitest';
import { budgetsOf, formatBytes, parseSize } from './budget.js';

describe('parseSize', () => {
  it('reads kB as 1,000 bytes, and bytes', () => {
    expect(parseSize('1.25 kB')).toBe(1250);
    expect(parseSize('3 kB')).toBe(3000);
    expect(parseSize('512 B')).toBe(512);
  });

  it.each(['1 KB', '1kb', '1 KiB', 'one kB', ''])(
    'rejects %j, so a typo cannot turn a budget off',
    (text) => {
      expect(() => parseSize(text)).toThrow(TypeError);
    },
  );
});

describe('budgetsOf', () => {
  it('lists the entry budget first, then one per export', () => {
    expect(budgetsOf('x', { entry: '1 kB', exports: { A: '0.2 kB' } })).toEqual([
      { subject: '*', limit: 1000, text: '1 kB' },
      { subject: 'A', limit: 200, text: '0.2 kB' },
    ]);
  });

  it('fails a package without one', () => {
    expect(() => budgetsOf('x', undefined)).toThrow('x: package.json needs "bundleSize"');
  });
});

describe('formatBytes', () => {
  it('groups thousands', () => {
    expect(formatBytes(1044)).toBe('1,044 B');
  });
});
