// Every code errata knows for Bearer-token and OAuth APIs, one constant each: the OAuth `error`
// values first, then the `{code, description}` API codes. Built as its own module (`dist/codes.mjs`,
// the `./codes` subpath), so `import * as BearerOAuthCode from '@errata/bearer-oauth/codes'` costs
// only the constants a bundle uses, with every bundler.

// RFC 6750 §3.1 (Bearer challenges)
/** `invalid_request`: the request is missing a parameter, repeats one, or is otherwise malformed. */
export const InvalidRequest = 'invalid_request';
/** `invalid_token`: the access token is expired, revoked, malformed or otherwise invalid. */
export const InvalidToken = 'invalid_token';
/** `insufficient_scope`: the access token lacks the scopes this resource needs. */
export const InsufficientScope = 'insufficient_scope';
// RFC 6749 §5.2 (token endpoint)
/** `invalid_client`: client authentication failed. */
export const InvalidClient = 'invalid_client';
/** `invalid_grant`: the authorization grant or refresh token is invalid, expired, revoked or was issued to another client. */
export const InvalidGrant = 'invalid_grant';
/** `unauthorized_client`: this client may not use this grant type. */
export const UnauthorizedClient = 'unauthorized_client';
/** `unsupported_grant_type`: the authorization server does not support this grant type. */
export const UnsupportedGrantType = 'unsupported_grant_type';
/** `invalid_scope`: the requested scope is invalid, unknown, malformed or too broad. */
export const InvalidScope = 'invalid_scope';
// RFC 6749 §4.1.2.1 (authorization endpoint)
/** `access_denied`: the resource owner or the authorization server refused the request. */
export const AccessDenied = 'access_denied';
/** `unsupported_response_type`: the authorization server does not support this response type. */
export const UnsupportedResponseType = 'unsupported_response_type';
/** `server_error`: the authorization server hit an unexpected condition. */
export const ServerError = 'server_error';
/** `temporarily_unavailable`: the authorization server is overloaded or down for maintenance. */
export const TemporarilyUnavailable = 'temporarily_unavailable';
// RFC 8628 §3.5 (device authorization grant)
/** `authorization_pending`: the user has not finished the device authorization yet; keep polling. */
export const AuthorizationPending = 'authorization_pending';
/** `slow_down`: polling too fast; add five seconds to the interval for this and later requests. */
export const SlowDown = 'slow_down';
/** `expired_token`: the device code expired; start a new device authorization. */
export const ExpiredToken = 'expired_token';
// RFC 9449 (DPoP)
/** `invalid_dpop_proof`: the DPoP proof is invalid. */
export const InvalidDpopProof = 'invalid_dpop_proof';
/** `use_dpop_nonce`: the server wants a nonce in the DPoP proof; retry once with the DPoP-Nonce it sent. */
export const UseDpopNonce = 'use_dpop_nonce';
// RFC 9470 (step-up authentication)
/** `insufficient_user_authentication`: the user must authenticate again more strongly or more recently (see acr_values and max_age). */
export const InsufficientUserAuthentication = 'insufficient_user_authentication';
// OpenID Connect Core 1.0 §3.1.2.6
/** `interaction_required`: the user must interact with the authorization server. */
export const InteractionRequired = 'interaction_required';
/** `login_required`: the user must sign in. */
export const LoginRequired = 'login_required';
/** `account_selection_required`: the user must choose an account. */
export const AccountSelectionRequired = 'account_selection_required';
/** `consent_required`: the user must consent. */
export const ConsentRequired = 'consent_required';
/** `invalid_request_uri`: the request_uri is invalid or unreachable. */
export const InvalidRequestUri = 'invalid_request_uri';
/** `invalid_request_object`: the request object is invalid. */
export const InvalidRequestObject = 'invalid_request_object';
/** `request_not_supported`: the server does not support the request parameter. */
export const RequestNotSupported = 'request_not_supported';
/** `request_uri_not_supported`: the server does not support the request_uri parameter. */
export const RequestUriNotSupported = 'request_uri_not_supported';
/** `registration_not_supported`: the server does not support the registration parameter. */
export const RegistrationNotSupported = 'registration_not_supported';
// RFC 7009 (revocation)
/** `unsupported_token_type`: the server cannot revoke this type of token. */
export const UnsupportedTokenType = 'unsupported_token_type';
// RFC 7591 (dynamic client registration)
/** `invalid_redirect_uri`: a redirect URI in the registration is invalid. */
export const InvalidRedirectUri = 'invalid_redirect_uri';
/** `invalid_client_metadata`: a client metadata value in the registration is invalid. */
export const InvalidClientMetadata = 'invalid_client_metadata';
/** `invalid_software_statement`: the software statement is invalid. */
export const InvalidSoftwareStatement = 'invalid_software_statement';
/** `unapproved_software_statement`: the software statement is not approved for this server. */
export const UnapprovedSoftwareStatement = 'unapproved_software_statement';
// RFC 8707 (resource indicators)
/** `invalid_target`: the requested resource indicator is invalid or not allowed. */
export const InvalidTarget = 'invalid_target';
// RFC 9396 (rich authorization requests)
/** `invalid_authorization_details`: the authorization_details are invalid. */
export const InvalidAuthorizationDetails = 'invalid_authorization_details';
// GitHub's token endpoint (OAuth and GitHub apps): extension codes, sent with HTTP 200
/** `bad_verification_code`: the authorization code is wrong, expired or already used. */
export const BadVerificationCode = 'bad_verification_code';
/** `incorrect_client_credentials`: the client_id or client_secret is wrong. */
export const IncorrectClientCredentials = 'incorrect_client_credentials';
/** `redirect_uri_mismatch`: the redirect_uri does not match the registered callback URL. */
export const RedirectUriMismatch = 'redirect_uri_mismatch';
// Not a wire value: errata's code for a 401 whose Bearer/DPoP challenge carries no `error`
// (RFC 6750 §3.1: the request had no credentials, so the server names no error).
/** `authentication_required`: the resource needs credentials the request did not carry. */
export const AuthenticationRequired = 'authentication_required';

// `{code, description}` API codes: LINE WORKS API 2.0, and the numeric strings of its legacy API 1.0
// `errorCode`. Templates keep their `{RESOURCE}` placeholder; an error carries an instance of one.
/** `BAD_REQUEST`: the request format or body cannot be processed. */
export const BadRequest = 'BAD_REQUEST';
/** `INVALID_PARAMETER`: a parameter has a wrong format or content. */
export const InvalidParameter = 'INVALID_PARAMETER';
/** Template: `INVALID_` + a resource name, e.g. `INVALID_USER`. */
export const InvalidResource = 'INVALID_{RESOURCE}';
/** `MISSING_PARAMETER`: a required parameter is missing. */
export const MissingParameter = 'MISSING_PARAMETER';
/** `LIMIT_EXCEEDED`: 400 for a parameter or property value, 403 for a resource. */
export const LimitExceeded = 'LIMIT_EXCEEDED';
/** `OUT_OF_RANGE`: 400 for a parameter or property value, 403 for a resource. */
export const OutOfRange = 'OUT_OF_RANGE';
/** `UNAUTHORIZED`: authentication information is missing or wrong. */
export const Unauthorized = 'UNAUTHORIZED';
/** `FORBIDDEN`: understood but refused (a permission or an OAuth scope is missing). */
export const Forbidden = 'FORBIDDEN';
/**
 * `ACCESS_DENIED`: access to the resource is restricted. Named `ApiAccessDenied` because
 * `AccessDenied` is OAuth's `access_denied`; the 0.1 alias `ApiCode.AccessDenied` is this one.
 */
export const ApiAccessDenied = 'ACCESS_DENIED';
/** `NOT_FOUND`: the resource was not found. */
export const NotFound = 'NOT_FOUND';
/** Template: a resource name + `_NOT_EXIST`, e.g. `USER_NOT_EXIST`. */
export const ResourceNotExist = '{RESOURCE}_NOT_EXIST';
/** `CONFLICT`: the request conflicts with the state of the resource. */
export const Conflict = 'CONFLICT';
/** `ALREADY_EXIST`: the resource already exists. */
export const AlreadyExist = 'ALREADY_EXIST';
/** Template: a resource name + `_ALREADY_EXIST`, e.g. `USER_ALREADY_EXIST`. */
export const ResourceAlreadyExist = '{RESOURCE}_ALREADY_EXIST';
/** `DELETED`: the resource was already deleted. */
export const Deleted = 'DELETED';
/** `TOO_MANY_REQUESTS`: the API rate limit was exceeded. */
export const TooManyRequests = 'TOO_MANY_REQUESTS';
/** `INTERNAL_SERVER_ERROR`: an unspecified internal server error. */
export const InternalServerError = 'INTERNAL_SERVER_ERROR';
/** `SERVICE_UNAVAILABLE`: a temporary server error. */
export const ServiceUnavailable = 'SERVICE_UNAVAILABLE';
// Legacy API 1.0 `errorCode` values (numeric strings).
/** `001`: the URL is not supported. */
export const NotSupportedUrl = '001';
/** `002`: the port is not supported. */
export const NotSupportedPort = '002';
/** `024`: authentication failed. */
export const AuthenticationFailed = '024';
/** `028`: the authentication header is missing. */
export const AuthenticationHeaderMissing = '028';
/** `029`: the authentication header is malformed. */
export const MalformedAuthenticationHeader = '029';
/** `041`: the tenant API id is not allowed. */
export const TenantApiIdNotAllowed = '041';
/** `042`: the consumer key is not allowed. */
export const ConsumerKeyNotAllowed = '042';
/** `043`: not allowed (the stored documentation is cut off here). */
export const Legacy043 = '043';
