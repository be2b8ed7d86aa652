import { defineCatalog, type Catalog, type CatalogEntry, type Provenance } from '@errata/core/vendor';
import { NOTES, ROWS } from './catalog/messages.ts';
import { LISTS, MESSAGE_SOURCES, SOURCE, type CatalogRow, type CatalogSource, type MessageSource } from './catalog/row.ts';
import { textCodeEntries } from './catalog/textCodes.ts';
import { codePolicyOf } from './policy.ts';
import type { DiscordTextCode } from './types.ts';

/** The catalog entry of a JSON error code (the numeric `code` of an API error body). */
export interface DiscordJsonCodeEntry extends CatalogEntry<number> {
  readonly origin: 'json';
  /** Every code list that has the code, in the reference's order. */
  readonly sources: readonly CatalogSource[];
  /** True when Discord's official docs list the code; false for codes known only from other lists. */
  readonly official: boolean;
  /** Where `message` came from. */
  readonly messageSource: MessageSource;
  /** True when `message` is the exact string the API sends (collected from real responses). */
  readonly literal: boolean;
  /** True when the message holds a placeholder the API fills in at runtime. */
  readonly templated: boolean;
  /** Every source of the entry, with the day it was checked; `provenance` is the first. */
  readonly references: readonly Provenance[];
}

/**
 * The catalog entry of a string code: an OAuth2 `error` value (`origin: 'oauth2'`) or one of
 * errata's own codes for responses that carry none (`origin: 'errata'`). These codes have no wire
 * message of their own, so `message` is our description.
 */
export interface DiscordTextCodeEntry extends CatalogEntry<DiscordTextCode> {
  readonly origin: 'oauth2' | 'errata';
  /** Every source of the entry, with the day it was read; `provenance` is the first. */
  readonly references: readonly Provenance[];
}

/** One entry of `discordCatalog`: `origin` tells a JSON code from a string code. */
export type DiscordCatalogEntry = DiscordJsonCodeEntry | DiscordTextCodeEntry;

// A code the policy table does not class (only code 0): the HTTP status decides.
const STATUS_DECIDES = { kind: 'unknown', action: 'none', retryable: false } as const;

function jsonEntryOf(row: CatalogRow): DiscordJsonCodeEntry {
  const [code, name, message, sourceBits, flags] = row;
  const messageSource = MESSAGE_SOURCES[flags & 7] ?? 'official';
  const sources = (Object.keys(SOURCE) as CatalogSource[]).filter((source) => (sourceBits & SOURCE[source]) !== 0);
  const references = sources.map((source) => LISTS[source]);
  const note = NOTES[code];
  return {
    code,
    name,
    message,
    // Discord sends a code with whatever status the route answers; the lists record none per code.
    statuses: [],
    policy: codePolicyOf(code) ?? STATUS_DECIDES,
    provenance: references[0] ?? LISTS.official,
    ...(note === undefined ? {} : { note }),
    origin: 'json',
    sources,
    official: (sourceBits & SOURCE.official) !== 0,
    messageSource,
    literal: messageSource === 'userdoccers',
    templated: (flags & 8) !== 0,
    references,
  };
}

/**
 * Everything errata knows about Discord's codes: the 712 JSON error codes (sorted by code), then
 * errata's own string codes and the OAuth2 `error` values. `discordCatalog.get(50013)` looks one
 * up (JSON codes are numbers, string codes strings). Importing it pulls in the message table.
 */
export const discordCatalog: Catalog<DiscordCatalogEntry> = /* @__PURE__ */ createCatalog();

// A call without arguments, so the pure annotation lets bundlers drop the whole table when
// `discordCatalog` is not used (a pure call whose arguments map over the rows would be kept).
function createCatalog(): Catalog<DiscordCatalogEntry> {
  return defineCatalog<DiscordCatalogEntry>([...ROWS.map(jsonEntryOf), ...textCodeEntries()]);
}

/**
 * The catalog entry for a code, or `undefined` for codes the catalog does not know (and for values
 * that are not codes). A number looks up the JSON error codes, a string the string codes
 * (`rate-limited`, `cloudflare-ban` and the OAuth2 `error` values). Never throws.
 */
export function describeDiscordCode(code: number): DiscordJsonCodeEntry | undefined;
export function describeDiscordCode(code: string): DiscordTextCodeEntry | undefined;
export function describeDiscordCode(code: unknown): DiscordCatalogEntry | undefined;
export function describeDiscordCode(code: unknown): DiscordCatalogEntry | undefined {
  return discordCatalog.get(code);
}
