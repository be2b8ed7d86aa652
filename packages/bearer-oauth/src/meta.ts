import type { Action, Kind } from '@errata/core';

/** What the parser needs per code: the normalized kind, the follow-up action and the usual status. */
export type CodeMeta = readonly [kind: Kind, action: Action, status: number];

const BAD: CodeMeta = ['invalid-argument', 'fix-request', 400];
const UNSUPPORTED: CodeMeta = ['unimplemented', 'fix-request', 400];
const USER: CodeMeta = ['unauthenticated', 'user-action', 401];
const BAD_200: CodeMeta = ['invalid-argument', 'fix-request', 200];

// Written as a literal for reading; looked up through CODES below.
const META: Readonly<Record<string, CodeMeta>> = {
  invalid_request: BAD,
  invalid_token: ['unauthenticated', 'reauthenticate', 401],
  // The client may ask for a new token with the scopes in `requiredScopes`.
  insufficient_scope: ['permission-denied', 'reauthenticate', 403],
  invalid_client: ['unauthenticated', 'fix-request', 401],
  // The grant (code, refresh token) is dead: the user has to sign in again.
  invalid_grant: ['unauthenticated', 'reauthenticate', 400],
  unauthorized_client: ['permission-denied', 'fix-request', 400],
  unsupported_grant_type: UNSUPPORTED,
  invalid_scope: BAD,
  access_denied: ['permission-denied', 'none', 403],
  unsupported_response_type: UNSUPPORTED,
  server_error: ['internal', 'retry', 500],
  temporarily_unavailable: ['unavailable', 'retry', 503],
  authorization_pending: ['failed-precondition', 'retry', 400],
  slow_down: ['resource-exhausted', 'retry', 400],
  expired_token: ['unauthenticated', 'reauthenticate', 400],
  // Token endpoint statuses (RFC 9449 §5, §8); a resource server sends the same codes with 401.
  invalid_dpop_proof: ['unauthenticated', 'fix-request', 400],
  use_dpop_nonce: ['failed-precondition', 'retry', 400],
  insufficient_user_authentication: USER,
  interaction_required: USER,
  login_required: USER,
  account_selection_required: USER,
  consent_required: USER,
  invalid_request_uri: BAD,
  invalid_request_object: BAD,
  request_not_supported: UNSUPPORTED,
  request_uri_not_supported: UNSUPPORTED,
  registration_not_supported: UNSUPPORTED,
  unsupported_token_type: UNSUPPORTED,
  invalid_redirect_uri: BAD,
  invalid_client_metadata: BAD,
  invalid_software_statement: BAD,
  unapproved_software_statement: BAD,
  invalid_target: BAD,
  invalid_authorization_details: BAD,
  authentication_required: ['unauthenticated', 'reauthenticate', 401],
  // GitHub sends these with HTTP 200, so the status here is 200 (the kind comes from the code).
  // A dead authorization code means signing in again, like invalid_grant.
  bad_verification_code: ['unauthenticated', 'reauthenticate', 200],
  incorrect_client_credentials: ['unauthenticated', 'fix-request', 200],
  redirect_uri_mismatch: BAD_200,

  BAD_REQUEST: BAD,
  INVALID_PARAMETER: BAD,
  'INVALID_{RESOURCE}': BAD,
  MISSING_PARAMETER: BAD,
  LIMIT_EXCEEDED: BAD,
  OUT_OF_RANGE: ['out-of-range', 'fix-request', 400],
  UNAUTHORIZED: ['unauthenticated', 'reauthenticate', 401],
  FORBIDDEN: ['permission-denied', 'none', 403],
  ACCESS_DENIED: ['permission-denied', 'none', 403],
  NOT_FOUND: ['not-found', 'none', 404],
  '{RESOURCE}_NOT_EXIST': ['not-found', 'none', 404],
  CONFLICT: ['aborted', 'fix-request', 409],
  ALREADY_EXIST: ['already-exists', 'none', 409],
  '{RESOURCE}_ALREADY_EXIST': ['already-exists', 'none', 409],
  DELETED: ['not-found', 'none', 410],
  TOO_MANY_REQUESTS: ['resource-exhausted', 'retry', 429],
  INTERNAL_SERVER_ERROR: ['internal', 'retry', 500],
  SERVICE_UNAVAILABLE: ['unavailable', 'retry', 503],
  '001': ['not-found', 'fix-request', 404],
  '002': ['not-found', 'fix-request', 404],
  '024': ['unauthenticated', 'reauthenticate', 401],
  '028': ['unauthenticated', 'fix-request', 401],
  '029': ['unauthenticated', 'fix-request', 401],
  '041': ['permission-denied', 'contact-support', 403],
  '042': ['permission-denied', 'contact-support', 403],
  '043': ['permission-denied', 'contact-support', 403],
};

// A Map, not `Object.hasOwn(META, code)`: codes come out of JSON.parse as strings that are not
// internalized, and an own-property test with such a key costs ~100 ns (a string-table lookup)
// where a Map hashes it in a few. Body codes such as `__proto__` are ordinary keys that find nothing.
const CODES: ReadonlyMap<string, CodeMeta> = /* @__PURE__ */ new Map(/* @__PURE__ */ Object.entries(META));

/** The metadata of a catalog code (a template spelled with `{RESOURCE}`), or `undefined`. */
export function metaOf(code: string): CodeMeta | undefined {
  return CODES.get(code);
}

/** The kind for a code at a status: LIMIT_EXCEEDED on a 403 is a resource quota, not a bad value. */
export function kindAt(code: string, meta: CodeMeta, status: number): Kind {
  return code === 'LIMIT_EXCEEDED' && status === 403 ? 'resource-exhausted' : meta[0];
}
