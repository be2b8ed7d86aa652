// `{code, description}` API codes (LINE WORKS API 2.0 and its legacy 1.0 numeric codes), one
// constant each so a bundler keeps only the ones used. Exported together as the `ApiCode` namespace.

export const BadRequest = 'BAD_REQUEST';
export const InvalidParameter = 'INVALID_PARAMETER';
/** Template: `INVALID_` + a resource name, e.g. `INVALID_USER`. */
export const InvalidResource = 'INVALID_{RESOURCE}';
export const MissingParameter = 'MISSING_PARAMETER';
/** 400 for a parameter or property value, 403 for a resource. */
export const LimitExceeded = 'LIMIT_EXCEEDED';
/** 400 for a parameter or property value, 403 for a resource. */
export const OutOfRange = 'OUT_OF_RANGE';
export const Unauthorized = 'UNAUTHORIZED';
export const Forbidden = 'FORBIDDEN';
export const AccessDenied = 'ACCESS_DENIED';
export const NotFound = 'NOT_FOUND';
/** Template: a resource name + `_NOT_EXIST`, e.g. `USER_NOT_EXIST`. */
export const ResourceNotExist = '{RESOURCE}_NOT_EXIST';
export const Conflict = 'CONFLICT';
export const AlreadyExist = 'ALREADY_EXIST';
/** Template: a resource name + `_ALREADY_EXIST`, e.g. `USER_ALREADY_EXIST`. */
export const ResourceAlreadyExist = '{RESOURCE}_ALREADY_EXIST';
export const Deleted = 'DELETED';
export const TooManyRequests = 'TOO_MANY_REQUESTS';
export const InternalServerError = 'INTERNAL_SERVER_ERROR';
export const ServiceUnavailable = 'SERVICE_UNAVAILABLE';
// Legacy API 1.0 `errorCode` values (numeric strings).
export const NotSupportedUrl = '001';
export const NotSupportedPort = '002';
export const AuthenticationFailed = '024';
export const AuthenticationHeaderMissing = '028';
export const MalformedAuthenticationHeader = '029';
export const TenantApiIdNotAllowed = '041';
export const ConsumerKeyNotAllowed = '042';
export const Legacy043 = '043';
