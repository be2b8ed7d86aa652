import { defineCatalog, type Catalog, type CatalogEntry } from '@errata/core/vendor';
import { POLICIES } from './policy.ts';
import type { __PASCAL__KnownCode } from './types.ts';

/** One known code: core's catalog entry. */
export type __PASCAL__CatalogEntry = CatalogEntry<__PASCAL__KnownCode>;

// TODO(new-vendor): the vendor's documentation page, and the day the entries were checked against it.
const DOCS = { source: 'TODO: the vendor documentation page that lists the error codes', verified: '2026-01-01' } as const;

/**
 * Every code errata knows for __TITLE__, with its meaning, statuses, policy and provenance:
 * `__CAMEL__Catalog.entries`, and `__CAMEL__Catalog.get(code)`.
 */
export const __CAMEL__Catalog: Catalog<__PASCAL__CatalogEntry> = /* @__PURE__ */ createCatalog();

// A call without arguments, so the pure annotation lets bundlers drop the whole table (and the
// policies it reads) when the catalog is not used; a pure call with the table as its argument
// would be kept, since reading `POLICIES.X` might run a getter.
function createCatalog(): Catalog<__PASCAL__CatalogEntry> {
  return defineCatalog<__PASCAL__CatalogEntry>([
    { code: 'NOT_FOUND', name: 'NotFound', message: 'The resource the request names does not exist.', statuses: [404], policy: POLICIES.NOT_FOUND, provenance: DOCS },
    { code: 'INVALID_ARGUMENT', name: 'InvalidArgument', message: 'A request field is missing or malformed.', statuses: [400], policy: POLICIES.INVALID_ARGUMENT, provenance: DOCS },
    { code: 'UNAUTHENTICATED', name: 'Unauthenticated', message: 'The credentials are missing, invalid or expired.', statuses: [401], policy: POLICIES.UNAUTHENTICATED, provenance: DOCS },
    { code: 'RATE_LIMITED', name: 'RateLimited', message: 'Too many requests; wait before sending again.', statuses: [429], policy: POLICIES.RATE_LIMITED, provenance: DOCS },
    { code: 'INTERNAL', name: 'Internal', message: 'The vendor failed; the request may succeed when sent again.', statuses: [500], policy: POLICIES.INTERNAL, provenance: DOCS },
  ]);
}

/** The catalog entry of a code, or `undefined` for unknown codes and values that are not codes. Never throws. */
export function describe__PASCAL__Code(code: unknown): __PASCAL__CatalogEntry | undefined {
  return __CAMEL__Catalog.get(code);
}
