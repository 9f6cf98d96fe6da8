import { clone } from '@weakset-recipes/deep-clone';
import { createEqual, difference } from '@weakset-recipes/deep-equal';

const config = Object.freeze({ retries: 3, endpoints: Object.freeze(['a', 'b']) });
const sameStrictly = createEqual({ strict: true });

console.log(sameStrictly(clone(config, { strict: true }), config)); // true
console.log(sameStrictly(clone(config), config)); // false: the default clone is not frozen
console.log(difference(clone(config), config, { strict: true })?.reason); // 'descriptor'

export {};
