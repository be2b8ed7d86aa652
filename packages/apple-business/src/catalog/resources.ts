import type { Provenance } from '@errata/core/vendor';
import type { AppleBusinessKnownResource } from '../types.ts';
import { ERRORS_PAGE, from, VALIDATIONS_PAGE, type AppleBusinessEvidence } from './evidence.ts';

/**
 * A resource-type prefix (the part of a code before the first `__`). Not a code, so not the kit's
 * `CatalogEntry`: a prefix has no policy of its own, only a name and how sure errata is of it.
 */
export interface AppleBusinessResourceEntry {
  readonly code: AppleBusinessKnownResource;
  /** The name Apple's documentation uses. */
  readonly name: string;
  readonly provenance: Provenance;
  readonly evidence: AppleBusinessEvidence;
  readonly note?: string;
}

/** The resource prefixes errata knows, and a lookup by prefix (`undefined` for others; never throws). */
export interface AppleBusinessResourceCatalog {
  readonly entries: readonly AppleBusinessResourceEntry[];
  get(code: unknown): AppleBusinessResourceEntry | undefined;
}

const FROM_ALREADY_EXISTS = 'The display name is documented in the Already Exists table; the prefix spelling is inferred from APPLE_OVERRIDE.';
const NOT_SEEN = 'The resource exists in the API; no error code with this prefix has been seen.';

/* @__NO_SIDE_EFFECTS__ */
function resource(code: AppleBusinessKnownResource, name: string, evidence: AppleBusinessEvidence, note?: string, source = ERRORS_PAGE): AppleBusinessResourceEntry {
  return { code, name, provenance: from(source), evidence, ...(note === undefined ? {} : { note }) };
}

// Built inside a pure call so bundlers drop the whole table when it is not imported.
/** Resource-type prefixes and how sure errata is of each, in the order of their constants (`AppleBusinessResource`). */
export const appleBusinessResourceCatalog: AppleBusinessResourceCatalog = /* @__PURE__ */ ((): AppleBusinessResourceCatalog => {
  const entries: readonly AppleBusinessResourceEntry[] = [
    resource('APPLE_OVERRIDE', 'Apple Override', 'verified'),
    resource('LOCATION', 'Location', 'verified'),
    resource('AGGREGATE_RATING', 'Aggregate Rating', 'inferred', FROM_ALREADY_EXISTS),
    resource('BRAND', 'Brand', 'inferred', FROM_ALREADY_EXISTS),
    resource('BRAND_ASSET', 'Brand Asset', 'inferred', FROM_ALREADY_EXISTS),
    resource('LOCATION_ASSET', 'Location Asset', 'inferred', FROM_ALREADY_EXISTS),
    resource('REVIEW', 'Review', 'inferred', 'partnersReviewId is among the Already Exists triggers, but no Review row was retrieved.'),
    resource('SHOWCASE', 'Showcase', 'inferred', NOT_SEEN),
    resource('SHOWCASE_CREATIVE', 'Showcase Creative', 'inferred', NOT_SEEN),
    resource('BUSINESS', 'Business (legacy)', 'inferred', 'The 2024 API used /companies/{id}/businesses; whether error codes used this name is unknown.'),
    resource('BUSINESS_ASSET', 'Business Asset (legacy)', 'inferred', 'Legacy resource name; never seen in an error code.'),
    resource('COMPANY', 'Company (legacy)', 'inferred', 'Legacy resource name; never seen in an error code.'),
    resource('VALIDATION', 'Validation rule', 'verified', undefined, VALIDATIONS_PAGE),
  ];
  // Thirteen prefixes: a scan is as fast as a table and builds nothing.
  return { entries, get: (code) => entries.find((entry) => entry.code === code) };
})();
