import type { ApiError, OrUnknown } from '@errata/core';
import type { JsonObject } from '@errata/core/vendor';
import type * as Codes from './codes.ts';
import type * as Reasons from './reasons.ts';
import type * as Resources from './resources.ts';

export const VENDOR = 'apple-business';

/** The codes the catalog lists (verified, observed or inferred). */
export type AppleBusinessKnownCode = (typeof Codes)[keyof typeof Codes];
/** The `error` values of the OAuth endpoints. */
export type AppleBusinessOAuthCode =
  | typeof Codes.OAuthInvalidRequest
  | typeof Codes.OAuthInvalidGrant
  | typeof Codes.OAuthInvalidClient
  | typeof Codes.OAuthInvalidScope
  | typeof Codes.OAuthInternalServerError
  | typeof Codes.OAuthUnsupportedResponseType
  | typeof Codes.OAuthServerError;
/** A code as parsed: a known literal, or any other string the API sends. */
export type AppleBusinessCode = OrUnknown<AppleBusinessKnownCode>;

export type AppleBusinessKnownResource = (typeof Resources)[keyof typeof Resources];
/** A resource-type prefix: a known literal, or any other prefix the API sends. */
export type AppleBusinessResource = OrUnknown<AppleBusinessKnownResource>;

export type AppleBusinessKnownReason = (typeof Reasons)[keyof typeof Reasons];
/** A reason: a known literal, or any other reason (validation rule names are open-ended). */
export type AppleBusinessReason = OrUnknown<AppleBusinessKnownReason>;

/** Severity of a validation item; error items usually carry none. */
export type AppleBusinessSeverity = OrUnknown<'VIOLATION' | 'WARNING' | 'INFO'>;

/** A value from an item's `context`; `null` means the field was left out of the request. */
export type AppleBusinessContextValue = string | number | boolean | null | readonly unknown[] | JsonObject;

/** One `{field, value}` pair of an item's details; `value` is absent when the API sent none. */
export interface AppleBusinessFieldValue {
  readonly field: string;
  readonly value?: string;
}

/** An item's `details`, normalized: missing lists are empty, undocumented keys go to `other`. */
export interface AppleBusinessItemDetails {
  readonly createdDate?: string;
  /** What the request contained. */
  readonly submitted: readonly AppleBusinessFieldValue[];
  /** What the API wanted instead. */
  readonly expected: readonly AppleBusinessFieldValue[];
  /** Values of the existing resource the request was checked against. */
  readonly compared: readonly AppleBusinessFieldValue[];
  /** Keys outside the documented shape, e.g. `{ header: 'Authorization' }` on a real 401. */
  readonly other?: JsonObject;
}

/** One element of the error array, kept whole. */
export interface AppleBusinessItem {
  /** The code exactly as sent. */
  readonly code: AppleBusinessCode;
  /** The prefix before the first `__`; `undefined` for codes without one (`Unauthorized`). */
  readonly resource: AppleBusinessResource | undefined;
  readonly reason: AppleBusinessReason;
  /** The message with `{{placeholders}}` filled from `context`. */
  readonly message: string;
  /** The message as sent, placeholders and all. */
  readonly template: string | undefined;
  /** Name → value map (no prototype). */
  readonly context: Readonly<Record<string, AppleBusinessContextValue>>;
  readonly severity?: AppleBusinessSeverity;
  readonly details?: AppleBusinessItemDetails;
}

/** Details of an error from the resource endpoints (a JSON array of items). */
export interface AppleBusinessListDetails {
  readonly format: 'error-list';
  /** The primary item's resource and reason (also readable from `code`). */
  readonly resource: AppleBusinessResource | undefined;
  readonly reason: AppleBusinessReason;
  /** Index of the primary item in `errors`. */
  readonly primary: number;
  /** Every item of the body that is an object, in order (at most 1,000). */
  readonly errors: readonly AppleBusinessItem[];
  /** How many elements past the first 1,000 were not read; absent when none were left out. */
  readonly omitted?: number;
}

/** Details of an error from the OAuth token endpoint (`{error, error_description}`). */
export interface AppleBusinessOAuthDetails {
  readonly format: 'oauth';
  readonly resource: undefined;
  /** The OAuth `error` value (same as `code`). */
  readonly reason: AppleBusinessReason;
  readonly description: string | undefined;
}

export type AppleBusinessDetails = AppleBusinessListDetails | AppleBusinessOAuthDetails;

/** An Apple Business Connect error. */
export type AppleBusinessError = ApiError<typeof VENDOR, AppleBusinessCode, AppleBusinessDetails>;
