import { describe, expect, it } from 'vitest';
import { CloneError, formatPath } from './clone-error.js';

describe('CloneError', () => {
  it('is a TypeError with a code, a path and a name', () => {
    const error = new CloneError('UNSUPPORTED', ['a', 0], 'message');
    expect(error).toBeInstanceOf(TypeError);
    expect(error.name).toBe('CloneError');
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.path).toEqual(['a', 0]);
    expect(error.message).toBe('message');
  });
});

describe('formatPath', () => {
  it('writes paths as code would', () => {
    expect(formatPath([])).toBe('root');
    expect(formatPath(['a', 0, 'odd key', Symbol('tag'), '$ok_1'])).toBe(
      'root.a[0]["odd key"][Symbol(tag)].$ok_1',
    );
  });

  it('shows the first and last ten keys of a long path and counts the rest', () => {
    const path = Array.from({ length: 25 }, (_, index) => index);
    expect(formatPath(path)).toBe(
      'root[0][1][2][3][4][5][6][7][8][9]…(5 more keys)…[15][16][17][18][19][20][21][22][23][24]',
    );
    expect(formatPath(path.slice(0, 21))).not.toContain('more keys');
  });

  it('shortens a long key and never throws on a key a caller made up', () => {
    expect(formatPath(['x'.repeat(80)])).toBe(`root["${'x'.repeat(49)}…"]`);
    expect(formatPath([10n as unknown as PropertyKey, true as unknown as PropertyKey])).toBe(
      'root[10][true]',
    );
  });
});
