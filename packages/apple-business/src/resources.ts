// Resource-type prefixes (the part before the first `__` of a code). Only hints: the API renamed
// resources between versions, so parsed resources stay open strings. Provenance: catalog/resources.ts.

/** Apple Override (seen on the wire in `APPLE_OVERRIDE__ALREADY_ACCEPTED`). */
export const AppleOverride = 'APPLE_OVERRIDE' as const;
/** Location (seen on the wire in `LOCATION__NOT_FOUND`). */
export const Location = 'LOCATION' as const;
export const AggregateRating = 'AGGREGATE_RATING' as const;
export const Brand = 'BRAND' as const;
export const BrandAsset = 'BRAND_ASSET' as const;
export const LocationAsset = 'LOCATION_ASSET' as const;
export const Review = 'REVIEW' as const;
export const Showcase = 'SHOWCASE' as const;
export const ShowcaseCreative = 'SHOWCASE_CREATIVE' as const;
/** Legacy (2024) resource names; whether error codes ever used them is unknown. */
export const Business = 'BUSINESS' as const;
export const BusinessAsset = 'BUSINESS_ASSET' as const;
export const Company = 'COMPANY' as const;
/** Prefix of validation-rule codes: `VALIDATION__<RuleName>`. */
export const Validation = 'VALIDATION' as const;
