/**
 * Thrown when a value fails a brand check: by {@link Brand.assert}, and by methods wrapped with
 * {@link Brand.guard} when called on a foreign `this`. `brand` names the brand that was expected.
 *
 * @example
 * ```ts
 * import { type Brand, BrandError, createBrand } from '@weakset-recipes/brand';
 *
 * const Token: Brand<object> = createBrand<object>('Token');
 * try {
 *   Token.assert({});
 * } catch (error) {
 *   if (!(error instanceof BrandError)) throw error;
 *   error.brand; // 'Token'
 *   error.message; // 'Expected Token, got an unbranded Object'
 * }
 * ```
 */
export class BrandError extends TypeError {
  /**
   * The name of the brand the value failed.
   *
   * @example
   * ```ts
   * import { BrandError } from '@weakset-recipes/brand';
   *
   * new BrandError('Money', 'Expected Money').brand; // 'Money'
   * ```
   */
  declare readonly brand: string;

  /** Always `'BrandError'`. */
  override name = 'BrandError';

  /**
   * @param brand - the name of the brand that was expected
   * @param message - what went wrong
   */
  constructor(brand: string, message: string) {
    super(message);
    this.brand = brand;
  }
}
