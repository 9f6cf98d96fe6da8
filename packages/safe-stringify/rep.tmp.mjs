import { configure } from './dist/index.js';

const o = {};
Object.defineProperty(o, '__proto__', {
  value: { 0: [,] },
  enumerable: true,
  writable: true,
  configurable: true,
});
console.log(JSON.stringify(configure({ sorted: true })(o, null, '$')));
const p = { a: { 0: [,] } };
console.log(JSON.stringify(configure({ sorted: true })(p, null, '$')));
const q = { a: { 0: [1] } };
console.log(JSON.stringify(configure({ sorted: true })(q, null, '$')));
console.log(
  JSON.stringify(JSON.stringify([,], null, '$')),
  JSON.stringify(JSON.stringify([undefined], null, '$')),
);
