import { difference } from '@weakset-recipes/deep-equal';

function pathText(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('') || '(root)';
}

function assertSame(actual: unknown, expected: unknown): void {
  const found = difference(actual, expected);
  if (found) {
    throw new Error(`${pathText(found.path)}: ${found.reason}, got ${String(found.a)}, expected ${String(found.b)}`);
  }
}

assertSame({ user: { roles: ['admin'] } }, { user: { roles: ['admin'] } });
try {
  assertSame({ user: { roles: ['admin'] } }, { user: { roles: ['owner'] } });
} catch (error) {
  console.log((error as Error).message); // .user.roles[0]: value, got admin, expected owner
}

export {};
