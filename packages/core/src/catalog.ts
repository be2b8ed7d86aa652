import type { Code } from './apiError.ts';
import type { CodePolicy } from './policy.ts';

/** Where a catalog fact comes from, and when it was last checked against that source. */
export interface Provenance {
  /** A URL, or the name of the document (`RFC 6749 §5.2`). */
  readonly source: string;
  /** The day the entry was checked against the source, `YYYY-MM-DD`. */
  readonly verified: string;
}

/** One vendor code: what it is called, what it means, where it is documented. */
export interface CatalogEntry<TCode extends Code = Code> {
  readonly code: TCode;
  /** The constant's name, PascalCase: `MissingPermissions`. */
  readonly name: string;
  /** What the code means, for developers. */
  readonly message: string;
  /** The HTTP statuses the vendor sends it with, most usual first (empty when not HTTP). */
  readonly statuses: readonly number[];
  readonly policy: CodePolicy;
  readonly provenance: Provenance;
  /** Anything a reader should know: a quirk, an undocumented behaviour, a correction. */
  readonly note?: string;
}

/** A vendor's catalog: its entries in order, and a lookup by code. */
export interface Catalog<TEntry extends CatalogEntry = CatalogEntry> {
  readonly entries: readonly TEntry[];
  /** The entry for a code; `undefined` for unknown codes and for values that are not codes. Never throws. */
  get(code: unknown): TEntry | undefined;
}

/**
 * A catalog from its entries. The lookup table is built on the first `get`, so defining a catalog
 * costs nothing at import; codes are compared as they are (`50013` and `'50013'` differ). The
 * first entry for a code wins.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineCatalog<const TEntry extends CatalogEntry>(entries: readonly TEntry[]): Catalog<TEntry> {
  let byCode: Map<unknown, TEntry> | undefined;
  return {
    entries,
    get(code) {
      if (byCode === undefined) {
        byCode = new Map();
        for (const entry of entries) if (!byCode.has(entry.code)) byCode.set(entry.code, entry);
      }
      return byCode.get(code);
    },
  };
}
