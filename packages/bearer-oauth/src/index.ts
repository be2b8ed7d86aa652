import * as BearerOAuthCode from './codes.ts';
import * as OAuthCode from './oauthCodes.ts';
import type { BearerOAuthErrorCode, OAuthErrorCode } from './types.ts';

// The module, the guard, the codes, the catalog.
export { bearerOAuth } from './vendor.ts';
export type { BearerOAuthClaim } from './parse.ts';
export { hasBaseCode, isBearerOAuthError } from './guard.ts';
export type { BaseCode, WithBaseCode } from './guard.ts';
/**
 * Every code as a constant (`BearerOAuthCode.InvalidToken`, `BearerOAuthCode.ResourceNotExist`),
 * and, as a type, every code an error can carry (templates as their instances). Through this root
 * export esbuild keeps all 64 constants; `import * as BearerOAuthCode from '@errata/bearer-oauth/codes'`
 * costs only the ones used, with every bundler.
 */
type BearerOAuthCode = BearerOAuthErrorCode;
export { BearerOAuthCode };
export { bearerOAuthCatalog, describeBearerOAuthCode } from './catalog.ts';
export type { BearerOAuthCatalogEntry } from './catalog.ts';
export type {
  ApiErrorCode,
  ApiTemplate,
  BearerOAuthDetails,
  BearerOAuthError,
  BearerOAuthErrorCode,
  BearerOAuthOrigin,
  OAuthErrorCode,
  TemplateInstance,
} from './types.ts';

// Vendor-specific helpers: details that survive rehydration, scope and challenge reading, templates.
export { dpopNonceOf, requiredScopesOf } from './accessors.ts';
export { findTokenChallenge, splitScopes, splitSpaced } from './bearer.ts';
export { matchTemplate } from './template.ts';
export type { TemplateMatch } from './template.ts';

// The WWW-Authenticate parser and builder.
export { buildChallenge, buildChallenges } from './challenge/build.ts';
export type { BuildChallengeOptions, ChallengeInit } from './challenge/build.ts';
export { DEFAULT_MAX_CHALLENGE_LENGTH, MAX_CHALLENGE_ISSUES, parseChallenges } from './challenge/parse.ts';
export type { ParseChallengesOptions } from './challenge/parse.ts';
export type { Challenge, ChallengeIssue, ChallengeIssueCode, ParsedChallenges } from './challenge/types.ts';

// 0.1 names, kept so code written against 0.1 compiles. Deprecated: use `BearerOAuthCode`, which
// holds both families (`ApiCode.AccessDenied` is `BearerOAuthCode.ApiAccessDenied` there).
/** Deprecated (0.1): the OAuth `error` constants, all of them in `BearerOAuthCode`. Also the union type of their values. */
type OAuthCode = OAuthErrorCode;
export { OAuthCode };
/** Deprecated (0.1): the `{code, description}` constants, all of them in `BearerOAuthCode` (`AccessDenied` as `ApiAccessDenied`). */
export * as ApiCode from './apiCodes.ts';
