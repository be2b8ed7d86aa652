import type { Action, Kind } from '@errata/core';
import type { AppleBusinessKnownReason, AppleBusinessKnownResource } from '../types.ts';
import { CHECKED, ERRORS_PAGE, ONBOARDING_GUIDE, type Provenance } from './evidence.ts';

export interface AppleBusinessReasonInfo extends Provenance {
  /** The resource types the reason is documented (or expected) for. */
  readonly resources: readonly AppleBusinessKnownResource[];
  readonly status: number | undefined;
  readonly kind: Kind;
  readonly action: Action;
  readonly description: string;
}

type ReasonTable = Readonly<Record<AppleBusinessKnownReason, AppleBusinessReasonInfo>>;

// Built inside a pure call so bundlers drop the whole table when it is not imported.
/** The reasons errata knows, whatever resource they come with. */
export const appleBusinessReasons: ReasonTable = /* @__PURE__ */ ((): ReasonTable => ({
  ALREADY_ACCEPTED: {
    evidence: 'verified',
    source: ERRORS_PAGE,
    checked: CHECKED,
    resources: ['APPLE_OVERRIDE'],
    status: 400,
    kind: 'failed-precondition',
    action: 'none',
    description: 'The change was already accepted.',
  },
  ALREADY_EXISTS: {
    evidence: 'verified',
    source: ERRORS_PAGE,
    checked: CHECKED,
    note: 'Location Asset is in the table but its row is cut off; Review is only hinted at by partnersReviewId.',
    resources: ['AGGREGATE_RATING', 'BRAND', 'BRAND_ASSET', 'LOCATION', 'LOCATION_ASSET'],
    status: 400,
    kind: 'already-exists',
    action: 'fix-request',
    description: 'A create matched an existing resource (partner id, path or values). Apple answers 400, not 409.',
  },
  NOT_FOUND: {
    evidence: 'verified',
    source: ERRORS_PAGE,
    checked: CHECKED,
    note: 'Documented for locations; other resource types very likely use it too.',
    resources: ['LOCATION'],
    status: 404,
    kind: 'not-found',
    action: 'none',
    description: 'No resource has that Apple-generated id.',
  },
  MARKED_DELETED: {
    evidence: 'inferred',
    source: ONBOARDING_GUIDE,
    checked: CHECKED,
    note: 'Named for locations in the onboarding guide; locations and location assets can be undeleted, so both may send it.',
    resources: ['LOCATION'],
    status: undefined,
    kind: 'failed-precondition',
    action: 'fix-request',
    description: 'The resource was deleted; undelete it rather than create it again.',
  },
  Unauthorized: {
    evidence: 'observed',
    source: 'github.com/DeveloperMarius/apple-business-connect-api src/AppleClient.php',
    checked: CHECKED,
    resources: [],
    status: 401,
    kind: 'unauthenticated',
    action: 'reauthenticate',
    description: 'The access token is missing or expired.',
  },
  RESOURCE_HAS_NO_NEW_CHANGES: {
    evidence: 'observed',
    source: 'unattributed TypeScript helper (AppleListingErrorsUtil) in a public code index',
    checked: CHECKED,
    note: 'Weak source; status unknown.',
    resources: [],
    status: undefined,
    kind: 'failed-precondition',
    action: 'none',
    description: 'The update would not change anything.',
  },
}))();

/** True when `reason` is one of the reasons the catalog lists. */
export function isKnownAppleBusinessReason(reason: string): reason is AppleBusinessKnownReason {
  return Object.hasOwn(appleBusinessReasons, reason);
}
