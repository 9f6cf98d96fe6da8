import { describe, expect, it } from 'vitest';
import { parseArguments } from '../src/cli-args.js';

const known = ['deep-clone', 'brand'];

describe('parseArguments', () => {
  it('runs everything at full length by default', () => {
    expect(parseArguments([], known)).toEqual({ quick: false, suites: [] });
  });

  it('reads --quick and --suite in both spellings, comma lists included', () => {
    expect(parseArguments(['--quick', '--suite', 'brand', '--suite=deep-clone,brand'], known)).toEqual({
      quick: true,
      suites: ['brand', 'deep-clone'],
    });
  });

  it('refuses an unknown suite or argument instead of running the full suite', () => {
    expect(() => parseArguments(['--suite', 'nope'], known)).toThrow(/Unknown suite "nope"/);
    expect(() => parseArguments(['--quik'], known)).toThrow(/Unknown argument/);
    expect(() => parseArguments(['--suite'], known)).toThrow(/needs a name/);
  });
});
