import { equal } from '@weakset-recipes/deep-equal';

const shared = { n: 1 };
// A seen-set of a's objects would skip `shared` the second time and call these equal.
console.log(equal({ first: shared, second: shared }, { first: { n: 1 }, second: { n: 2 } })); // false

export {};
