import type { Provenance } from '@errata/core/vendor';

/**
 * How sure a catalog fact is (Apple's full code table could not be retrieved):
 * - `verified`: stated by Apple's documentation (or its documented example bodies);
 * - `observed`: seen in a real response or a client's code, but not in the documentation;
 * - `inferred`: a guess from naming patterns or neighbouring facts. Treat it as a hint; the
 *   entry's `note` says what is guessed.
 */
export type AppleBusinessEvidence = 'verified' | 'observed' | 'inferred';

/** The day every entry was last checked against the reference data. */
export const CHECKED = '2026-11-22';

export const ERRORS_PAGE = 'https://business.apple.com/docs/api/v1/references/errors';
export const OAUTH_ERRORS_PAGE = 'https://business.apple.com/docs/api/v1/oauth_apps/errors';
export const VALIDATIONS_PAGE = 'https://business.apple.com/docs/api/v1/references/validations';
export const ONBOARDING_GUIDE = 'https://business.apple.com/docs/onboarding-guide/api-integration/overview';
export const SNIPPET = 'unattributed TypeScript helper (AppleListingErrorsUtil) in a public code index';
export const PHP_CLIENT = 'github.com/DeveloperMarius/apple-business-connect-api src/AppleClient.php';

/** The kit's provenance for a source checked on `CHECKED`. */
/* @__NO_SIDE_EFFECTS__ */
export function from(source: string): Provenance {
  return { source, verified: CHECKED };
}
