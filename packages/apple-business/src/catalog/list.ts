import type { CatalogEntry } from '@errata/core/vendor';
import type { AppleBusinessKnownCode, AppleBusinessKnownResource, AppleBusinessOAuthCode, AppleBusinessSeverity } from '../types.ts';
import { ERRORS_PAGE, from, ONBOARDING_GUIDE, PHP_CLIENT, SNIPPET, VALIDATIONS_PAGE, type AppleBusinessEvidence } from './evidence.ts';

/** The codes of the array format (the OAuth ones are `AppleBusinessOAuthCode`). */
export type AppleBusinessListCode = Exclude<AppleBusinessKnownCode, AppleBusinessOAuthCode>;

/** A code of the array format: the kit's entry plus how sure it is and what Apple's items carry. */
export interface AppleBusinessListEntry extends CatalogEntry<AppleBusinessListCode> {
  readonly format: 'error-list';
  readonly evidence: AppleBusinessEvidence;
  /** The prefix before the first `__`; `undefined` for codes without one (`Unauthorized`). */
  readonly resource: AppleBusinessKnownResource | undefined;
  readonly reason: string;
  /** Validation items carry a severity; only VIOLATION fails a request. */
  readonly severity?: AppleBusinessSeverity;
  /** Message templates exactly as Apple sends them (placeholders unfilled). Empty when not retrieved. */
  readonly templates: readonly string[];
  /** The `context` keys the templates name. */
  readonly contextKeys: readonly string[];
}

const SPELLING = 'Status, reason and resource are documented; the code spelling is inferred and its message template was not retrieved.';

/* @__NO_SIDE_EFFECTS__ */
function alreadyExists(code: AppleBusinessListCode, name: string, resource: AppleBusinessKnownResource, label: string, note: string): AppleBusinessListEntry {
  return {
    format: 'error-list',
    code,
    name,
    message: `Creating a ${label} failed: its partner id, the resource named in the path, or its values match an existing ${label}.`,
    statuses: [400],
    policy: { kind: 'already-exists', action: 'fix-request', retryable: false },
    provenance: from(ERRORS_PAGE),
    evidence: 'inferred',
    note,
    resource,
    reason: 'ALREADY_EXISTS',
    templates: [],
    contextKeys: [],
  };
}

type ValidationInit = Pick<AppleBusinessListEntry, 'code' | 'name' | 'message' | 'evidence' | 'templates' | 'contextKeys'> & {
  readonly source: string;
  readonly severity?: AppleBusinessSeverity;
  readonly note?: string;
};

// Validation rules: statuses are not documented (the items ride in a 400 or a validation report).
/* @__NO_SIDE_EFFECTS__ */
function validation({ source, code, ...init }: ValidationInit): AppleBusinessListEntry {
  return {
    format: 'error-list',
    code,
    statuses: [],
    policy: { kind: 'invalid-argument', action: 'fix-request', retryable: false },
    provenance: from(source),
    resource: 'VALIDATION',
    reason: code.slice('VALIDATION__'.length),
    ...init,
  };
}

/** Every array-format code errata knows, in the order of `./codes` (built on call, so an unused table costs nothing). */
export function listEntries(): readonly AppleBusinessListEntry[] {
  return [
  {
    format: 'error-list',
    code: 'APPLE_OVERRIDE__ALREADY_ACCEPTED',
    name: 'AppleOverrideAlreadyAccepted',
    message: 'The Apple override was already accepted, so it can no longer be accepted or contested.',
    statuses: [400],
    policy: { kind: 'failed-precondition', action: 'none', retryable: false },
    provenance: from(ERRORS_PAGE),
    evidence: 'verified',
    note: 'The description speaks of contesting an accepted override, yet the operations table only ticks Accept.',
    resource: 'APPLE_OVERRIDE',
    reason: 'ALREADY_ACCEPTED',
    templates: ["Change to resource with Apple-generated '{{id}}' already accepted"],
    contextKeys: ['id'],
  },
  {
    format: 'error-list',
    code: 'LOCATION__NOT_FOUND',
    name: 'LocationNotFound',
    message: 'No location has that Apple-generated id.',
    statuses: [404],
    policy: { kind: 'not-found', action: 'none', retryable: false },
    provenance: from(ERRORS_PAGE),
    evidence: 'verified',
    note: 'The body is the documented example; the 404 pairing comes from the example headers next to it.',
    resource: 'LOCATION',
    reason: 'NOT_FOUND',
    templates: ["Resource not found for Apple-generated '{{id}}'"],
    contextKeys: ['id'],
  },
  alreadyExists('AGGREGATE_RATING__ALREADY_EXISTS', 'AggregateRatingAlreadyExists', 'AGGREGATE_RATING', 'aggregate rating', SPELLING),
  alreadyExists('BRAND__ALREADY_EXISTS', 'BrandAlreadyExists', 'BRAND', 'brand', SPELLING),
  alreadyExists('BRAND_ASSET__ALREADY_EXISTS', 'BrandAssetAlreadyExists', 'BRAND_ASSET', 'brand asset', SPELLING),
  alreadyExists('LOCATION__ALREADY_EXISTS', 'LocationAlreadyExists', 'LOCATION', 'location', `${SPELLING} The onboarding guide names it LOCATION_ALREADY_EXISTS.`),
  alreadyExists('LOCATION_ASSET__ALREADY_EXISTS', 'LocationAssetAlreadyExists', 'LOCATION_ASSET', 'location asset', `${SPELLING} Its table row is cut off in the stored page.`),
  alreadyExists('REVIEW__ALREADY_EXISTS', 'ReviewAlreadyExists', 'REVIEW', 'review', 'Only partnersReviewId among the documented triggers hints at it; the row, spelling and template are inferred.'),
  {
    format: 'error-list',
    code: 'LOCATION__MARKED_DELETED',
    name: 'LocationMarkedDeleted',
    message: 'The location was deleted; undelete it instead of creating it again.',
    statuses: [],
    policy: { kind: 'failed-precondition', action: 'fix-request', retryable: false },
    provenance: from(ONBOARDING_GUIDE),
    evidence: 'inferred',
    note: 'The guide writes LOCATION_MARKED_DELETED (one underscore); the wire spelling and the status are guesses.',
    resource: 'LOCATION',
    reason: 'MARKED_DELETED',
    templates: [],
    contextKeys: [],
  },
  {
    format: 'error-list',
    code: 'Unauthorized',
    name: 'Unauthorized',
    message: 'The access token is missing or expired; get a new one.',
    statuses: [401],
    policy: { kind: 'unauthenticated', action: 'reauthenticate', retryable: false },
    provenance: from(PHP_CLIENT),
    evidence: 'observed',
    note: 'A real 401 recorded by a client: no prefix, PascalCase, and details shaped {"header": "Authorization"}.',
    resource: undefined,
    reason: 'Unauthorized',
    templates: ['Expired Token'],
    contextKeys: [],
  },
  {
    format: 'error-list',
    code: 'RESOURCE_HAS_NO_NEW_CHANGES',
    name: 'ResourceHasNoNewChanges',
    message: 'The update would not change anything.',
    statuses: [],
    policy: { kind: 'failed-precondition', action: 'none', retryable: false },
    provenance: from(SNIPPET),
    evidence: 'observed',
    note: 'Weak source; the status is unknown.',
    resource: undefined,
    reason: 'RESOURCE_HAS_NO_NEW_CHANGES',
    templates: [],
    contextKeys: [],
  },
  validation({
    code: 'VALIDATION__PartnersLocationIdNotMatched',
    name: 'ValidationPartnersLocationIdNotMatched',
    source: SNIPPET,
    evidence: 'observed',
    note: 'Weak source; seen as an item of an error array.',
    templates: [],
    contextKeys: [],
    message: 'The partner location id in the body does not match the one the request refers to.',
  }),
  validation({
    code: 'VALIDATION__UnexpectedPhoneNumberFormatForCountryCode',
    name: 'ValidationUnexpectedPhoneNumberFormatForCountryCode',
    source: VALIDATIONS_PAGE,
    evidence: 'observed',
    severity: 'INFO',
    templates: ["Unexpected '{{phoneNumber}}' format for country derived from Main Address"],
    contextKeys: ['phoneNumber'],
    message: "A phone number does not follow the format of the location's country.",
  }),
  validation({
    code: 'VALIDATION__AppIdsMustBeResolvable',
    name: 'ValidationAppIdsMustBeResolvable',
    source: VALIDATIONS_PAGE,
    evidence: 'observed',
    severity: 'VIOLATION',
    templates: ["Referenced '{{appIds}}' value must exist"],
    contextKeys: ['appIds'],
    message: 'Some referenced app ids do not exist.',
  }),
  validation({
    code: 'VALIDATION__AppleOverrideContestRejected',
    name: 'ValidationAppleOverrideContestRejected',
    source: VALIDATIONS_PAGE,
    evidence: 'observed',
    severity: 'VIOLATION',
    templates: ["Contest of Apple override '{{id}}' is rejected"],
    contextKeys: ['id'],
    message: 'The contest of an Apple override was rejected.',
  }),
  validation({
    code: 'VALIDATION__SpecialHours_ExpectedRegionSubtagForCountryNotPresent',
    name: 'ValidationSpecialHoursExpectedRegionSubtagForCountryNotPresent',
    source: VALIDATIONS_PAGE,
    evidence: 'observed',
    note: 'The rule name itself contains an underscore; its template was not retrieved.',
    templates: [],
    contextKeys: [],
    message: "Special hours lack the region subtag the location's country requires.",
  }),
];
}
