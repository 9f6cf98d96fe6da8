import { describe, expect, it } from 'vitest';
import { CircularError } from './circular-error.js';

describe('CircularError', () => {
  it('is a TypeError with a name, the path, and a message that says where, as code would write it', () => {
    const error = new CircularError(['users', 0, 'odd key', 'back']);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.name).toBe('CircularError');
    expect(error.path).toEqual(['users', 0, 'odd key', 'back']);
    expect(error.message).toBe(
      'Cannot stringify a reference back to an ancestor at root.users[0]["odd key"].back (circular: \'throw\')',
    );
  });

  it('takes a message of its own', () => {
    expect(new CircularError([], 'custom').message).toBe('custom');
  });
});
