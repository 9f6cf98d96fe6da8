import { describe, expect, it } from 'vitest';
import { parseArguments } from '../src/cli-args.js';

const known = ['deep-clone', 'brand'];

describe('parseArguments', () => {
  it('runs everything at full length by default', () => {
    expect(parseArguments([], known)).toEqual({ quick: false, suites: [], engines: [] });
  });

  it('reads --quick and --suite in both spellings, comma lists included', () => {
    expect(parseArguments(['--quick', '--suite', 'brand', '--suite=deep-clone,brand'], known)).toEqual({
      quick: true,
      suites: ['brand', 'deep-clone'],
      engines: [],
    });
  });

  it('reads --engine in both spellings, comma lists included', () => {
    expect(parseArguments(['--engine', 'bun', '--engine=node24,bun'], known).engines).toEqual([
      'bun',
      'node24',
    ]);
  });

  it('refuses an unknown suite or argument instead of running the full suite', () => {
    expect(() => parseArguments(['--suite', 'nope'], known)).toThrow(/Unknown suite "nope"/);
    expect(() => parseArguments(['--quik'], known)).toThrow(/Unknown argument/);
    expect(() => parseArguments(['--suite'], known)).toThrow(/needs a name/);
    expect(() => parseArguments(['--engine', 'safari'], known)).toThrow(/Unknown engine "safari"/);
  });
});
