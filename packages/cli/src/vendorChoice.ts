import { UsageError } from './usage.ts';
import { VENDORS, type VendorEntry } from '@errata/vendors';

/** Every accepted spelling, for error messages: `apple-business (apple)`. */
export function vendorChoices(): string {
  return VENDORS.map((vendor) => (vendor.aliases.length === 0 ? vendor.name : `${vendor.name} (${vendor.aliases.join(', ')})`)).join(', ');
}

/** The vendor a command-line name means; a `UsageError` naming the choices otherwise. */
export function vendorNamed(name: string): VendorEntry {
  const wanted = name.trim().toLowerCase();
  const found = VENDORS.find((vendor) => vendor.name === wanted || vendor.aliases.includes(wanted));
  if (found === undefined) throw new UsageError(`unknown vendor ${JSON.stringify(name)}`, `vendors: ${vendorChoices()}`);
  return found;
}
