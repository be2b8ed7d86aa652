// Every full code the catalog knows, one constant each so a bundler keeps only what is imported.
// Whether each one is verified, observed or inferred is recorded in catalog/codes.ts.

export const AppleOverrideAlreadyAccepted = 'APPLE_OVERRIDE__ALREADY_ACCEPTED' as const;
export const LocationNotFound = 'LOCATION__NOT_FOUND' as const;
export const AggregateRatingAlreadyExists = 'AGGREGATE_RATING__ALREADY_EXISTS' as const;
export const BrandAlreadyExists = 'BRAND__ALREADY_EXISTS' as const;
export const BrandAssetAlreadyExists = 'BRAND_ASSET__ALREADY_EXISTS' as const;
export const LocationAlreadyExists = 'LOCATION__ALREADY_EXISTS' as const;
export const LocationAssetAlreadyExists = 'LOCATION_ASSET__ALREADY_EXISTS' as const;
export const ReviewAlreadyExists = 'REVIEW__ALREADY_EXISTS' as const;
export const LocationMarkedDeleted = 'LOCATION__MARKED_DELETED' as const;
export const Unauthorized = 'Unauthorized' as const;
export const ResourceHasNoNewChanges = 'RESOURCE_HAS_NO_NEW_CHANGES' as const;
export const ValidationPartnersLocationIdNotMatched = 'VALIDATION__PartnersLocationIdNotMatched' as const;
export const ValidationUnexpectedPhoneNumberFormatForCountryCode = 'VALIDATION__UnexpectedPhoneNumberFormatForCountryCode' as const;
export const ValidationAppIdsMustBeResolvable = 'VALIDATION__AppIdsMustBeResolvable' as const;
export const ValidationAppleOverrideContestRejected = 'VALIDATION__AppleOverrideContestRejected' as const;
export const ValidationSpecialHoursExpectedRegionSubtagForCountryNotPresent = 'VALIDATION__SpecialHours_ExpectedRegionSubtagForCountryNotPresent' as const;

// The OAuth token endpoint answers in RFC 6749 form; its `error` value becomes the code.
export const OAuthInvalidRequest = 'invalid_request' as const;
export const OAuthInvalidGrant = 'invalid_grant' as const;
export const OAuthInvalidClient = 'invalid_client' as const;
export const OAuthInvalidScope = 'invalid_scope' as const;
export const OAuthInternalServerError = 'internal_server_error' as const;
/** Sent on the authorization redirect, not by the token endpoint. */
export const OAuthUnsupportedResponseType = 'unsupported_response_type' as const;
/** Sent on the authorization redirect, not by the token endpoint. */
export const OAuthServerError = 'server_error' as const;
