import { describe, expect, it } from 'vitest';
import { CycleError } from './cycle-error.js';

describe('CycleError', () => {
  it('is an Error with a name, the chain and a message that says how long the loop is', () => {
    const a = {};
    const b = {};
    const error = new CycleError([a, b, a]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CycleError');
    expect(error.chain).toEqual([a, b, a]);
    expect(error.message).toBe('Cycle of 2: back to an object in progress');
  });
});
