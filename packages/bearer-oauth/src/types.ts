import type { ApiError, OrUnknown } from '@errata/core';
import type * as ApiCodes from './apiCodes.ts';
import type { Challenge, ChallengeIssue } from './challenge/types.ts';
import type * as OAuthCodes from './oauthCodes.ts';

/** Every OAuth `error` value the catalog knows (RFC 6749, 6750, 8628, 9449, 9470, OIDC, …). */
export type OAuthErrorCode = (typeof OAuthCodes)[keyof typeof OAuthCodes];

/** Every `{code, description}` code the catalog knows, templates included as written in the docs. */
export type ApiErrorCode = (typeof ApiCodes)[keyof typeof ApiCodes];

/** The templated API codes, spelled with their `{RESOURCE}` placeholder. */
export type ApiTemplate = typeof ApiCodes.InvalidResource | typeof ApiCodes.ResourceNotExist | typeof ApiCodes.ResourceAlreadyExist;

/** The concrete codes a template stands for: `{RESOURCE}_NOT_EXIST` → `` `${string}_NOT_EXIST` ``. */
export type TemplateInstance<TTemplate extends string> = TTemplate extends `${infer Head}{RESOURCE}${infer Tail}` ? `${Head}${string}${Tail}` : TTemplate;

/**
 * Codes an error can carry: the known ones, and any instance of a template. (The index exports it
 * together with the constants, under the name `BearerOAuthCode`.)
 */
export type BearerOAuthErrorCode = OAuthErrorCode | Exclude<ApiErrorCode, ApiTemplate> | TemplateInstance<ApiTemplate>;

/** Where the error's code came from. */
export type BearerOAuthOrigin =
  /** The `error` of a Bearer or DPoP challenge in `WWW-Authenticate` (RFC 6750 §3, RFC 9449 §7.1). */
  | 'challenge'
  /** An OAuth error body `{error, error_description?, error_uri?}` (RFC 6749 §5.2). */
  | 'oauth'
  /** A `{code, description}` API body. */
  | 'api';

export interface BearerOAuthDetails {
  readonly origin: BearerOAuthOrigin;
  /** The catalog code the error's code is an instance of (`{RESOURCE}_NOT_EXIST` for `USER_NOT_EXIST`). */
  readonly baseCode?: string;
  /** The resource named by a templated code (`USER` for `USER_NOT_EXIST`). */
  readonly resource?: string;
  /** The body's `code` when the challenge's `error` became the error's code. */
  readonly apiCode?: string;
  /** The vendor's description (`description`, `error_description` or `message`). */
  readonly description?: string;
  readonly errorUri?: string;
  /** The lower-cased scheme of the challenge the error came from. */
  readonly scheme?: string;
  readonly realm?: string;
  /** Scopes the resource needs (`scope` of an `insufficient_scope` challenge), split on spaces. */
  readonly requiredScopes?: readonly string[];
  /** DPoP signing algorithms the resource accepts (`algs`). */
  readonly algs?: readonly string[];
  /** The `DPoP-Nonce` header: send it in the next DPoP proof (retry once for `use_dpop_nonce`). */
  readonly dpopNonce?: string;
  /** RFC 9470 step-up: required authentication context classes and maximum authentication age (seconds). */
  readonly acrValues?: readonly string[];
  readonly maxAge?: number;
  /** RFC 9728 protected-resource metadata URL. */
  readonly resourceMetadata?: string;
  /** RFC 8628 `slow_down`: add this many milliseconds to the polling interval from now on. */
  readonly intervalIncreaseMs?: number;
  /** Every challenge of `WWW-Authenticate`, parsed. */
  readonly challenges?: readonly Challenge[];
  /** What the challenge parser skipped or flagged. */
  readonly challengeIssues?: readonly ChallengeIssue[];
}

/** An error from a Bearer-token API or an OAuth server. */
export type BearerOAuthError = ApiError<'bearer-oauth', OrUnknown<BearerOAuthErrorCode>, BearerOAuthDetails>;
