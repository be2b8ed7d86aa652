// Every full code the catalog knows, one constant each. Built as its own module (`dist/codes.mjs`,
// the `./codes` subpath) and imported from it at run time, so `AppleBusinessCode` stays a real
// module namespace that bundlers shake member by member. Whether each code is verified, observed
// or inferred is recorded in the catalog (catalog/list.ts, catalog/oauth.ts).

/** `APPLE_OVERRIDE__ALREADY_ACCEPTED`: the Apple override was already accepted (verified). */
export const AppleOverrideAlreadyAccepted = 'APPLE_OVERRIDE__ALREADY_ACCEPTED' as const;
/** `LOCATION__NOT_FOUND`: no location has that Apple-generated id (verified, 404). */
export const LocationNotFound = 'LOCATION__NOT_FOUND' as const;
/** `AGGREGATE_RATING__ALREADY_EXISTS`: an aggregate rating with those ids or values exists (inferred spelling). */
export const AggregateRatingAlreadyExists = 'AGGREGATE_RATING__ALREADY_EXISTS' as const;
/** `BRAND__ALREADY_EXISTS`: a brand with those ids or values exists (inferred spelling). */
export const BrandAlreadyExists = 'BRAND__ALREADY_EXISTS' as const;
/** `BRAND_ASSET__ALREADY_EXISTS`: a brand asset with those ids or values exists (inferred spelling). */
export const BrandAssetAlreadyExists = 'BRAND_ASSET__ALREADY_EXISTS' as const;
/** `LOCATION__ALREADY_EXISTS`: a location with those ids or values exists (inferred spelling). */
export const LocationAlreadyExists = 'LOCATION__ALREADY_EXISTS' as const;
/** `LOCATION_ASSET__ALREADY_EXISTS`: a location asset with those ids or values exists (inferred spelling). */
export const LocationAssetAlreadyExists = 'LOCATION_ASSET__ALREADY_EXISTS' as const;
/** `REVIEW__ALREADY_EXISTS`: a review with those ids or values exists (inferred). */
export const ReviewAlreadyExists = 'REVIEW__ALREADY_EXISTS' as const;
/** `LOCATION__MARKED_DELETED`: the location was deleted; undelete it instead of creating it again (inferred). */
export const LocationMarkedDeleted = 'LOCATION__MARKED_DELETED' as const;
/** `Unauthorized`: unprefixed, PascalCase, seen on a real 401; the access token is missing or expired. */
export const Unauthorized = 'Unauthorized' as const;
/** `RESOURCE_HAS_NO_NEW_CHANGES`: unprefixed, seen in a third-party client; the update changes nothing. */
export const ResourceHasNoNewChanges = 'RESOURCE_HAS_NO_NEW_CHANGES' as const;
/** `VALIDATION__PartnersLocationIdNotMatched`: the body's partner location id differs from the request's. */
export const ValidationPartnersLocationIdNotMatched = 'VALIDATION__PartnersLocationIdNotMatched' as const;
/** `VALIDATION__UnexpectedPhoneNumberFormatForCountryCode`: a phone number does not fit the location's country (INFO). */
export const ValidationUnexpectedPhoneNumberFormatForCountryCode = 'VALIDATION__UnexpectedPhoneNumberFormatForCountryCode' as const;
/** `VALIDATION__AppIdsMustBeResolvable`: some referenced app ids do not exist. */
export const ValidationAppIdsMustBeResolvable = 'VALIDATION__AppIdsMustBeResolvable' as const;
/** `VALIDATION__AppleOverrideContestRejected`: the contest of an Apple override was rejected. */
export const ValidationAppleOverrideContestRejected = 'VALIDATION__AppleOverrideContestRejected' as const;
/** `VALIDATION__SpecialHours_ExpectedRegionSubtagForCountryNotPresent`: special hours lack the country's region subtag. */
export const ValidationSpecialHoursExpectedRegionSubtagForCountryNotPresent = 'VALIDATION__SpecialHours_ExpectedRegionSubtagForCountryNotPresent' as const;

// The OAuth token endpoint answers in RFC 6749 form; its `error` value becomes the code.

/** `invalid_request`: the token or authorization request is missing a field, has an invalid one, or is not JSON. */
export const OAuthInvalidRequest = 'invalid_request' as const;
/** `invalid_grant`: the refresh token is invalid, or `grant_type` is not accepted. */
export const OAuthInvalidGrant = 'invalid_grant' as const;
/** `invalid_client`: the client id or secret is wrong. */
export const OAuthInvalidClient = 'invalid_client' as const;
/** `invalid_scope`: the requested scope is not one the endpoint accepts. */
export const OAuthInvalidScope = 'invalid_scope' as const;
/** `internal_server_error`: the token endpoint failed; retry with backoff. */
export const OAuthInternalServerError = 'internal_server_error' as const;
/** `unsupported_response_type`: sent on the authorization redirect, not by the token endpoint. */
export const OAuthUnsupportedResponseType = 'unsupported_response_type' as const;
/** `server_error`: sent on the authorization redirect, not by the token endpoint. */
export const OAuthServerError = 'server_error' as const;
