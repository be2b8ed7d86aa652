import type { ApiError, Code } from './apiError.ts';
import { brandedFields } from './isApiError.ts';
import type { Kind } from './kind.ts';

/** An error narrowed to one code (or one of several). `code` is replaced, not intersected, so it reads as exactly `TCode`. */
export type WithCode<TError extends ApiError, TCode extends Code> = Omit<TError, 'code'> & { readonly code: TCode };

/** A vendor's guard: with no code it narrows to the vendor's error type, with codes to those codes. */
export interface VendorGuard<TError extends ApiError> {
  (value: unknown): value is TError;
  <const TCode extends TError['code']>(value: unknown, code: TCode | readonly TCode[]): value is WithCode<TError, TCode>;
}

// `actual` is one of `expected` (a value or a list). A list that cannot be read matches nothing.
function matches(actual: unknown, expected: unknown): boolean {
  try {
    return Array.isArray(expected) ? (expected as readonly unknown[]).includes(actual) : actual === expected;
  } catch {
    return false;
  }
}

/**
 * Makes the guard a vendor package exports, e.g. `isDiscordError`. Like every guard it reads the
 * value's fields once and never throws (see `isApiError`).
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineGuard<TError extends ApiError>(vendor: TError['vendor']): VendorGuard<TError> {
  return ((value: unknown, code?: Code | readonly Code[]) => {
    const fields = brandedFields(value);
    return fields?.vendor === vendor && (code === undefined || matches(fields.code, code));
  }) as VendorGuard<TError>;
}

/** Narrows any errata error by its normalized kind (or one of several). */
export function hasKind<const TKind extends Kind>(value: unknown, kind: TKind | readonly TKind[]): value is ApiError & { readonly kind: TKind } {
  const fields = brandedFields(value);
  return fields !== undefined && matches(fields.kind, kind);
}

/** True when an errata error says the same request may be sent again (now or after a delay). */
export function isRetryable(value: unknown): value is ApiError {
  return brandedFields(value)?.retryable === true;
}
