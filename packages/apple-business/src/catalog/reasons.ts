import { defineCatalog, type Catalog, type CatalogEntry } from '@errata/core/vendor';
import type { AppleBusinessKnownReason, AppleBusinessKnownResource } from '../types.ts';
import { ERRORS_PAGE, from, ONBOARDING_GUIDE, PHP_CLIENT, SNIPPET, type AppleBusinessEvidence } from './evidence.ts';

/**
 * A reason (the part of a code after the first `__`) with its facts whatever resource it comes
 * with: what an uncatalogued `RESOURCE__REASON` code most likely means. `code` is the reason.
 */
export interface AppleBusinessReasonEntry extends CatalogEntry<AppleBusinessKnownReason> {
  readonly evidence: AppleBusinessEvidence;
  /** The resource types the reason is documented (or expected) for. */
  readonly resources: readonly AppleBusinessKnownResource[];
}

// Built inside a pure call so bundlers drop the whole table when it is not imported.
/** The reasons errata knows, in the order of their constants (`AppleBusinessReason`). */
export const appleBusinessReasonCatalog: Catalog<AppleBusinessReasonEntry> = /* @__PURE__ */ ((): Catalog<AppleBusinessReasonEntry> =>
  defineCatalog<AppleBusinessReasonEntry>([
    {
      code: 'ALREADY_ACCEPTED',
      name: 'AlreadyAccepted',
      message: 'The change was already accepted.',
      statuses: [400],
      policy: { kind: 'failed-precondition', action: 'none', retryable: false },
      provenance: from(ERRORS_PAGE),
      evidence: 'verified',
      resources: ['APPLE_OVERRIDE'],
    },
    {
      code: 'ALREADY_EXISTS',
      name: 'AlreadyExists',
      message: 'A create matched an existing resource (partner id, path or values). Apple answers 400, not 409.',
      statuses: [400],
      policy: { kind: 'already-exists', action: 'fix-request', retryable: false },
      provenance: from(ERRORS_PAGE),
      evidence: 'verified',
      note: 'Location Asset is in the table but its row is cut off; Review is only hinted at by partnersReviewId.',
      resources: ['AGGREGATE_RATING', 'BRAND', 'BRAND_ASSET', 'LOCATION', 'LOCATION_ASSET'],
    },
    {
      code: 'NOT_FOUND',
      name: 'NotFound',
      message: 'No resource has that Apple-generated id.',
      statuses: [404],
      policy: { kind: 'not-found', action: 'none', retryable: false },
      provenance: from(ERRORS_PAGE),
      evidence: 'verified',
      note: 'Documented for locations; other resource types very likely use it too.',
      resources: ['LOCATION'],
    },
    {
      code: 'MARKED_DELETED',
      name: 'MarkedDeleted',
      message: 'The resource was deleted; undelete it rather than create it again.',
      statuses: [],
      policy: { kind: 'failed-precondition', action: 'fix-request', retryable: false },
      provenance: from(ONBOARDING_GUIDE),
      evidence: 'inferred',
      note: 'Named for locations in the onboarding guide; locations and location assets can be undeleted, so both may send it.',
      resources: ['LOCATION'],
    },
    {
      code: 'Unauthorized',
      name: 'Unauthorized',
      message: 'The access token is missing or expired.',
      statuses: [401],
      policy: { kind: 'unauthenticated', action: 'reauthenticate', retryable: false },
      provenance: from(PHP_CLIENT),
      evidence: 'observed',
      resources: [],
    },
    {
      code: 'RESOURCE_HAS_NO_NEW_CHANGES',
      name: 'ResourceHasNoNewChanges',
      message: 'The update would not change anything.',
      statuses: [],
      policy: { kind: 'failed-precondition', action: 'none', retryable: false },
      provenance: from(SNIPPET),
      evidence: 'observed',
      note: 'Weak source; status unknown.',
      resources: [],
    },
  ]))();
