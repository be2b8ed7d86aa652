// One constant per Registration code, so a bundler keeps only the ones an app imports. Built as
// its own module (`dist/codes.mjs`, the `./codes` subpath) and imported from it at run time, so the
// entry's `IdentityRegistrationCode` (identityRegistrationCode.ts) is a real module namespace.
// These are Registration codes, not HTTP statuses: 415 is an expired authorization code here.

/** 100 `missing_argument`: a required argument was not sent. Catch-all for 1xx. */
export const MissingArgument = 100;
/** 200 `invalid_argument`: an argument was malformed or had a bad value. Catch-all for 2xx. */
export const InvalidArgument = 200;
/** 201 `duplicate_argument`: two arguments that cannot be combined were both sent. */
export const DuplicateArgument = 201;
/** 205 `invalid_auth_method`: the operation does not accept this way of authenticating. */
export const InvalidAuthMethod = 205;
/** 210 `invalid_credentials`: email/password sign-in failed. Catch-all for 211–219. */
export const InvalidCredentials = 210;
/** 211 `no_password`: the account only has social sign-in. */
export const NoPassword = 211;
/** 212 `no_such_account`: the email address is not registered. */
export const NoSuchAccount = 212;
/** 213 `password_incorrect`: the email is known but the password is wrong. */
export const PasswordIncorrect = 213;
/** 214 `password_unacceptable`: password history forbids reusing the password (Authentication API). */
export const PasswordUnacceptable = 214;
/** 221 `unknown_application`: the application id does not exist. */
export const UnknownApplication = 221;
/** 222 `unknown_entity_type`: the entity type does not exist. */
export const UnknownEntityType = 222;
/** 223 `unknown_attribute`: the named attribute does not exist. */
export const UnknownAttribute = 223;
/** 224 `application_not_found`: no such application on this domain. */
export const ApplicationNotFound = 224;
/** 226 `flow_error`: the flow is misconfigured. */
export const FlowError = 226;
/** 232 `entity_type_exists`: the entity type name is already taken. */
export const EntityTypeExists = 232;
/** 233 `attribute_exists`: the attribute name is already taken in the schema. */
export const AttributeExists = 233;
/** 234 `reserved_attribute`: reserved attributes such as `uuid` cannot be changed. */
export const ReservedAttribute = 234;
/** 300 `error_creating_record`: creating a record failed. Catch-all for 3xx. */
export const ErrorCreatingRecord = 300;
/** 310 `record_not_found`: the entity or plural element does not exist. */
export const RecordNotFound = 310;
/** 320 `id_in_new_record`: an id was given for a new entity or plural element. */
export const IdInNewRecord = 320;
/** 330 `timestamp_mismatch`: `created`/`lastUpdated` does not match the stored value. */
export const TimestampMismatch = 330;
/** 340 `invalid_data_format`: a value is not formatted as its schema type requires. Catch-all for 341–349. */
export const InvalidDataFormat = 340;
/** 341 `invalid_json_type`: a value has the wrong JSON type. */
export const InvalidJsonType = 341;
/** 342 `invalid_date_time`: a date or dateTime is malformed or out of range. */
export const InvalidDateTime = 342;
/**
 * 352 `password_unacceptable`: password history forbids reusing the password (Entity API).
 * The seed labels it `unknown_application`; real responses send `password_unacceptable`,
 * the same string as 214, hence the different constant name.
 */
export const EntityPasswordUnacceptable = 352;
/** 360 `constraint_violation`: an attribute constraint was broken. Catch-all for 361–369. */
export const ConstraintViolation = 360;
/** 361 `unique_violation`: a unique or locally-unique constraint was broken. */
export const UniqueViolation = 361;
/** 362 `missing_required_attribute`: a required attribute is missing or null. */
export const MissingRequiredAttribute = 362;
/** 363 `length_violation`: a string is longer than the attribute allows. */
export const LengthViolation = 363;
/** 380 `email_address_in_use`: another user already has this email address. */
export const EmailAddressInUse = 380;
/** 390 `invalid_form_fields`: form validation failed (also sent for too many sign-in attempts). */
export const InvalidFormFields = 390;
/** 402 `invalid_client_credentials`: unknown client id or wrong client secret. */
export const InvalidClientCredentials = 402;
/** 403 `client_permission_error`: the API client may not perform this operation. */
export const ClientPermissionError = 403;
/** 413 `no_access_grant`: the authorization code is void because the access grant was deleted. */
export const NoAccessGrant = 413;
/** 414 `access_token_expired`: the access token has expired. */
export const AccessTokenExpired = 414;
/** 415 `authorization_code_expired`: the authorization code has expired. */
export const AuthorizationCodeExpired = 415;
/** 416 `verification_code_expired`: the verification code has expired. */
export const VerificationCodeExpired = 416;
/** 417 `creation_token_expired`: the creation token has expired. */
export const CreationTokenExpired = 417;
/** 420 `redirect_uri_mismatch`: the redirect URI does not match. */
export const RedirectUriMismatch = 420;
/** 480 `api_feature_disabled`: the operation is paused for maintenance; retry later. */
export const ApiFeatureDisabled = 480;
/** 500 `unexpected_error`: an unexpected internal failure. Catch-all for 5xx. */
export const UnexpectedError = 500;
/** 510 `api_limit_error`: a rate limit was exceeded. */
export const ApiLimitError = 510;
/** 540 `triggered_error`: the flow raised this error on purpose. */
export const TriggeredError = 540;
