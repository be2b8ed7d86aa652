// One constant per __TITLE__ error code, so a bundler keeps only the ones an app uses. Built as its
// own module (`dist/codes.mjs`, the `./codes` subpath); what each code means: catalog.ts.
// TODO(new-vendor): replace these examples with the vendor's documented codes.

/** `NOT_FOUND`: the resource the request names does not exist. */
export const NotFound = 'NOT_FOUND' as const;
/** `INVALID_ARGUMENT`: a request field is missing or malformed. */
export const InvalidArgument = 'INVALID_ARGUMENT' as const;
/** `UNAUTHENTICATED`: the credentials are missing, invalid or expired. */
export const Unauthenticated = 'UNAUTHENTICATED' as const;
/** `RATE_LIMITED`: too many requests; wait before sending again. */
export const RateLimited = 'RATE_LIMITED' as const;
/** `INTERNAL`: the vendor failed; the request may succeed when sent again. */
export const Internal = 'INTERNAL' as const;
