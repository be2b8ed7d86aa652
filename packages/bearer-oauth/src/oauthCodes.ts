// OAuth 2.0 `error` values, one constant each so a bundler keeps only the ones used.
// Exported together as the `OAuthCode` namespace.

// RFC 6750 §3.1 (Bearer challenges)
export const InvalidRequest = 'invalid_request';
export const InvalidToken = 'invalid_token';
export const InsufficientScope = 'insufficient_scope';
// RFC 6749 §5.2 (token endpoint)
export const InvalidClient = 'invalid_client';
export const InvalidGrant = 'invalid_grant';
export const UnauthorizedClient = 'unauthorized_client';
export const UnsupportedGrantType = 'unsupported_grant_type';
export const InvalidScope = 'invalid_scope';
// RFC 6749 §4.1.2.1 (authorization endpoint)
export const AccessDenied = 'access_denied';
export const UnsupportedResponseType = 'unsupported_response_type';
export const ServerError = 'server_error';
export const TemporarilyUnavailable = 'temporarily_unavailable';
// RFC 8628 §3.5 (device authorization grant)
export const AuthorizationPending = 'authorization_pending';
export const SlowDown = 'slow_down';
export const ExpiredToken = 'expired_token';
// RFC 9449 (DPoP)
export const InvalidDpopProof = 'invalid_dpop_proof';
export const UseDpopNonce = 'use_dpop_nonce';
// RFC 9470 (step-up authentication)
export const InsufficientUserAuthentication = 'insufficient_user_authentication';
// OpenID Connect Core 1.0 §3.1.2.6
export const InteractionRequired = 'interaction_required';
export const LoginRequired = 'login_required';
export const AccountSelectionRequired = 'account_selection_required';
export const ConsentRequired = 'consent_required';
export const InvalidRequestUri = 'invalid_request_uri';
export const InvalidRequestObject = 'invalid_request_object';
export const RequestNotSupported = 'request_not_supported';
export const RequestUriNotSupported = 'request_uri_not_supported';
export const RegistrationNotSupported = 'registration_not_supported';
// RFC 7009 (revocation)
export const UnsupportedTokenType = 'unsupported_token_type';
// RFC 7591 (dynamic client registration)
export const InvalidRedirectUri = 'invalid_redirect_uri';
export const InvalidClientMetadata = 'invalid_client_metadata';
export const InvalidSoftwareStatement = 'invalid_software_statement';
export const UnapprovedSoftwareStatement = 'unapproved_software_statement';
// RFC 8707 (resource indicators)
export const InvalidTarget = 'invalid_target';
// RFC 9396 (rich authorization requests)
export const InvalidAuthorizationDetails = 'invalid_authorization_details';
// Not a wire value: errata's code for a 401 whose Bearer/DPoP challenge carries no `error`
// (RFC 6750 §3.1: the request had no credentials, so the server names no error).
export const AuthenticationRequired = 'authentication_required';
