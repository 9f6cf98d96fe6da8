export { BrandError } from './brand-error.js';
export { brandOf } from './brand-of.js';
export { branded } from './branded.js';
export { type Brand, createBrand } from './create-brand.js';
export type { ReadonlyBrand } from './readonly-brand.js';
