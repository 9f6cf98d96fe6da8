import { equal } from '@weakset-recipes/deep-equal';

console.log(equal([0], [-0])); // false
console.log(equal([Number.NaN], [Number.NaN])); // true
console.log(equal([undefined], new Array(1))); // false: a hole is not undefined
console.log(equal(Object.create(null), {})); // false: prototypes differ
console.log(equal(new Map([[{ id: 1 }, 'a']]), new Map([[{ id: 1 }, 'a']]))); // true: keys by structure
console.log(equal(new Set([{ id: 1 }, { id: 2 }]), new Set([{ id: 2 }, { id: 1 }]))); // true: any order
console.log(equal(Object.assign([1], { note: 'x' }), [1])); // false: an extra property on an array
console.log(equal(new Float64Array([0]), new Float64Array([-0]))); // false: different bytes

export {};
