// The one list of errata's vendor packages. The CLI bundles it (`errata explain`, `list`, `parse`
// and `--help` know the vendors from here), and the tooling that has to cover every vendor (the
// bench, the fuzz, the runtime matrix, the gateway demo) imports it, so a vendor added here is
// covered everywhere. `pnpm new-vendor <name>` adds the entry, this package's dependency on the
// vendor package and the CLI's; nothing else lists vendors.
//
// Everything here is the vendor package's own export: its module, guard, catalog and lookup, read
// through core's types. No Node imports: the runtime matrix loads this module in a browser too.
import { appleBusiness, appleBusinessCatalog, appleBusinessReasonCatalog, describeAppleBusinessCode, isAppleBusinessError, splitCode } from '@errata/apple-business';
import { bearerOAuth, bearerOAuthCatalog, describeBearerOAuthCode, isBearerOAuthError } from '@errata/bearer-oauth';
import type { ApiError, Code, Kind, Specificity, VendorParser } from '@errata/core';
import type { Catalog, CatalogEntry } from '@errata/core/vendor';
import { describeDiscordCode, discord, discordCatalog, isDiscordError } from '@errata/discord';
import { describeIcloudExtractCode, icloudExtract, icloudExtractCatalog, isIcloudExtractError } from '@errata/icloud-extract';
import { ancestorsOf, describeIdentityRegistrationCode, identityRegistration, identityRegistrationCatalog, isIdentityRegistrationError } from '@errata/identity-registration';
// new-vendor: imports above (`pnpm new-vendor` adds the new package's import here)

/** One typical error response of the vendor, as sent on the wire, and what errata reads from it. */
export interface VendorSample {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The body as text (`''` for none). */
  readonly body: string;
  /** The code and kind the vendor's parser gives it. */
  readonly code: Code;
  readonly kind: Kind;
}

/** The catalogued entry an uncatalogued code falls under, and how it relates to the code. */
export interface NearestEntry {
  readonly entry: CatalogEntry;
  /** Completes "these are the facts of <code>, …": `its reason`, `the catch-all above it`. */
  readonly relation: string;
}

/** One vendor package, as the CLI and the tooling see it. */
export interface VendorEntry {
  /** The vendor's name in errors (`error.vendor`), problem types and on the command line. */
  readonly name: string;
  /** The npm package. */
  readonly package: string;
  /** Shorter names accepted on the command line. */
  readonly aliases: readonly string[];
  /** What the package covers, for `--help`. */
  readonly about: string;
  /** The package's vendor module (`discord`). */
  readonly module: VendorParser<ApiError, Specificity>;
  /** The package's guard (`isDiscordError`). */
  readonly guard: (value: unknown, code?: Code | readonly Code[]) => boolean;
  /** The package's catalog (`discordCatalog`), in core's entry type. */
  readonly catalog: Catalog;
  /** The package's lookup (`describeDiscordCode`): the catalog's, plus what it knows of templated codes. */
  readonly describe: (code: unknown) => CatalogEntry | undefined;
  /** What the vendor's codes look like, for someone who typed an unknown one. */
  readonly codeHint: string;
  /** For a code the catalog lacks: the entry it falls under, when the vendor's codes have families. */
  readonly nearest?: (code: string) => NearestEntry | undefined;
  readonly sample: VendorSample;
}

const JSON_HEADERS = { 'content-type': 'application/json' } as const;

/** A non-negative base-10 integer as typed (`50013`, not `5e4`, `0x10` or `-0`); `undefined` otherwise. */
export function integerCode(text: string): number | undefined {
  const trimmed = text.trim();
  return /^(?:0|[1-9]\d{0,14})$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** Every vendor package, in the order `--help` shows them. */
export const VENDORS: readonly VendorEntry[] = [
  {
    name: discord.vendor,
    package: '@errata/discord',
    aliases: [],
    about: 'Discord REST API: numeric JSON codes, rate limits, Cloudflare bans',
    module: discord,
    guard: isDiscordError,
    catalog: discordCatalog,
    describe: describeDiscordCode,
    codeHint: "Discord's JSON codes are integers, e.g. 50013; its text codes are errata's own (rate-limited, cloudflare-ban) and OAuth2 error values (invalid_grant).",
    sample: {
      status: 403,
      headers: { ...JSON_HEADERS, 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '4', 'x-ratelimit-bucket': 'abcd1234' },
      body: '{"message": "Missing Permissions", "code": 50013}',
      code: 50013,
      kind: 'permission-denied',
    },
  },
  {
    name: appleBusiness.vendor,
    package: '@errata/apple-business',
    aliases: ['apple'],
    about: 'Apple Business Connect: RESOURCE__REASON error arrays, OAuth errors',
    module: appleBusiness,
    guard: isAppleBusinessError,
    catalog: appleBusinessCatalog,
    describe: describeAppleBusinessCode,
    codeHint: 'Apple Business codes look like RESOURCE__REASON (LOCATION__NOT_FOUND) or are OAuth errors (invalid_grant).',
    // An uncatalogued RESOURCE__REASON still has a documented reason.
    nearest(code) {
      const { resource, reason } = splitCode(code);
      const entry = appleBusinessReasonCatalog.get(reason);
      return entry === undefined ? undefined : { entry, relation: resource === undefined ? 'a documented reason (whole codes are RESOURCE__REASON)' : 'its reason' };
    },
    sample: {
      status: 404,
      headers: { ...JSON_HEADERS, 'apple-request-id': '0a8af52f-aa59-4cbd-96a6-bde380fc64ea' },
      body: '[{"code":"LOCATION__NOT_FOUND","message":"Resource not found for Apple-generated \'{{id}}\'","context":{"id":"9467895078742654451"}}]',
      code: 'LOCATION__NOT_FOUND',
      kind: 'not-found',
    },
  },
  {
    name: identityRegistration.vendor,
    package: '@errata/identity-registration',
    aliases: ['registration', 'identity'],
    about: 'Identity Registration: integer codes, errors sent with HTTP 200',
    module: identityRegistration,
    guard: isIdentityRegistrationError,
    catalog: identityRegistrationCatalog,
    describe: describeIdentityRegistrationCode,
    codeHint: 'Registration codes are integers, e.g. 210.',
    // Undocumented codes belong to the nearest documented catch-all above them.
    nearest(code) {
      const number = integerCode(code);
      for (const ancestor of number === undefined ? [] : ancestorsOf(number)) {
        const entry = describeIdentityRegistrationCode(ancestor);
        if (entry !== undefined) return { entry, relation: 'the documented catch-all above it' };
      }
      return undefined;
    },
    sample: {
      status: 200,
      headers: JSON_HEADERS,
      body: '{"stat":"error","code":210,"error":"invalid_credentials","error_description":"invalid credentials","request_id":"abcdefgh12345678"}',
      code: 210,
      kind: 'unauthenticated',
    },
  },
  {
    name: icloudExtract.vendor,
    package: '@errata/icloud-extract',
    aliases: ['icloud', 'ricloud'],
    about: 'iCloud extraction (riCloud): sign-in steps and task errors',
    module: icloudExtract,
    guard: isIcloudExtractError,
    catalog: icloudExtractCatalog,
    describe: describeIcloudExtractCode,
    codeHint: 'riCloud codes are kebab-case, e.g. choice-required.',
    sample: {
      status: 400,
      headers: JSON_HEADERS,
      body: '{"error":"invalid-credentials","message":"The external service rejected the source or its credentials."}',
      code: 'invalid-credentials',
      kind: 'unauthenticated',
    },
  },
  {
    name: bearerOAuth.vendor,
    package: '@errata/bearer-oauth',
    aliases: ['oauth', 'bearer'],
    about: 'Bearer tokens and OAuth servers: WWW-Authenticate, RFC 6749 bodies, {code} APIs',
    module: bearerOAuth,
    guard: isBearerOAuthError,
    catalog: bearerOAuthCatalog,
    describe: describeBearerOAuthCode,
    codeHint: 'Codes are OAuth error values (invalid_token, invalid_grant) or {code} API codes (NOT_FOUND, USER_NOT_EXIST).',
    sample: {
      status: 401,
      headers: { 'www-authenticate': 'Bearer realm="api", error="invalid_token", error_description="Expired access token"' },
      body: '',
      code: 'invalid_token',
      kind: 'unauthenticated',
    },
  },
  // new-vendor: entries above (`pnpm new-vendor` adds the new package's entry here)
];
