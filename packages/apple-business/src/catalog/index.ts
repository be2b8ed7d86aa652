// The catalogs: data only, in modules of their own, so a guard, a code constant or the parser
// never pulls them in. Every entry is the kit's `CatalogEntry` (resources excepted: a prefix has
// no policy) plus Apple's `evidence`, since Apple's full code table could not be retrieved.
import { defineCatalog, type Catalog } from '@errata/core/vendor';
import { listEntries, type AppleBusinessListEntry } from './list.ts';
import { oauthEntries, type AppleBusinessOAuthEntry } from './oauth.ts';

export type { AppleBusinessListCode, AppleBusinessListEntry } from './list.ts';
export type { AppleBusinessEvidence } from './evidence.ts';
export type { AppleBusinessOAuthEntry, AppleBusinessOAuthResponse } from './oauth.ts';
export { appleBusinessReasonCatalog } from './reasons.ts';
export type { AppleBusinessReasonEntry } from './reasons.ts';
export { appleBusinessResourceCatalog } from './resources.ts';
export type { AppleBusinessResourceCatalog, AppleBusinessResourceEntry } from './resources.ts';
export { appleBusinessStatusCatalog } from './statuses.ts';
export type { AppleBusinessStatus, AppleBusinessStatusEntry } from './statuses.ts';

/** A catalogued code: an array-format code (`format: 'error-list'`) or an OAuth `error` value (`format: 'oauth'`). */
export type AppleBusinessCatalogEntry = AppleBusinessListEntry | AppleBusinessOAuthEntry;

// Built inside a pure call so bundlers drop the whole table when it is not imported.
/** Every code constant of `./codes`, in its order: the array format's, then the OAuth endpoints'. */
export const appleBusinessCatalog: Catalog<AppleBusinessCatalogEntry> = /* @__PURE__ */ ((): Catalog<AppleBusinessCatalogEntry> =>
  defineCatalog<AppleBusinessCatalogEntry>([...listEntries(), ...oauthEntries()]))();

/**
 * The catalog entry of a code (`LOCATION__NOT_FOUND`, `invalid_grant`): what it means, its
 * statuses, policy, provenance and Apple's templates; `undefined` for codes errata does not
 * catalogue and for values that are not codes. Never throws. An uncatalogued `RESOURCE__REASON`
 * may still have a known reason: `appleBusinessReasonCatalog.get(splitCode(code).reason)`.
 */
export function describeAppleBusinessCode(code: unknown): AppleBusinessCatalogEntry | undefined {
  return appleBusinessCatalog.get(code);
}
