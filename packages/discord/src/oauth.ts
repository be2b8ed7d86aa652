import type { CodeClass } from './catalog/meta.ts';
import type { DiscordOAuthCode } from './types.ts';

// The same judgement as @errata/bearer-oauth for the same RFC codes, so one token error reads the
// same from either package.
const INVALID: CodeClass = ['invalid-argument', 'fix-request', false];
const UNSUPPORTED: CodeClass = ['unimplemented', 'fix-request', false];

/**
 * How each OAuth2 `error` value is treated, from its meaning in RFC 6749 §4.1.2.1 and §5.2,
 * RFC 6750 §3.1 and RFC 7009 §2.2.1.
 */
export const OAUTH_CLASSES: Readonly<Record<DiscordOAuthCode, CodeClass>> = {
  // A parameter is missing, repeated or malformed.
  invalid_request: INVALID,
  // Client authentication failed: the app's client id or secret is wrong, not the user's session.
  invalid_client: ['unauthenticated', 'fix-request', false],
  // The code or refresh token is invalid, expired, revoked or another client's: the user must authorize again.
  invalid_grant: ['unauthenticated', 'reauthenticate', false],
  // This client may not use this grant type.
  unauthorized_client: ['permission-denied', 'fix-request', false],
  // The server does not offer this grant (e.g. a typo in `grant_type`).
  unsupported_grant_type: UNSUPPORTED,
  // A requested scope is unknown, malformed or more than the app may ask for.
  invalid_scope: INVALID,
  // The user (or Discord) refused the authorization.
  access_denied: ['permission-denied', 'none', false],
  unsupported_response_type: UNSUPPORTED,
  // The OAuth stand-ins for 500 and 503; a token request can safely be sent again.
  server_error: ['internal', 'retry', true],
  temporarily_unavailable: ['unavailable', 'retry', true],
  // The bearer token is expired, revoked or malformed: get a new one.
  invalid_token: ['unauthenticated', 'reauthenticate', false],
  // The token lacks a scope: authorize again asking for it.
  insufficient_scope: ['permission-denied', 'reauthenticate', false],
  // Revocation of a token type the server does not support.
  unsupported_token_type: UNSUPPORTED,
};

/** The class of an OAuth2 `error` value, or `undefined` for values RFC 6749 and its extensions do not define here. */
export function oauthClassOf(code: string): CodeClass | undefined {
  // An own-property test, so `__proto__` or `toString` find nothing. (A Map would hash faster, but
  // this path only runs for OAuth2 error bodies, and the table stays one object.)
  return Object.hasOwn(OAUTH_CLASSES, code) ? OAUTH_CLASSES[code as DiscordOAuthCode] : undefined;
}

/** Longest `error` value accepted; registered OAuth error codes are under 40 characters. */
const MAX_OAUTH_CODE_LENGTH = 64;

/**
 * True for a plausible OAuth2 `error` value: 1-64 characters of `a-z`, `0-9` and `_`, the form
 * every registered OAuth error code takes. Other strings (and errata's own kebab-case codes) are
 * not taken as OAuth codes, so a hostile `error` cannot forge `rate-limited` or a huge problem type.
 */
export function isOAuthCodeText(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const { length } = value;
  if (length === 0 || length > MAX_OAUTH_CODE_LENGTH) return false;
  for (let index = 0; index < length; index++) {
    const char = value.charCodeAt(index);
    // a-z, 0-9, _
    if (!((char >= 97 && char <= 122) || (char >= 48 && char <= 57) || char === 95)) return false;
  }
  return true;
}
