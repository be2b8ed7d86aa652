import type * as Resources from '../resources.ts';
import { CHECKED, ERRORS_PAGE, type Provenance } from './evidence.ts';

type KnownResource = (typeof Resources)[keyof typeof Resources];

export interface AppleBusinessResourceInfo extends Provenance {
  /** The name Apple's documentation uses. */
  readonly name: string;
}

const fromAlreadyExists = {
  evidence: 'inferred',
  source: ERRORS_PAGE,
  checked: CHECKED,
  note: 'The display name is documented in the Already Exists table; the prefix spelling is inferred from APPLE_OVERRIDE.',
} as const;
const guessed = (name: string, note: string): AppleBusinessResourceInfo => ({ evidence: 'inferred', source: ERRORS_PAGE, checked: CHECKED, name, note });

type ResourceTable = Readonly<Record<KnownResource, AppleBusinessResourceInfo>>;

// Built inside a pure call so bundlers drop the whole table when it is not imported.
/** Resource-type prefixes and how sure we are of each. */
export const appleBusinessResources: ResourceTable = /* @__PURE__ */ ((): ResourceTable => ({
  APPLE_OVERRIDE: { evidence: 'verified', source: ERRORS_PAGE, checked: CHECKED, name: 'Apple Override' },
  LOCATION: { evidence: 'verified', source: ERRORS_PAGE, checked: CHECKED, name: 'Location' },
  AGGREGATE_RATING: { ...fromAlreadyExists, name: 'Aggregate Rating' },
  BRAND: { ...fromAlreadyExists, name: 'Brand' },
  BRAND_ASSET: { ...fromAlreadyExists, name: 'Brand Asset' },
  LOCATION_ASSET: { ...fromAlreadyExists, name: 'Location Asset' },
  REVIEW: guessed('Review', 'partnersReviewId is among the Already Exists triggers, but no Review row was retrieved.'),
  SHOWCASE: guessed('Showcase', 'The resource exists in the API; no error code with this prefix has been seen.'),
  SHOWCASE_CREATIVE: guessed('Showcase Creative', 'The resource exists in the API; no error code with this prefix has been seen.'),
  BUSINESS: guessed('Business (legacy)', 'The 2024 API used /companies/{id}/businesses; whether error codes used this name is unknown.'),
  BUSINESS_ASSET: guessed('Business Asset (legacy)', 'Legacy resource name; never seen in an error code.'),
  COMPANY: guessed('Company (legacy)', 'Legacy resource name; never seen in an error code.'),
  VALIDATION: { evidence: 'verified', source: 'https://business.apple.com/docs/api/v1/references/validations', checked: CHECKED, name: 'Validation rule' },
}))();

/** True when `resource` is one of the prefixes the catalog lists. */
export function isKnownAppleBusinessResource(resource: string | undefined): resource is KnownResource {
  return resource !== undefined && Object.hasOwn(appleBusinessResources, resource);
}
