import { equal } from '@weakset-recipes/deep-equal';

const shared = { n: 1 };
const a = { first: shared, second: shared };
const b = { first: { n: 1 }, second: { n: 2 } };
// A seen-set of a's objects skips `shared` the second time and calls these equal.
equal(a, b); // false: `shared` is compared with each partner

export {};
