import { equal } from '@weakset-recipes/deep-equal';

interface Ring { value: string; next?: Ring }
const one: Ring = { value: 'x' };
one.next = one;
const two: Ring = { value: 'x', next: { value: 'x' } };
two.next!.next = two;

console.log(equal(one, two)); // true: both read x, x, x, … forever
two.next!.value = 'y';
console.log(equal(one, two)); // false

export {};
