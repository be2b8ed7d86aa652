import type { ApiError } from './apiError.ts';
import { ERROR_BRAND } from './brand.ts';

/**
 * True for errata errors from any copy of the package and any realm: it checks the registered
 * brand, not `instanceof`.
 */
export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && (value as { [ERROR_BRAND]?: unknown })[ERROR_BRAND] === true;
}
