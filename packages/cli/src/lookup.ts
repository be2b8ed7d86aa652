import type { CatalogEntry } from '@errata/core/vendor';
import { integerCode, type VendorEntry } from '@errata/vendors';

/** What `explain` found for a code typed on the command line. */
export interface Found {
  readonly vendor: VendorEntry;
  /** The code as typed (trimmed). */
  readonly asked: string;
  /** The catalog entry: the code's own, its template's, or the one it falls under. */
  readonly entry: CatalogEntry;
  /** Set when the code is not catalogued itself and `entry` is the one it falls under. */
  readonly relation?: string;
}

/**
 * The catalog entry for a code as typed. The command line gives text, and catalogs key their codes
 * by their wire type, so the text is looked up as it is, then (for plain decimal integers) as a
 * number; last, the vendor's nearest catalogued entry, when its codes have families.
 */
export function lookUp(vendor: VendorEntry, typed: string): Found | undefined {
  const asked = typed.trim();
  const number = integerCode(asked);
  const entry = vendor.describe(asked) ?? (number === undefined ? undefined : vendor.describe(number));
  if (entry !== undefined) return { vendor, asked, entry };
  const nearest = vendor.nearest?.(asked);
  return nearest === undefined ? undefined : { vendor, asked, entry: nearest.entry, relation: nearest.relation };
}

/**
 * A catalog entry as `--json` prints it: the vendor, then the entry exactly as the vendor package
 * defines it (core's fields, then the vendor's own), then how it was found when that is not plain.
 */
export function entryJson(vendor: VendorEntry, entry: CatalogEntry, found?: Found): Record<string, unknown> {
  const json: Record<string, unknown> = { vendor: vendor.name, ...entry };
  // First in the output, and not overridden by a vendor field of the same name.
  json.vendor = vendor.name;
  if (found !== undefined && found.asked !== String(entry.code)) json.requested = found.asked;
  if (found?.relation !== undefined) json.relation = found.relation;
  return json;
}
