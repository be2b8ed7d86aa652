import { oauthPolicyOf, type CodePolicy, type Kind } from '@errata/core/vendor';

/** RFC 8628 §3.5: the default polling interval of the device flow, and what `slow_down` adds to it. */
export const POLL_INTERVAL_MS = 5000;
// The interval after a `slow_down`: 5 s + 5 s. A literal, not `2 * POLL_INTERVAL_MS`: bundlers
// keep arithmetic on a name as a possible side effect, and with it this whole table.
const SLOWED_INTERVAL_MS = 10_000;

// The RFC 6749 / 6750 / 7009 codes take the kit's policy, so a token error reads the same from
// every vendor. They are copied into the table below once, at load: the parser then does one Map
// lookup per code whatever its family.
const RFC_CODES = [
  'invalid_request',
  'invalid_token',
  'insufficient_scope',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
  'access_denied',
  'unsupported_response_type',
  'server_error',
  'temporarily_unavailable',
  'unsupported_token_type',
] as const;

const INVALID: CodePolicy = { kind: 'invalid-argument', action: 'fix-request', retryable: false };
const UNSUPPORTED: CodePolicy = { kind: 'unimplemented', action: 'fix-request', retryable: false };
const USER_ACTION: CodePolicy = { kind: 'unauthenticated', action: 'user-action', retryable: false };
const REAUTHENTICATE: CodePolicy = { kind: 'unauthenticated', action: 'reauthenticate', retryable: false };
const NOT_FOUND: CodePolicy = { kind: 'not-found', action: 'none', retryable: false };
const DENIED: CodePolicy = { kind: 'permission-denied', action: 'none', retryable: false };
const ADMIN: CodePolicy = { kind: 'permission-denied', action: 'contact-support', retryable: false };
const BAD_CREDENTIALS: CodePolicy = { kind: 'unauthenticated', action: 'fix-request', retryable: false };

// Every other code: OAuth extensions (RFC 8628, 9449, 9470, 7591, 8707, 9396, OpenID Connect,
// GitHub), errata's `authentication_required`, and the `{code, description}` API codes.
const EXTENSIONS: readonly (readonly [code: string, policy: CodePolicy])[] = [
  // RFC 8628: keep polling at the interval; `slow_down` adds five seconds to it from now on.
  ['authorization_pending', { kind: 'failed-precondition', action: 'retry', retryable: true, waitMs: POLL_INTERVAL_MS }],
  ['slow_down', { kind: 'resource-exhausted', action: 'retry', retryable: true, waitMs: SLOWED_INTERVAL_MS }],
  ['expired_token', REAUTHENTICATE],
  // RFC 9449: a bad proof is the client's bug; a nonce request is answered by one retry with the nonce.
  ['invalid_dpop_proof', BAD_CREDENTIALS],
  ['use_dpop_nonce', { kind: 'failed-precondition', action: 'retry', retryable: true }],
  // RFC 9470 and OpenID Connect: the user has to do something at the authorization server.
  ['insufficient_user_authentication', USER_ACTION],
  ['interaction_required', USER_ACTION],
  ['login_required', USER_ACTION],
  ['account_selection_required', USER_ACTION],
  ['consent_required', USER_ACTION],
  ['invalid_request_uri', INVALID],
  ['invalid_request_object', INVALID],
  ['request_not_supported', UNSUPPORTED],
  ['request_uri_not_supported', UNSUPPORTED],
  ['registration_not_supported', UNSUPPORTED],
  ['invalid_redirect_uri', INVALID],
  ['invalid_client_metadata', INVALID],
  ['invalid_software_statement', INVALID],
  ['unapproved_software_statement', INVALID],
  ['invalid_target', INVALID],
  ['invalid_authorization_details', INVALID],
  ['authentication_required', REAUTHENTICATE],
  // GitHub's token endpoint (sent with HTTP 200): a dead authorization code means signing in again,
  // like invalid_grant; wrong app credentials or callback are the app's to fix.
  ['bad_verification_code', REAUTHENTICATE],
  ['incorrect_client_credentials', BAD_CREDENTIALS],
  ['redirect_uri_mismatch', INVALID],

  ['BAD_REQUEST', INVALID],
  ['INVALID_PARAMETER', INVALID],
  ['INVALID_{RESOURCE}', INVALID],
  ['MISSING_PARAMETER', INVALID],
  // A bad value at 400; on a 403 a resource quota (see `kindAt`).
  ['LIMIT_EXCEEDED', INVALID],
  ['OUT_OF_RANGE', { kind: 'out-of-range', action: 'fix-request', retryable: false }],
  ['UNAUTHORIZED', REAUTHENTICATE],
  ['FORBIDDEN', DENIED],
  ['ACCESS_DENIED', DENIED],
  ['NOT_FOUND', NOT_FOUND],
  ['{RESOURCE}_NOT_EXIST', NOT_FOUND],
  ['CONFLICT', { kind: 'aborted', action: 'fix-request', retryable: false }],
  ['ALREADY_EXIST', { kind: 'already-exists', action: 'none', retryable: false }],
  ['{RESOURCE}_ALREADY_EXIST', { kind: 'already-exists', action: 'none', retryable: false }],
  ['DELETED', NOT_FOUND],
  ['TOO_MANY_REQUESTS', { kind: 'resource-exhausted', action: 'retry', retryable: true }],
  ['INTERNAL_SERVER_ERROR', { kind: 'internal', action: 'retry', retryable: true }],
  ['SERVICE_UNAVAILABLE', { kind: 'unavailable', action: 'retry', retryable: true }],
  ['001', { kind: 'not-found', action: 'fix-request', retryable: false }],
  ['002', { kind: 'not-found', action: 'fix-request', retryable: false }],
  ['024', REAUTHENTICATE],
  ['028', BAD_CREDENTIALS],
  ['029', BAD_CREDENTIALS],
  ['041', ADMIN],
  ['042', ADMIN],
  ['043', ADMIN],
];

function tableOf(): ReadonlyMap<string, CodePolicy> {
  const table = new Map<string, CodePolicy>();
  for (const code of RFC_CODES) {
    const policy = oauthPolicyOf(code);
    if (policy !== undefined) table.set(code, policy);
  }
  for (const [code, policy] of EXTENSIONS) table.set(code, policy);
  return table;
}

// A Map, not an own-property test on a record: codes come out of JSON.parse as strings that are
// not internalized, and an own-property test with such a key costs ~100 ns (a string-table
// lookup) where a Map hashes it in a few. Body codes such as `__proto__` find nothing.
const POLICIES: ReadonlyMap<string, CodePolicy> = /* @__PURE__ */ tableOf();

/** The policy of a catalog code (a template spelled with `{RESOURCE}`), or `undefined`. */
export function policyOf(code: string): CodePolicy | undefined {
  return POLICIES.get(code);
}

/** The kind of a code at a status: LIMIT_EXCEEDED on a 403 is a resource quota, not a bad value. */
export function kindAt(code: string, policy: CodePolicy, status: number): Kind {
  return code === 'LIMIT_EXCEEDED' && status === 403 ? 'resource-exhausted' : policy.kind;
}
