export { dpopNonceOf, requiredScopesOf } from './accessors.ts';
export * as ApiCode from './apiCodes.ts';
export { findTokenChallenge, splitScopes, splitSpaced } from './bearer.ts';
export { buildChallenge, buildChallenges } from './challenge/build.ts';
export type { BuildChallengeOptions, ChallengeInit } from './challenge/build.ts';
export { DEFAULT_MAX_CHALLENGE_LENGTH, MAX_CHALLENGE_ISSUES, parseChallenges } from './challenge/parse.ts';
export type { ParseChallengesOptions } from './challenge/parse.ts';
export type { Challenge, ChallengeIssue, ChallengeIssueCode, ParsedChallenges } from './challenge/types.ts';
export { bearerOAuthCatalog, describeCode } from './catalog.ts';
export type { CodeInfo } from './catalog.ts';
export { hasBaseCode, isBearerOAuthError } from './guards.ts';
export type { BaseCode, WithBaseCode } from './guards.ts';
export { OAuthCode } from './oauthCode.ts';
export { matchTemplate } from './template.ts';
export type { TemplateMatch } from './template.ts';
export type {
  ApiErrorCode,
  ApiTemplate,
  BearerOAuthCode,
  BearerOAuthDetails,
  BearerOAuthError,
  BearerOAuthOrigin,
  OAuthErrorCode,
  TemplateInstance,
} from './types.ts';
export { bearerOAuth } from './vendor.ts';
