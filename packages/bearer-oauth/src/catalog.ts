import type { Action, Kind } from '@errata/core';
import { kindAt, metaOf } from './meta.ts';
import { matchTemplate } from './template.ts';

/** Everything errata records about one code. */
export interface CodeInfo {
  /** The code as sent; templates keep their `{RESOURCE}` placeholder. */
  readonly code: string;
  /** What the code means, in errata's words. */
  readonly message: string;
  /** The statuses the code is documented with (the first is the usual one); `[]` when it travels in a redirect. */
  readonly statuses: readonly number[];
  readonly kind: Kind;
  readonly action: Action;
  readonly retryable: boolean;
  /** Where the fact comes from. */
  readonly source: string;
  readonly url: string;
  /** How well the entry is established, and any caveat. */
  readonly verification: string;
}

type Source = readonly [label: string, url: string, verification: string];

const CHECKED = 'Checked against the specification text (2026).';
// Plain literals only: an interpolated string counts as a side effect and would survive tree-shaking.
const SOURCES = {
  rfc6750: ['RFC 6750 §3.1', 'https://www.rfc-editor.org/rfc/rfc6750#section-3.1', CHECKED],
  rfc6749token: ['RFC 6749 §5.2', 'https://www.rfc-editor.org/rfc/rfc6749#section-5.2', CHECKED],
  rfc6749auth: ['RFC 6749 §4.1.2.1', 'https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1', 'Checked against the specification text (2026). Sent in the redirect URI, so no HTTP status.'],
  rfc8628: ['RFC 8628 §3.5', 'https://www.rfc-editor.org/rfc/rfc8628#section-3.5', CHECKED],
  rfc9449: ['RFC 9449 §5, §8, §9', 'https://www.rfc-editor.org/rfc/rfc9449', CHECKED],
  rfc9470: ['RFC 9470 §3', 'https://www.rfc-editor.org/rfc/rfc9470', 'From secondary sources; verify against the IANA OAuth Extensions Error Registry.'],
  oidc: ['OpenID Connect Core 1.0 §3.1.2.6', 'https://openid.net/specs/openid-connect-core-1_0.html#AuthError', 'From secondary sources; sent in the redirect URI, so no HTTP status.'],
  rfc7009: ['RFC 7009 §2.2.1', 'https://www.rfc-editor.org/rfc/rfc7009', 'From secondary sources; verify against the IANA OAuth Extensions Error Registry.'],
  rfc7591: ['RFC 7591 §3.2.2', 'https://www.rfc-editor.org/rfc/rfc7591', 'From secondary sources; verify against the IANA OAuth Extensions Error Registry.'],
  rfc8707: ['RFC 8707 §2', 'https://www.rfc-editor.org/rfc/rfc8707', 'From secondary sources; verify against the IANA OAuth Extensions Error Registry.'],
  rfc9396: ['RFC 9396 §5', 'https://www.rfc-editor.org/rfc/rfc9396', 'From secondary sources; verify against the IANA OAuth Extensions Error Registry.'],
  github: [
    'GitHub: troubleshooting OAuth app access token request errors',
    'https://docs.github.com/en/apps/oauth-apps/maintaining-oauth-apps/troubleshooting-oauth-app-access-token-request-errors',
    'Codes and JSON bodies from GitHub Docs (2026). HTTP 200 is from GitHub community reports (discussion 101455), not the docs; the body is form-encoded unless the request sent Accept: application/json.',
  ],
  errata: ['errata', 'https://github.com/errata-dev/errata', 'Not a wire value: errata names a 401 challenge without `error` (RFC 6750 §3.1).'],
  lw: ['LINE WORKS API 2.0 error codes', 'https://developers.worksmobile.com/en/docs/error-codes', 'Seed page (EN), cross-checked with the JP and KR pages.'],
  lwDeleted: ['LINE WORKS API 2.0 error codes', 'https://developers.worksmobile.com/en/docs/error-codes', 'In the EN and KR pages; absent from the JP page.'],
  lwTemplate: ['LINE WORKS API 2.0 error codes', 'https://developers.worksmobile.com/en/docs/error-codes', 'Template: the docs do not list the resource names, so any upper-snake name is accepted.'],
  lwRate: ['LINE WORKS rate limits', 'https://developers.worksmobile.com/en/docs/rate-limits', 'From the rate-limits page, not the error-code table.'],
  lwLegacy: ['LINE WORKS API 1.0 common errors', 'https://developers.worksmobile.com/jp/document/3002003?lang=en', 'Legacy `errorCode`; the stored copy of the table was cut after 043.'],
} satisfies Record<string, Source>;

type Entry = readonly [code: string, message: string, statuses: readonly number[], source: keyof typeof SOURCES];

const NONE: readonly number[] = [];
const ENTRIES: readonly Entry[] = [
  ['invalid_request', 'The request is missing a parameter, repeats one, or is otherwise malformed.', [400], 'rfc6750'],
  ['invalid_token', 'The access token is expired, revoked, malformed or otherwise invalid.', [401], 'rfc6750'],
  ['insufficient_scope', 'The access token lacks the scopes this resource needs.', [403], 'rfc6750'],
  ['invalid_client', 'Client authentication failed.', [401, 400], 'rfc6749token'],
  ['invalid_grant', 'The authorization grant or refresh token is invalid, expired, revoked or was issued to another client.', [400], 'rfc6749token'],
  ['unauthorized_client', 'This client may not use this grant type.', [400], 'rfc6749token'],
  ['unsupported_grant_type', 'The authorization server does not support this grant type.', [400], 'rfc6749token'],
  ['invalid_scope', 'The requested scope is invalid, unknown, malformed or too broad.', [400], 'rfc6749token'],
  ['access_denied', 'The resource owner or the authorization server refused the request.', NONE, 'rfc6749auth'],
  ['unsupported_response_type', 'The authorization server does not support this response type.', NONE, 'rfc6749auth'],
  ['server_error', 'The authorization server hit an unexpected condition.', NONE, 'rfc6749auth'],
  ['temporarily_unavailable', 'The authorization server is overloaded or down for maintenance.', NONE, 'rfc6749auth'],
  ['authorization_pending', 'The user has not finished the device authorization yet; keep polling.', [400], 'rfc8628'],
  ['slow_down', 'Polling too fast; add five seconds to the interval for this and later requests.', [400], 'rfc8628'],
  ['expired_token', 'The device code expired; start a new device authorization.', [400], 'rfc8628'],
  ['invalid_dpop_proof', 'The DPoP proof is invalid.', [400, 401], 'rfc9449'],
  ['use_dpop_nonce', 'The server wants a nonce in the DPoP proof; retry once with the DPoP-Nonce it sent.', [400, 401], 'rfc9449'],
  ['insufficient_user_authentication', 'The user must authenticate again more strongly or more recently (see acr_values and max_age).', [401], 'rfc9470'],
  ['interaction_required', 'The user must interact with the authorization server.', NONE, 'oidc'],
  ['login_required', 'The user must sign in.', NONE, 'oidc'],
  ['account_selection_required', 'The user must choose an account.', NONE, 'oidc'],
  ['consent_required', 'The user must consent.', NONE, 'oidc'],
  ['invalid_request_uri', 'The request_uri is invalid or unreachable.', NONE, 'oidc'],
  ['invalid_request_object', 'The request object is invalid.', NONE, 'oidc'],
  ['request_not_supported', 'The server does not support the request parameter.', NONE, 'oidc'],
  ['request_uri_not_supported', 'The server does not support the request_uri parameter.', NONE, 'oidc'],
  ['registration_not_supported', 'The server does not support the registration parameter.', NONE, 'oidc'],
  ['unsupported_token_type', 'The server cannot revoke this type of token.', [400], 'rfc7009'],
  ['invalid_redirect_uri', 'A redirect URI in the registration is invalid.', [400], 'rfc7591'],
  ['invalid_client_metadata', 'A client metadata value in the registration is invalid.', [400], 'rfc7591'],
  ['invalid_software_statement', 'The software statement is invalid.', [400], 'rfc7591'],
  ['unapproved_software_statement', 'The software statement is not approved for this server.', [400], 'rfc7591'],
  ['invalid_target', 'The requested resource indicator is invalid or not allowed.', [400], 'rfc8707'],
  ['invalid_authorization_details', 'The authorization_details are invalid.', [400], 'rfc9396'],
  ['bad_verification_code', 'The authorization code is wrong, expired or was already used; sign in again.', [200], 'github'],
  ['incorrect_client_credentials', 'The client_id or client_secret is wrong.', [200], 'github'],
  ['redirect_uri_mismatch', 'The redirect_uri does not match the callback URL registered for the app.', [200], 'github'],
  ['authentication_required', 'The resource needs credentials the request did not carry.', [401], 'errata'],
  ['BAD_REQUEST', 'The request format or body cannot be processed.', [400], 'lw'],
  ['INVALID_PARAMETER', 'A parameter has a wrong format or content.', [400], 'lw'],
  ['INVALID_{RESOURCE}', 'The content of the named resource is wrong.', [400], 'lwTemplate'],
  ['MISSING_PARAMETER', 'A required parameter is missing.', [400], 'lw'],
  ['LIMIT_EXCEEDED', 'A limit was exceeded: of a value (400) or of the resource (403).', [400, 403], 'lw'],
  ['OUT_OF_RANGE', 'A value or the resource is outside its allowed range.', [400, 403], 'lw'],
  ['UNAUTHORIZED', 'Authentication information is missing or wrong.', [401], 'lw'],
  ['FORBIDDEN', 'The request was understood but refused, e.g. for missing permissions or OAuth scopes.', [403], 'lw'],
  ['ACCESS_DENIED', 'Access to the resource is restricted.', [403], 'lw'],
  ['NOT_FOUND', 'The resource was not found.', [404], 'lw'],
  ['{RESOURCE}_NOT_EXIST', 'The named resource does not exist.', [404], 'lwTemplate'],
  ['CONFLICT', 'The request conflicts with the state of the resource.', [409], 'lw'],
  ['ALREADY_EXIST', 'The resource already exists.', [409], 'lw'],
  ['{RESOURCE}_ALREADY_EXIST', 'The named resource already exists.', [409], 'lwTemplate'],
  ['DELETED', 'The resource was already deleted.', [410], 'lwDeleted'],
  ['TOO_MANY_REQUESTS', 'The API rate limit was exceeded.', [429], 'lwRate'],
  ['INTERNAL_SERVER_ERROR', 'An unspecified internal server error.', [500], 'lw'],
  ['SERVICE_UNAVAILABLE', 'A temporary server error.', [503], 'lw'],
  ['001', 'The URL is not supported.', [404], 'lwLegacy'],
  ['002', 'The port is not supported.', [404], 'lwLegacy'],
  ['024', 'Authentication failed.', [401], 'lwLegacy'],
  ['028', 'The authentication header is missing.', [401], 'lwLegacy'],
  ['029', 'The authentication header is malformed.', [401], 'lwLegacy'],
  ['041', 'The tenant API id is not allowed.', [403], 'lwLegacy'],
  ['042', 'The consumer key is not allowed.', [403], 'lwLegacy'],
  ['043', 'Not allowed (the stored documentation is cut off here).', [403], 'lwLegacy'],
];

function infoOf([code, message, statuses, sourceKey]: Entry): CodeInfo {
  const meta = metaOf(code) ?? ['unknown', 'none', 500];
  const [label, url, verification]: Source = SOURCES[sourceKey];
  const action = meta[1];
  return { code, message, statuses, kind: kindAt(code, meta, statuses[0] ?? meta[2]), action, retryable: action === 'retry', source: label, url, verification };
}

/** Every code errata knows for Bearer-token and OAuth APIs, with its meaning and provenance. */
export const bearerOAuthCatalog: readonly CodeInfo[] = /* @__PURE__ */ ENTRIES.map(infoOf);

/** The catalog entry of a code (a templated code such as `USER_NOT_EXIST` gives its template's entry). */
export function describeCode(code: string): CodeInfo | undefined {
  const direct = bearerOAuthCatalog.find((info) => info.code === code);
  if (direct !== undefined) return direct;
  const match = matchTemplate(code);
  return match === undefined ? undefined : bearerOAuthCatalog.find((info) => info.code === match.template);
}
