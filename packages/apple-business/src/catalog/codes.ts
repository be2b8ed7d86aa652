import type { Action, Kind } from '@errata/core';
import type { AppleBusinessKnownCode, AppleBusinessKnownResource, AppleBusinessOAuthCode, AppleBusinessSeverity } from '../types.ts';
import { CHECKED, ERRORS_PAGE, ONBOARDING_GUIDE, VALIDATIONS_PAGE, type Provenance } from './evidence.ts';

/** The codes of the array format (the OAuth ones are in `appleBusinessOAuthErrors`). */
export type AppleBusinessListCode = Exclude<AppleBusinessKnownCode, AppleBusinessOAuthCode>;

export interface AppleBusinessCodeInfo extends Provenance {
  readonly resource: AppleBusinessKnownResource | undefined;
  readonly reason: string;
  /** The status the code arrives with; `undefined` when no source says. */
  readonly status: number | undefined;
  readonly kind: Kind;
  readonly action: Action;
  readonly retryable: boolean;
  /** Validation items carry a severity; only VIOLATION fails a request. */
  readonly severity?: AppleBusinessSeverity;
  /** Message templates exactly as Apple sends them (placeholders unfilled). Empty when not retrieved. */
  readonly templates: readonly string[];
  readonly contextKeys: readonly string[];
  /** What it means, in errata's words. */
  readonly description: string;
}

const SNIPPET = 'unattributed TypeScript helper (AppleListingErrorsUtil) in a public code index';
const PHP_CLIENT = 'github.com/DeveloperMarius/apple-business-connect-api src/AppleClient.php';

const alreadyExists = (resource: AppleBusinessKnownResource, name: string, note: string): AppleBusinessCodeInfo => ({
  evidence: 'inferred',
  source: ERRORS_PAGE,
  checked: CHECKED,
  note,
  resource,
  reason: 'ALREADY_EXISTS',
  status: 400,
  kind: 'already-exists',
  action: 'fix-request',
  retryable: false,
  templates: [],
  contextKeys: [],
  description: `Creating a ${name} failed: its partner id, the resource named in the path, or its values match an existing ${name}.`,
});
const SPELLING = 'Status, reason and resource are documented; the code spelling is inferred and its message template was not retrieved.';

const validation = (
  rule: string,
  init: Pick<AppleBusinessCodeInfo, 'evidence' | 'source' | 'templates' | 'contextKeys' | 'description'> & { readonly severity?: AppleBusinessSeverity; readonly note?: string },
): AppleBusinessCodeInfo => ({
  checked: CHECKED,
  resource: 'VALIDATION',
  reason: rule,
  status: undefined,
  kind: 'invalid-argument',
  action: 'fix-request',
  retryable: false,
  ...init,
});

type CodeTable = Readonly<Record<AppleBusinessListCode, AppleBusinessCodeInfo>>;

// Built inside a pure call so bundlers drop the whole table when it is not imported.
/** Every array-format code errata knows, with its provenance. */
export const appleBusinessCodes: CodeTable = /* @__PURE__ */ ((): CodeTable => ({
  APPLE_OVERRIDE__ALREADY_ACCEPTED: {
    evidence: 'verified',
    source: ERRORS_PAGE,
    checked: CHECKED,
    note: 'The description speaks of contesting an accepted override, yet the operations table only ticks Accept.',
    resource: 'APPLE_OVERRIDE',
    reason: 'ALREADY_ACCEPTED',
    status: 400,
    kind: 'failed-precondition',
    action: 'none',
    retryable: false,
    templates: ["Change to resource with Apple-generated '{{id}}' already accepted"],
    contextKeys: ['id'],
    description: 'The Apple override was already accepted, so it can no longer be accepted or contested.',
  },
  LOCATION__NOT_FOUND: {
    evidence: 'verified',
    source: ERRORS_PAGE,
    checked: CHECKED,
    note: 'The body is the documented example; the 404 pairing comes from the example headers next to it.',
    resource: 'LOCATION',
    reason: 'NOT_FOUND',
    status: 404,
    kind: 'not-found',
    action: 'none',
    retryable: false,
    templates: ["Resource not found for Apple-generated '{{id}}'"],
    contextKeys: ['id'],
    description: 'No location has that Apple-generated id.',
  },
  AGGREGATE_RATING__ALREADY_EXISTS: alreadyExists('AGGREGATE_RATING', 'aggregate rating', SPELLING),
  BRAND__ALREADY_EXISTS: alreadyExists('BRAND', 'brand', SPELLING),
  BRAND_ASSET__ALREADY_EXISTS: alreadyExists('BRAND_ASSET', 'brand asset', SPELLING),
  LOCATION__ALREADY_EXISTS: alreadyExists('LOCATION', 'location', `${SPELLING} The onboarding guide names it LOCATION_ALREADY_EXISTS.`),
  LOCATION_ASSET__ALREADY_EXISTS: alreadyExists('LOCATION_ASSET', 'location asset', `${SPELLING} Its table row is cut off in the stored page.`),
  REVIEW__ALREADY_EXISTS: alreadyExists('REVIEW', 'review', 'Only partnersReviewId among the documented triggers hints at it; the row, spelling and template are inferred.'),
  LOCATION__MARKED_DELETED: {
    evidence: 'inferred',
    source: ONBOARDING_GUIDE,
    checked: CHECKED,
    note: 'The guide writes LOCATION_MARKED_DELETED (one underscore); the wire spelling and the status are guesses.',
    resource: 'LOCATION',
    reason: 'MARKED_DELETED',
    status: undefined,
    kind: 'failed-precondition',
    action: 'fix-request',
    retryable: false,
    templates: [],
    contextKeys: [],
    description: 'The location was deleted; undelete it instead of creating it again.',
  },
  Unauthorized: {
    evidence: 'observed',
    source: PHP_CLIENT,
    checked: CHECKED,
    note: 'A real 401 recorded by a client: no prefix, PascalCase, and details shaped {"header": "Authorization"}.',
    resource: undefined,
    reason: 'Unauthorized',
    status: 401,
    kind: 'unauthenticated',
    action: 'reauthenticate',
    retryable: false,
    templates: ['Expired Token'],
    contextKeys: [],
    description: 'The access token is missing or expired; get a new one.',
  },
  RESOURCE_HAS_NO_NEW_CHANGES: {
    evidence: 'observed',
    source: SNIPPET,
    checked: CHECKED,
    note: 'Weak source; the status is unknown.',
    resource: undefined,
    reason: 'RESOURCE_HAS_NO_NEW_CHANGES',
    status: undefined,
    kind: 'failed-precondition',
    action: 'none',
    retryable: false,
    templates: [],
    contextKeys: [],
    description: 'The update would not change anything.',
  },
  VALIDATION__PartnersLocationIdNotMatched: validation('PartnersLocationIdNotMatched', {
    evidence: 'observed',
    source: SNIPPET,
    note: 'Weak source; seen as an item of an error array.',
    templates: [],
    contextKeys: [],
    description: 'The partner location id in the body does not match the one the request refers to.',
  }),
  VALIDATION__UnexpectedPhoneNumberFormatForCountryCode: validation('UnexpectedPhoneNumberFormatForCountryCode', {
    evidence: 'observed',
    source: VALIDATIONS_PAGE,
    severity: 'INFO',
    templates: ["Unexpected '{{phoneNumber}}' format for country derived from Main Address"],
    contextKeys: ['phoneNumber'],
    description: "A phone number does not follow the format of the location's country.",
  }),
  VALIDATION__AppIdsMustBeResolvable: validation('AppIdsMustBeResolvable', {
    evidence: 'observed',
    source: VALIDATIONS_PAGE,
    severity: 'VIOLATION',
    templates: ["Referenced '{{appIds}}' value must exist"],
    contextKeys: ['appIds'],
    description: 'Some referenced app ids do not exist.',
  }),
  VALIDATION__AppleOverrideContestRejected: validation('AppleOverrideContestRejected', {
    evidence: 'observed',
    source: VALIDATIONS_PAGE,
    severity: 'VIOLATION',
    templates: ["Contest of Apple override '{{id}}' is rejected"],
    contextKeys: ['id'],
    description: 'The contest of an Apple override was rejected.',
  }),
  VALIDATION__SpecialHours_ExpectedRegionSubtagForCountryNotPresent: validation('SpecialHours_ExpectedRegionSubtagForCountryNotPresent', {
    evidence: 'observed',
    source: VALIDATIONS_PAGE,
    note: 'The rule name itself contains an underscore; its template was not retrieved.',
    templates: [],
    contextKeys: [],
    description: "Special hours lack the region subtag the location's country requires.",
  }),
}))();

/** True when `code` is one of the array-format codes the catalog lists. */
export function isKnownAppleBusinessCode(code: string): code is AppleBusinessListCode {
  return Object.hasOwn(appleBusinessCodes, code);
}
