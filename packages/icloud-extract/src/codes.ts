// One constant per riCloud code, so a bundler keeps only the ones an app uses. Built as its own
// module (`dist/codes.mjs`, the `./codes` subpath) and imported from it at run time, so the entry's
// `IcloudExtractCode` (icloudExtractCode.ts) is a real module namespace. What each code means,
// where it appears and how sure its status is: catalog.ts.

// Request errors (HTTP error bodies).
/** `invalid-body`: the request body could not be read; it must be valid JSON. */
export const InvalidBody = 'invalid-body' as const;
/** `invalid-parameter`: body parameters failed validation; `params` says which. */
export const InvalidParameter = 'invalid-parameter' as const;
/** `unconfigured`: the organisation lacks configuration this request needs. */
export const Unconfigured = 'unconfigured' as const;
/** `missing-scope`: the organisation, key or user lacks the permission scope for this request. */
export const MissingScope = 'missing-scope' as const;
/** `limit-exceeded`: the request would break a limit on the organisation, key or user. */
export const LimitExceeded = 'limit-exceeded' as const;
/** `session-expired`: the session used by the request has expired; create a new one. */
export const SessionExpired = 'session-expired' as const;

// Session creation (the error of a failed session).
/** `invalid-credentials`: the external service rejected the source or its credentials. */
export const InvalidCredentials = 'invalid-credentials' as const;
/** `source-locked`: the external service has locked the source; the message says how to unlock it. */
export const SourceLocked = 'source-locked' as const;
/** `code-required`: MFA is on; create the session again with the code sent in `payload.code`. */
export const CodeRequired = 'code-required' as const;
/** `code-rate-limited`: too many invalid codes; the user should wait at least an hour. */
export const CodeRateLimited = 'code-rate-limited' as const;
/** `choice-required`: 2SV is on; pick one of the listed devices to receive the code. */
export const ChoiceRequired = 'choice-required' as const;
/** `code-invalid`: Reincubate Relay (`rirelay.instance`) sources: the pairing code was not recognised. */
export const CodeInvalid = 'code-invalid' as const;

// Tasks.
/** `task-error`: a generic task failure; retrying the poll or task may help. */
export const TaskError = 'task-error' as const;

// iCloud service errors.
/** `icloud-terms-not-accepted`: the account has not accepted the latest iCloud terms. */
export const IcloudTermsNotAccepted = 'icloud-terms-not-accepted' as const;
/** `icloud-account-not-verified`: the primary email of the iCloud account is not verified. */
export const IcloudAccountNotVerified = 'icloud-account-not-verified' as const;
/** `icloud-service-not-activated`: the iCloud service the operation needs is off for the account. */
export const IcloudServiceNotActivated = 'icloud-service-not-activated' as const;
/** `icloud-service-outage`: a transient iCloud outage; retrying within minutes usually works. */
export const IcloudServiceOutage = 'icloud-service-outage' as const;

/** `2fa-required`: legacy (v1/v2) log-in answer: HTTP 409 with the trusted devices under `data.trustedDevices`. */
export const TwoFactorRequired = '2fa-required' as const;
