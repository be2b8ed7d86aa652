import type { Action, Kind } from '@errata/core';
import type { AppleBusinessOAuthCode } from '../types.ts';
import { CHECKED, OAUTH_ERRORS_PAGE, type Provenance } from './evidence.ts';

/** One documented answer: the status (or `redirect` for the authorization redirect) and its description. */
export interface AppleBusinessOAuthResponse {
  readonly status: number | 'redirect';
  /** `error_description` exactly as documented. */
  readonly description: string;
  readonly kind: Kind;
  readonly action: Action;
  readonly note?: string;
}

export interface AppleBusinessOAuthInfo extends Provenance {
  readonly responses: readonly AppleBusinessOAuthResponse[];
  readonly description: string;
}

const documented = { evidence: 'verified', source: OAUTH_ERRORS_PAGE, checked: CHECKED } as const;
const fix = (status: number | 'redirect', description: string, kind: Kind = 'invalid-argument'): AppleBusinessOAuthResponse => ({
  status,
  description,
  kind,
  action: 'fix-request',
});

type OAuthTable = Readonly<Record<AppleBusinessOAuthCode, AppleBusinessOAuthInfo>>;

// Built inside a pure call so bundlers drop the whole table when it is not imported.
/** The OAuth endpoints' `error` values, each with the descriptions Apple documents for it. */
export const appleBusinessOAuthErrors: OAuthTable = /* @__PURE__ */ ((): OAuthTable => ({
  invalid_request: {
    ...documented,
    description: 'The token or authorization request is missing a field, has an invalid one, or is not JSON.',
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
  },
  invalid_grant: {
    ...documented,
    description: 'The refresh token is invalid (get new tokens), or grant_type has a value the endpoint does not accept.',
    responses: [
      fix(400, 'grant_type is invalid. Accepted values: refresh_token, client_credentials, authorization_code'),
      { status: 400, description: 'Invalid refresh_token', kind: 'unauthenticated', action: 'reauthenticate' },
      { status: 401, description: 'Invalid refresh_token', kind: 'unauthenticated', action: 'reauthenticate' },
    ],
  },
  invalid_client: {
    ...documented,
    description: 'The client id or secret is wrong: a configuration problem, not an expired session.',
    responses: [fix(401, 'Invalid client_id or client_secret', 'unauthenticated')],
  },
  invalid_scope: {
    ...documented,
    description: 'The requested scope is not one the endpoint accepts.',
    responses: [
      { ...fix(400, 'scope is invalid. Accepted values: business_connect'), note: 'Service accounts only.' },
      fix('redirect', 'scope is not valid'),
    ],
  },
  internal_server_error: {
    ...documented,
    description: 'The token endpoint failed; retry with backoff.',
    responses: [
      { status: 500, description: 'AN_UNKNOWN_ERROR_OCCURRED', kind: 'internal', action: 'retry' },
      { status: 500, description: 'server error', kind: 'internal', action: 'retry' },
    ],
  },
  unsupported_response_type: {
    ...documented,
    description: 'The authorization request asked for a response_type other than code.',
    responses: [fix('redirect', 'response_type must be code')],
  },
  server_error: {
    ...documented,
    description: 'The authorization server failed.',
    responses: [{ status: 'redirect', description: 'server error', kind: 'internal', action: 'retry' }],
  },
}))();
