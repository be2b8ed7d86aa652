import type { CodePolicy } from './policy.ts';

/** The OAuth 2.0 `error` values of RFC 6749 (§4.1.2.1, §5.2), RFC 6750 (§3.1) and RFC 7009 (§2.2.1). */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'invalid_scope'
  | 'access_denied'
  | 'unsupported_response_type'
  | 'server_error'
  | 'temporarily_unavailable'
  | 'invalid_token'
  | 'insufficient_scope'
  | 'unsupported_token_type';

const INVALID: CodePolicy = { kind: 'invalid-argument', action: 'fix-request', retryable: false };
const UNSUPPORTED: CodePolicy = { kind: 'unimplemented', action: 'fix-request', retryable: false };

// From what each code means in its RFC; shared so one token error reads the same from any vendor.
const OAUTH_POLICIES: Readonly<Record<OAuthErrorCode, CodePolicy>> = {
  // A parameter is missing, repeated or malformed.
  invalid_request: INVALID,
  // Client authentication failed: the app's id or secret is wrong, not the user's session.
  invalid_client: { kind: 'unauthenticated', action: 'fix-request', retryable: false },
  // The code or refresh token is invalid, expired, revoked or another client's: authorize again.
  invalid_grant: { kind: 'unauthenticated', action: 'reauthenticate', retryable: false },
  // This client may not use this grant type.
  unauthorized_client: { kind: 'permission-denied', action: 'fix-request', retryable: false },
  unsupported_grant_type: UNSUPPORTED,
  // A scope is unknown, malformed or more than the client may ask for.
  invalid_scope: INVALID,
  // The user (or the server) refused the authorization.
  access_denied: { kind: 'permission-denied', action: 'none', retryable: false },
  unsupported_response_type: UNSUPPORTED,
  // The OAuth stand-ins for 500 and 503: the same request can be sent again.
  server_error: { kind: 'internal', action: 'retry', retryable: true },
  temporarily_unavailable: { kind: 'unavailable', action: 'retry', retryable: true },
  // The access token is expired, revoked or malformed: get a new one.
  invalid_token: { kind: 'unauthenticated', action: 'reauthenticate', retryable: false },
  // The token lacks a scope: authorize again asking for it.
  insufficient_scope: { kind: 'permission-denied', action: 'reauthenticate', retryable: false },
  // Revocation of a token type the server does not support.
  unsupported_token_type: UNSUPPORTED,
};

/**
 * The policy of an RFC 6749 / 6750 / 7009 `error` value, or `undefined` for any other value
 * (extension codes stay with the vendor that knows them). Never throws.
 */
export function oauthPolicyOf(code: unknown): CodePolicy | undefined {
  // An own-property test, so `__proto__` and `toString` find nothing.
  return typeof code === 'string' && Object.hasOwn(OAUTH_POLICIES, code) ? OAUTH_POLICIES[code as OAuthErrorCode] : undefined;
}

const MAX_OAUTH_CODE_LENGTH = 64;

/**
 * True for a plausible OAuth `error` value: 1-64 characters of `a-z`, `0-9` and `_`, the form of
 * every registered OAuth error code. Other strings (kebab-case codes, prose, huge values) are not
 * taken for OAuth codes, so a body cannot pass one off as such.
 */
export function isOAuthCodeText(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_OAUTH_CODE_LENGTH) return false;
  for (let index = 0; index < value.length; index++) {
    const char = value.charCodeAt(index);
    if (!((char >= 97 && char <= 122) || (char >= 48 && char <= 57) || char === 95)) return false;
  }
  return true;
}
