import { isApiError } from '@errata/core';
import { defineGuard, type VendorGuard } from '@errata/core/vendor';
import type { ApiErrorCode, BearerOAuthDetails, BearerOAuthError, OAuthErrorCode, TemplateInstance } from './types.ts';

/** Narrows to a bearer-oauth error, optionally with one of the given codes (exact match). */
export const isBearerOAuthError: VendorGuard<BearerOAuthError> = /* @__PURE__ */ defineGuard<BearerOAuthError>('bearer-oauth');

/** A catalog code an error can be an instance of: a fixed code, or a template such as `{RESOURCE}_NOT_EXIST`. */
export type BaseCode = OAuthErrorCode | ApiErrorCode;

/** An error whose code is an instance of `TBase`: `USER_NOT_EXIST` for `{RESOURCE}_NOT_EXIST`. */
export type WithBaseCode<TBase extends BaseCode> = BearerOAuthError & {
  readonly code: TemplateInstance<TBase>;
  readonly details: BearerOAuthDetails & { readonly baseCode: TBase } & (TBase extends `${string}{RESOURCE}${string}` ? { readonly resource: string } : unknown);
};

/**
 * Matches by catalog code, so a template matches every resource:
 * `hasBaseCode(err, BearerOAuthCode.ResourceNotExist)` is true for `USER_NOT_EXIST` and `GROUP_NOT_EXIST`,
 * and narrows `err.details.resource` to a string.
 */
export function hasBaseCode<const TBase extends BaseCode>(value: unknown, base: TBase | readonly TBase[]): value is WithBaseCode<TBase> {
  if (!isApiError(value) || value.vendor !== 'bearer-oauth') return false;
  const details = value.details as Partial<BearerOAuthDetails> | undefined;
  const actual = details?.baseCode;
  if (actual === undefined) return false;
  return Array.isArray(base) ? (base as readonly string[]).includes(actual) : actual === base;
}
