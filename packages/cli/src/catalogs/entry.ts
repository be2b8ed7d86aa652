import type { Action, Kind } from '@errata/core';
import type { VendorName } from '../vendors.ts';

/** One catalog entry in the shape every vendor's catalog is shown in. */
export interface CodeEntry {
  readonly vendor: VendorName;
  readonly code: string | number;
  /** The vendor's own name for the code, when it has one besides the code. */
  readonly name?: string;
  readonly message: string;
  readonly kind: Kind;
  readonly action: Action;
  readonly retryable: boolean;
  /** The shortest wait before a retry the vendor documents. */
  readonly minWaitMs?: number;
  /** The HTTP statuses the code comes with, usual one first; empty when unknown or not HTTP. */
  readonly statuses: readonly number[];
  /** How sure the statuses are, or why there are none. */
  readonly statusNote?: string;
  /** Where the facts come from, one source per line. */
  readonly provenance: readonly string[];
  /** Caveats from the catalog. */
  readonly notes: readonly string[];
  /** Vendor-specific facts worth showing (label, value). */
  readonly facts: readonly (readonly [label: string, value: string])[];
}

/** How a vendor's catalog is read. */
export interface VendorCatalog {
  /** The entry for a code typed on the command line, or `undefined` when the catalog lacks it. */
  readonly lookup: (code: string) => CodeEntry | undefined;
  readonly all: () => CodeEntry[];
  /** A hint for an unknown code (e.g. the family it falls into). */
  readonly unknownHint?: (code: string) => string | undefined;
}

/** A non-negative base-10 integer code as typed (`50013`, not `5e4`, `0x10` or `-0`); `undefined` otherwise. */
export function integerCode(text: string): number | undefined {
  return /^(?:0|[1-9]\d{0,14})$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

/** Own-property lookup in a catalog table, so `__proto__` or `toString` find nothing. */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
