import type { ApiError, Code } from './apiError.ts';
import { ERROR_BRAND } from './brand.ts';

/** What the guards compare, read once from a value that carries the brand. */
export interface BrandedFields {
  readonly vendor: string;
  readonly code: Code;
  readonly kind: string;
  readonly retryable: boolean;
}

/**
 * The brand and the fields guards rely on, each read once, or `undefined` unless the value is
 * branded and well typed (`vendor` string, `code` string or number, `kind` string, `status`
 * number, `retry.retryable` boolean, `toJSON` and `toProblem` functions). A forged brand, a
 * throwing getter or a hostile Proxy gives `undefined`; never throws.
 */
export function brandedFields(value: unknown): BrandedFields | undefined {
  try {
    const candidate = value as Partial<Record<keyof ApiError, unknown>> | null | undefined;
    // The brand first: most values are not errata errors and need no further read. (A primitive
    // has no brand; `?.` spares null and undefined the cost of a thrown TypeError.)
    if (candidate?.[ERROR_BRAND] !== true) return undefined;
    const { vendor, code, kind, status, retry, toJSON, toProblem } = candidate;
    const retryable: unknown = (retry as { retryable?: unknown } | undefined)?.retryable;
    return typeof vendor === 'string' &&
      (typeof code === 'string' || typeof code === 'number') &&
      typeof kind === 'string' &&
      typeof status === 'number' &&
      typeof retryable === 'boolean' &&
      typeof toJSON === 'function' &&
      typeof toProblem === 'function'
      ? { vendor, code, kind, retryable }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True for errata errors from any copy of the package and any realm: it checks the registered
 * brand and the shape of the fields guards read, not `instanceof`. Never throws.
 */
export function isApiError(value: unknown): value is ApiError {
  return brandedFields(value) !== undefined;
}
