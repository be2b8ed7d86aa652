import type { ApiError, VendorGuard } from '@errata/core';
import { defineGuard } from '@errata/core/vendor';
import type {
  AppleBusinessDetails,
  AppleBusinessError,
  AppleBusinessListDetails,
  AppleBusinessOAuthDetails,
  AppleBusinessReason,
  AppleBusinessResource,
} from './types.ts';
import { VENDOR } from './types.ts';

/** `isAppleBusinessError(err)` or `isAppleBusinessError(err, AppleBusinessCode.LocationNotFound)` (one code or a list). */
export const isAppleBusinessError: VendorGuard<AppleBusinessError> = /* @__PURE__ */ defineGuard<AppleBusinessError>(VENDOR);

/** The code a reason (and optionally a resource) implies: `RESOURCE__REASON`, or the bare reason when no resource is required. */
export type CodeOf<TReason extends string, TResource extends string = string> = [AppleBusinessResource] extends [TResource]
  ? `${string}__${TReason}` | TReason
  : `${TResource}__${TReason}`;

/** Details narrowed to a reason: with resources given, only array-format details can match. */
export type ReasonDetails<TReason extends AppleBusinessReason, TResource extends AppleBusinessResource> = [AppleBusinessResource] extends [TResource]
  ?
      | (Omit<AppleBusinessListDetails, 'reason'> & { readonly reason: TReason })
      | (Omit<AppleBusinessOAuthDetails, 'reason'> & { readonly reason: TReason })
  : Omit<AppleBusinessListDetails, 'reason' | 'resource'> & { readonly reason: TReason; readonly resource: TResource };

/** An Apple Business error narrowed to a reason (and, optionally, resource). */
export type WithReason<TReason extends AppleBusinessReason, TResource extends AppleBusinessResource = AppleBusinessResource> = ApiError<
  typeof VENDOR,
  CodeOf<TReason, TResource>,
  ReasonDetails<TReason, TResource>
>;

/** An Apple Business error narrowed to a resource-type prefix. */
export type WithResource<TResource extends AppleBusinessResource> = ApiError<
  typeof VENDOR,
  `${TResource}__${string}`,
  Omit<AppleBusinessListDetails, 'resource'> & { readonly resource: TResource }
>;

function oneOf(actual: unknown, expected: string | readonly string[]): boolean {
  return typeof actual === 'string' && (typeof expected === 'string' ? actual === expected : expected.includes(actual));
}

/**
 * `details.reason` or `details.resource` when it is a string. Rehydrated errors carry whatever JSON
 * they came in with, and hand-built ones anything: read defensively, never throwing.
 */
function detailOf(value: AppleBusinessError, key: keyof AppleBusinessDetails): string | undefined {
  try {
    const details: unknown = value.details;
    const field: unknown = typeof details === 'object' && details !== null ? (details as Partial<Record<string, unknown>>)[key] : undefined;
    return typeof field === 'string' ? field : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Matches a reason whatever the resource: `isAppleBusinessReason(err, 'ALREADY_EXISTS')` is true
 * for a location, a brand or any other resource; pass resources to restrict it
 * (`isAppleBusinessReason(err, 'ALREADY_EXISTS', ['LOCATION', 'BRAND'])`). Narrows `code` and `details`.
 */
export function isAppleBusinessReason<const TReason extends AppleBusinessReason, const TResource extends AppleBusinessResource = AppleBusinessResource>(
  value: unknown,
  reason: TReason | readonly TReason[],
  resource?: TResource | readonly TResource[],
): value is WithReason<TReason, TResource> {
  if (!isAppleBusinessError(value)) return false;
  return oneOf(detailOf(value, 'reason'), reason) && (resource === undefined || oneOf(detailOf(value, 'resource'), resource));
}

/** Matches every error of a resource type, e.g. all `VALIDATION__*` rule violations. */
export function isAppleBusinessResource<const TResource extends AppleBusinessResource>(
  value: unknown,
  resource: TResource | readonly TResource[],
): value is WithResource<TResource> {
  return isAppleBusinessError(value) && oneOf(detailOf(value, 'resource'), resource);
}
