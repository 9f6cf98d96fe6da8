import { difference } from '@weakset-recipes/deep-equal';

const before = { cart: { items: [{ sku: 'A1', qty: 1 }], coupon: null } };
const after = { cart: { items: [{ sku: 'A1', qty: 2 }], coupon: null } };
console.log(difference(before, after)); // { path: [ 'cart', 'items', 0, 'qty' ], a: 1, b: 2, reason: 'value' }

console.log(difference({ a: 1 }, { a: 1, b: 2 })); // { path: [ 'b' ], a: undefined, b: 2, reason: 'extra key' }
console.log(difference(new Map([['k', 1]]), new Map([['k', 1], ['j', 2]]))); // reason: 'size', path: []

export {};
