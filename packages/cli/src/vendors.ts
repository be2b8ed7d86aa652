import { appleBusiness } from '@errata/apple-business';
import { bearerOAuth } from '@errata/bearer-oauth';
import type { VendorModule } from '@errata/core';
import { discord } from '@errata/discord';
import { icloudExtract } from '@errata/icloud-extract';
import { identityRegistration } from '@errata/identity-registration';
import { UsageError } from './usage.ts';

export type VendorName = 'discord' | 'apple-business' | 'bearer-oauth' | 'identity-registration' | 'icloud-extract';

export interface VendorEntry {
  /** The vendor's name in errors (`error.vendor`) and problem types. */
  readonly name: VendorName;
  /** Shorter names accepted on the command line. */
  readonly aliases: readonly string[];
  /** What the package covers, for `--help`. */
  readonly about: string;
  readonly module: VendorModule;
}

// Also the order `parse` tries the vendors' body detection in when no --vendor is given: the
// specific shapes first, bearer-oauth (any body with an `error` string) last.
export const VENDORS: readonly VendorEntry[] = [
  { name: 'discord', aliases: [], about: 'Discord REST API: numeric JSON codes, rate limits, Cloudflare bans', module: discord },
  { name: 'apple-business', aliases: ['apple'], about: 'Apple Business Connect: RESOURCE__REASON error arrays, OAuth errors', module: appleBusiness },
  { name: 'identity-registration', aliases: ['registration', 'identity'], about: 'Identity Registration: integer codes, errors sent with HTTP 200', module: identityRegistration },
  { name: 'icloud-extract', aliases: ['icloud', 'ricloud'], about: 'iCloud extraction (riCloud): sign-in steps and task errors', module: icloudExtract },
  { name: 'bearer-oauth', aliases: ['oauth', 'bearer'], about: 'Bearer tokens and OAuth servers: WWW-Authenticate, RFC 6749 bodies, {code} APIs', module: bearerOAuth },
];

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
