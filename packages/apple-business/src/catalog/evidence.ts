/**
 * How sure a catalog fact is:
 * - `verified`: stated by Apple's documentation (or its documented example bodies);
 * - `observed`: seen in a real response or a client's code, but not in the documentation;
 * - `inferred`: a guess from naming patterns or neighbouring facts. Treat it as a hint.
 */
export type Evidence = 'verified' | 'observed' | 'inferred';

/** Where a fact came from and when it was last checked against the reference data. */
export interface Provenance {
  readonly evidence: Evidence;
  /** A URL or a repository path. */
  readonly source: string;
  /** Date (YYYY-MM-DD) the entry was checked. */
  readonly checked: string;
  /** What exactly is uncertain, when anything is. */
  readonly note?: string;
}

export const CHECKED = '2026-11-22';

export const ERRORS_PAGE = 'https://business.apple.com/docs/api/v1/references/errors';
export const OAUTH_ERRORS_PAGE = 'https://business.apple.com/docs/api/v1/oauth_apps/errors';
export const VALIDATIONS_PAGE = 'https://business.apple.com/docs/api/v1/references/validations';
export const ONBOARDING_GUIDE = 'https://business.apple.com/docs/onboarding-guide/api-integration/overview';
