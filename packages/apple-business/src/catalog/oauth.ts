import type { Action, CatalogEntry, Kind } from '@errata/core/vendor';
import type { AppleBusinessOAuthCode } from '../types.ts';
import { from, OAUTH_ERRORS_PAGE, type AppleBusinessEvidence } from './evidence.ts';

/** One documented answer: the status (or `redirect` for the authorization redirect), its description, and how errata reads it. */
export interface AppleBusinessOAuthResponse {
  readonly status: number | 'redirect';
  /** `error_description` exactly as documented. */
  readonly description: string;
  readonly kind: Kind;
  readonly action: Action;
  readonly note?: string;
}

/**
 * An `error` value of the OAuth endpoints: the kit's entry (its policy is the reading when no
 * description says more) plus every answer Apple documents for it.
 */
export interface AppleBusinessOAuthEntry extends CatalogEntry<AppleBusinessOAuthCode> {
  readonly format: 'oauth';
  readonly evidence: AppleBusinessEvidence;
  readonly responses: readonly AppleBusinessOAuthResponse[];
}

/* @__NO_SIDE_EFFECTS__ */
function fix(status: number | 'redirect', description: string, kind: Kind = 'invalid-argument'): AppleBusinessOAuthResponse {
  return { status, description, kind, action: 'fix-request' };
}

/* @__NO_SIDE_EFFECTS__ */
function documented(
  init: Pick<AppleBusinessOAuthEntry, 'code' | 'name' | 'message' | 'policy' | 'responses'>,
): AppleBusinessOAuthEntry {
  const statuses: number[] = [];
  for (const { status } of init.responses) if (status !== 'redirect' && !statuses.includes(status)) statuses.push(status);
  return { format: 'oauth', evidence: 'verified', provenance: from(OAUTH_ERRORS_PAGE), statuses, ...init };
}

/** The OAuth endpoints' `error` values, in the order of `./codes` (built on call, so an unused table costs nothing). */
export function oauthEntries(): readonly AppleBusinessOAuthEntry[] {
  return [
  documented({
    code: 'invalid_request',
    name: 'OAuthInvalidRequest',
    message: 'The token or authorization request is missing a field, has an invalid one, or is not JSON.',
    policy: { kind: 'invalid-argument', action: 'fix-request', retryable: false },
    responses: [
      fix(400, 'Invalid client_id'),
      fix(400, 'Missing fields in POST body client_id, client_secret, grant_type and scope required.'),
      fix(400, 'OAuth 2.0 Parameter: <parameter name> missing'),
      fix(400, 'POST body is empty.'),
      fix(400, 'Unsupported Media Type for POST body. Must be json.'),
      {
        ...fix(404, '404 Not Found', 'not-found'),
        note: 'The docs print error "404 Not Found" with description "invalid_request"; the columns look swapped.',
      },
      fix('redirect', 'code_challenge_method must be S256'),
      fix('redirect', 'client_id does not match a registered OAuth app'),
      fix('redirect', 'bad request'),
      fix('redirect', 'redirect_uri must not be empty string'),
      fix('redirect', 'redirect_uri is not valid'),
      fix('redirect', 'localhost is not allowed for redirect_uri. Use the IP literal (127.0.0.1) instead'),
      fix('redirect', 'redirect_uri does not match one of the registered redirect_uri on OAuth app'),
      fix('redirect', 'scope must not be empty string'),
      fix('redirect', 'client_id must not be empty string'),
    ],
  }),
  documented({
    code: 'invalid_grant',
    name: 'OAuthInvalidGrant',
    message: 'The refresh token is invalid (get new tokens), or grant_type has a value the endpoint does not accept.',
    policy: { kind: 'unauthenticated', action: 'reauthenticate', retryable: false },
    responses: [
      fix(400, 'grant_type is invalid. Accepted values: refresh_token, client_credentials, authorization_code'),
      { status: 400, description: 'Invalid refresh_token', kind: 'unauthenticated', action: 'reauthenticate' },
      { status: 401, description: 'Invalid refresh_token', kind: 'unauthenticated', action: 'reauthenticate' },
    ],
  }),
  documented({
    code: 'invalid_client',
    name: 'OAuthInvalidClient',
    message: 'The client id or secret is wrong: a configuration problem, not an expired session.',
    policy: { kind: 'unauthenticated', action: 'fix-request', retryable: false },
    responses: [fix(401, 'Invalid client_id or client_secret', 'unauthenticated')],
  }),
  documented({
    code: 'invalid_scope',
    name: 'OAuthInvalidScope',
    message: 'The requested scope is not one the endpoint accepts.',
    policy: { kind: 'invalid-argument', action: 'fix-request', retryable: false },
    responses: [{ ...fix(400, 'scope is invalid. Accepted values: business_connect'), note: 'Service accounts only.' }, fix('redirect', 'scope is not valid')],
  }),
  documented({
    code: 'internal_server_error',
    name: 'OAuthInternalServerError',
    message: 'The token endpoint failed; retry with backoff.',
    policy: { kind: 'internal', action: 'retry', retryable: true },
    responses: [
      { status: 500, description: 'AN_UNKNOWN_ERROR_OCCURRED', kind: 'internal', action: 'retry' },
      { status: 500, description: 'server error', kind: 'internal', action: 'retry' },
    ],
  }),
  documented({
    code: 'unsupported_response_type',
    name: 'OAuthUnsupportedResponseType',
    message: 'The authorization request asked for a response_type other than code.',
    // RFC 6749's reading (the kit's): the server does not offer that response type.
    policy: { kind: 'unimplemented', action: 'fix-request', retryable: false },
    responses: [fix('redirect', 'response_type must be code', 'unimplemented')],
  }),
  documented({
    code: 'server_error',
    name: 'OAuthServerError',
    message: 'The authorization server failed.',
    policy: { kind: 'internal', action: 'retry', retryable: true },
    responses: [{ status: 'redirect', description: 'server error', kind: 'internal', action: 'retry' }],
  }),
];
}
