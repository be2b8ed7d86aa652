import type { Catalog, CatalogEntry, Provenance } from '@errata/core/vendor';
import { defineCatalog } from '@errata/core/vendor';
import type { BaseCode } from './guard.ts';
import { policyOf } from './policy.ts';
import { matchTemplate } from './template.ts';

/** One code of the catalog: a fixed code, or a template spelled with `{RESOURCE}`. */
export type BearerOAuthCatalogEntry = CatalogEntry<BaseCode>;

// Where each family of codes is documented. `source` names the document and gives its address
// (as `errata explain` prints it); `verified` is the day the entries were checked against it; `note`
// is the caveat, when there is one. Plain literals only: an interpolated string counts as a side
// effect and would survive tree-shaking.
type Source = readonly [provenance: Provenance, note: string | undefined];

const FIRST_CHECK = '2026-11-22';
const GITHUB_CHECK = '2026-11-30';
const SECONDARY = 'From secondary sources; verify against the IANA OAuth Extensions Error Registry.';
const SOURCES = {
  rfc6750: [{ source: 'RFC 6750 §3.1: https://www.rfc-editor.org/rfc/rfc6750#section-3.1', verified: FIRST_CHECK }, undefined],
  rfc6749token: [{ source: 'RFC 6749 §5.2: https://www.rfc-editor.org/rfc/rfc6749#section-5.2', verified: FIRST_CHECK }, undefined],
  rfc6749auth: [{ source: 'RFC 6749 §4.1.2.1: https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1', verified: FIRST_CHECK }, 'Sent in the redirect URI, so no HTTP status.'],
  rfc8628: [{ source: 'RFC 8628 §3.5: https://www.rfc-editor.org/rfc/rfc8628#section-3.5', verified: FIRST_CHECK }, undefined],
  rfc9449: [{ source: 'RFC 9449 §5, §8, §9: https://www.rfc-editor.org/rfc/rfc9449', verified: FIRST_CHECK }, undefined],
  rfc9470: [{ source: 'RFC 9470 §3: https://www.rfc-editor.org/rfc/rfc9470', verified: FIRST_CHECK }, SECONDARY],
  oidc: [
    { source: 'OpenID Connect Core 1.0 §3.1.2.6: https://openid.net/specs/openid-connect-core-1_0.html#AuthError', verified: FIRST_CHECK },
    'From secondary sources; sent in the redirect URI, so no HTTP status.',
  ],
  rfc7009: [{ source: 'RFC 7009 §2.2.1: https://www.rfc-editor.org/rfc/rfc7009', verified: FIRST_CHECK }, SECONDARY],
  rfc7591: [{ source: 'RFC 7591 §3.2.2: https://www.rfc-editor.org/rfc/rfc7591', verified: FIRST_CHECK }, SECONDARY],
  rfc8707: [{ source: 'RFC 8707 §2: https://www.rfc-editor.org/rfc/rfc8707', verified: FIRST_CHECK }, SECONDARY],
  rfc9396: [{ source: 'RFC 9396 §5: https://www.rfc-editor.org/rfc/rfc9396', verified: FIRST_CHECK }, SECONDARY],
  github: [
    {
      source: 'GitHub, troubleshooting OAuth app access token request errors: https://docs.github.com/en/apps/oauth-apps/maintaining-oauth-apps/troubleshooting-oauth-app-access-token-request-errors',
      verified: GITHUB_CHECK,
    },
    'HTTP 200 is from GitHub community reports (discussion 101455), not the docs; the body is form-encoded unless the request sent Accept: application/json.',
  ],
  errata: [{ source: 'errata: https://github.com/errata-dev/errata', verified: FIRST_CHECK }, 'Not a wire value: errata names a 401 challenge without `error` (RFC 6750 §3.1).'],
  lw: [{ source: 'LINE WORKS API 2.0 error codes: https://developers.worksmobile.com/en/docs/error-codes', verified: FIRST_CHECK }, 'Seed page (EN), cross-checked with the JP and KR pages.'],
  lwDeleted: [{ source: 'LINE WORKS API 2.0 error codes: https://developers.worksmobile.com/en/docs/error-codes', verified: FIRST_CHECK }, 'In the EN and KR pages; absent from the JP page.'],
  lwTemplate: [
    { source: 'LINE WORKS API 2.0 error codes: https://developers.worksmobile.com/en/docs/error-codes', verified: FIRST_CHECK },
    'Template: the docs do not list the resource names, so any upper-snake name is accepted.',
  ],
  lwRate: [{ source: 'LINE WORKS rate limits: https://developers.worksmobile.com/en/docs/rate-limits', verified: FIRST_CHECK }, 'From the rate-limits page, not the error-code table.'],
  lwLegacy: [
    { source: 'LINE WORKS API 1.0 common errors: https://developers.worksmobile.com/jp/document/3002003?lang=en', verified: FIRST_CHECK },
    'Legacy `errorCode`; the stored copy of the table was cut after 043.',
  ],
} satisfies Record<string, Source>;

type Row = readonly [code: BaseCode, name: string, message: string, statuses: readonly number[], source: keyof typeof SOURCES];

const NONE: readonly number[] = [];
const ROWS: readonly Row[] = [
  ['invalid_request', 'InvalidRequest', 'The request is missing a parameter, repeats one, or is otherwise malformed.', [400], 'rfc6750'],
  ['invalid_token', 'InvalidToken', 'The access token is expired, revoked, malformed or otherwise invalid.', [401], 'rfc6750'],
  ['insufficient_scope', 'InsufficientScope', 'The access token lacks the scopes this resource needs.', [403], 'rfc6750'],
  ['invalid_client', 'InvalidClient', 'Client authentication failed.', [401, 400], 'rfc6749token'],
  ['invalid_grant', 'InvalidGrant', 'The authorization grant or refresh token is invalid, expired, revoked or was issued to another client.', [400], 'rfc6749token'],
  ['unauthorized_client', 'UnauthorizedClient', 'This client may not use this grant type.', [400], 'rfc6749token'],
  ['unsupported_grant_type', 'UnsupportedGrantType', 'The authorization server does not support this grant type.', [400], 'rfc6749token'],
  ['invalid_scope', 'InvalidScope', 'The requested scope is invalid, unknown, malformed or too broad.', [400], 'rfc6749token'],
  ['access_denied', 'AccessDenied', 'The resource owner or the authorization server refused the request.', NONE, 'rfc6749auth'],
  ['unsupported_response_type', 'UnsupportedResponseType', 'The authorization server does not support this response type.', NONE, 'rfc6749auth'],
  ['server_error', 'ServerError', 'The authorization server hit an unexpected condition.', NONE, 'rfc6749auth'],
  ['temporarily_unavailable', 'TemporarilyUnavailable', 'The authorization server is overloaded or down for maintenance.', NONE, 'rfc6749auth'],
  ['authorization_pending', 'AuthorizationPending', 'The user has not finished the device authorization yet; keep polling.', [400], 'rfc8628'],
  ['slow_down', 'SlowDown', 'Polling too fast; add five seconds to the interval for this and later requests.', [400], 'rfc8628'],
  ['expired_token', 'ExpiredToken', 'The device code expired; start a new device authorization.', [400], 'rfc8628'],
  ['invalid_dpop_proof', 'InvalidDpopProof', 'The DPoP proof is invalid.', [400, 401], 'rfc9449'],
  ['use_dpop_nonce', 'UseDpopNonce', 'The server wants a nonce in the DPoP proof; retry once with the DPoP-Nonce it sent.', [400, 401], 'rfc9449'],
  ['insufficient_user_authentication', 'InsufficientUserAuthentication', 'The user must authenticate again more strongly or more recently (see acr_values and max_age).', [401], 'rfc9470'],
  ['interaction_required', 'InteractionRequired', 'The user must interact with the authorization server.', NONE, 'oidc'],
  ['login_required', 'LoginRequired', 'The user must sign in.', NONE, 'oidc'],
  ['account_selection_required', 'AccountSelectionRequired', 'The user must choose an account.', NONE, 'oidc'],
  ['consent_required', 'ConsentRequired', 'The user must consent.', NONE, 'oidc'],
  ['invalid_request_uri', 'InvalidRequestUri', 'The request_uri is invalid or unreachable.', NONE, 'oidc'],
  ['invalid_request_object', 'InvalidRequestObject', 'The request object is invalid.', NONE, 'oidc'],
  ['request_not_supported', 'RequestNotSupported', 'The server does not support the request parameter.', NONE, 'oidc'],
  ['request_uri_not_supported', 'RequestUriNotSupported', 'The server does not support the request_uri parameter.', NONE, 'oidc'],
  ['registration_not_supported', 'RegistrationNotSupported', 'The server does not support the registration parameter.', NONE, 'oidc'],
  ['unsupported_token_type', 'UnsupportedTokenType', 'The server cannot revoke this type of token.', [400], 'rfc7009'],
  ['invalid_redirect_uri', 'InvalidRedirectUri', 'A redirect URI in the registration is invalid.', [400], 'rfc7591'],
  ['invalid_client_metadata', 'InvalidClientMetadata', 'A client metadata value in the registration is invalid.', [400], 'rfc7591'],
  ['invalid_software_statement', 'InvalidSoftwareStatement', 'The software statement is invalid.', [400], 'rfc7591'],
  ['unapproved_software_statement', 'UnapprovedSoftwareStatement', 'The software statement is not approved for this server.', [400], 'rfc7591'],
  ['invalid_target', 'InvalidTarget', 'The requested resource indicator is invalid or not allowed.', [400], 'rfc8707'],
  ['invalid_authorization_details', 'InvalidAuthorizationDetails', 'The authorization_details are invalid.', [400], 'rfc9396'],
  ['bad_verification_code', 'BadVerificationCode', 'The authorization code is wrong, expired or was already used; sign in again.', [200], 'github'],
  ['incorrect_client_credentials', 'IncorrectClientCredentials', 'The client_id or client_secret is wrong.', [200], 'github'],
  ['redirect_uri_mismatch', 'RedirectUriMismatch', 'The redirect_uri does not match the callback URL registered for the app.', [200], 'github'],
  ['authentication_required', 'AuthenticationRequired', 'The resource needs credentials the request did not carry.', [401], 'errata'],
  ['BAD_REQUEST', 'BadRequest', 'The request format or body cannot be processed.', [400], 'lw'],
  ['INVALID_PARAMETER', 'InvalidParameter', 'A parameter has a wrong format or content.', [400], 'lw'],
  ['INVALID_{RESOURCE}', 'InvalidResource', 'The content of the named resource is wrong.', [400], 'lwTemplate'],
  ['MISSING_PARAMETER', 'MissingParameter', 'A required parameter is missing.', [400], 'lw'],
  ['LIMIT_EXCEEDED', 'LimitExceeded', 'A limit was exceeded: of a value (400) or of the resource (403).', [400, 403], 'lw'],
  ['OUT_OF_RANGE', 'OutOfRange', 'A value or the resource is outside its allowed range.', [400, 403], 'lw'],
  ['UNAUTHORIZED', 'Unauthorized', 'Authentication information is missing or wrong.', [401], 'lw'],
  ['FORBIDDEN', 'Forbidden', 'The request was understood but refused, e.g. for missing permissions or OAuth scopes.', [403], 'lw'],
  ['ACCESS_DENIED', 'ApiAccessDenied', 'Access to the resource is restricted.', [403], 'lw'],
  ['NOT_FOUND', 'NotFound', 'The resource was not found.', [404], 'lw'],
  ['{RESOURCE}_NOT_EXIST', 'ResourceNotExist', 'The named resource does not exist.', [404], 'lwTemplate'],
  ['CONFLICT', 'Conflict', 'The request conflicts with the state of the resource.', [409], 'lw'],
  ['ALREADY_EXIST', 'AlreadyExist', 'The resource already exists.', [409], 'lw'],
  ['{RESOURCE}_ALREADY_EXIST', 'ResourceAlreadyExist', 'The named resource already exists.', [409], 'lwTemplate'],
  ['DELETED', 'Deleted', 'The resource was already deleted.', [410], 'lwDeleted'],
  ['TOO_MANY_REQUESTS', 'TooManyRequests', 'The API rate limit was exceeded.', [429], 'lwRate'],
  ['INTERNAL_SERVER_ERROR', 'InternalServerError', 'An unspecified internal server error.', [500], 'lw'],
  ['SERVICE_UNAVAILABLE', 'ServiceUnavailable', 'A temporary server error.', [503], 'lw'],
  ['001', 'NotSupportedUrl', 'The URL is not supported.', [404], 'lwLegacy'],
  ['002', 'NotSupportedPort', 'The port is not supported.', [404], 'lwLegacy'],
  ['024', 'AuthenticationFailed', 'Authentication failed.', [401], 'lwLegacy'],
  ['028', 'AuthenticationHeaderMissing', 'The authentication header is missing.', [401], 'lwLegacy'],
  ['029', 'MalformedAuthenticationHeader', 'The authentication header is malformed.', [401], 'lwLegacy'],
  ['041', 'TenantApiIdNotAllowed', 'The tenant API id is not allowed.', [403], 'lwLegacy'],
  ['042', 'ConsumerKeyNotAllowed', 'The consumer key is not allowed.', [403], 'lwLegacy'],
  ['043', 'Legacy043', 'Not allowed (the stored documentation is cut off here).', [403], 'lwLegacy'],
];

// Every row's code has a policy (the catalog test checks it); the fallback only keeps the type total.
const UNKNOWN_POLICY = { kind: 'unknown', action: 'none', retryable: false } as const;

function entryOf([code, name, message, statuses, sourceKey]: Row): BearerOAuthCatalogEntry {
  const [provenance, note]: Source = SOURCES[sourceKey];
  const entry: BearerOAuthCatalogEntry = { code, name, message, statuses, policy: policyOf(code) ?? UNKNOWN_POLICY, provenance };
  return note === undefined ? entry : { ...entry, note };
}

/**
 * Every code errata knows for Bearer-token and OAuth APIs, with its meaning, statuses, policy and
 * provenance: `bearerOAuthCatalog.entries`, and `bearerOAuthCatalog.get(code)` for an exact code
 * (templates as spelled, `{RESOURCE}_NOT_EXIST`); `describeBearerOAuthCode` also takes instances.
 */
export const bearerOAuthCatalog: Catalog<BearerOAuthCatalogEntry> = /* @__PURE__ */ defineCatalog(/* @__PURE__ */ ROWS.map(entryOf));

/**
 * The catalog entry of a code; a templated code such as `USER_NOT_EXIST` gives its template's
 * entry (`{RESOURCE}_NOT_EXIST`). `undefined` for unknown codes and for anything not a string.
 * Never throws.
 */
export function describeBearerOAuthCode(code: unknown): BearerOAuthCatalogEntry | undefined {
  const direct = bearerOAuthCatalog.get(code);
  if (direct !== undefined || typeof code !== 'string') return direct;
  const match = matchTemplate(code);
  return match === undefined ? undefined : bearerOAuthCatalog.get(match.template);
}
