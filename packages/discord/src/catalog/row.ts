import type { Provenance } from '@errata/core/vendor';

/**
 * One row of the message table: `[code, name, message, sources, flags]`.
 * - `name`: the upstream (discord-api-types) member name, or our own where upstream has none.
 * - `message`: the best known literal message (see `flags` for where it came from).
 * - `sources`: a bit set of `SOURCE` values naming every list the code appears in.
 * - `flags`: bits 0-2 index `MESSAGE_SOURCES`; bit 3 is set when the message holds a placeholder.
 */
export type CatalogRow = readonly [code: number, name: string, message: string, sources: number, flags: number];

/** Bits of `CatalogRow[3]`. */
export const SOURCE = {
  /** Discord's official docs table (snapshot 2026-07-21). */
  official: 1,
  /** discord-api-types `RESTJSONErrorCodes` (snapshot 2026-07-24). */
  'discord-api-types': 2,
  /** The unofficial userdoccers list (snapshot 2025-03-01). */
  userdoccers: 4,
  /** Kord's `JsonErrorCode`, a later copy of the unofficial list. */
  kord: 8,
  /** JDA's `ErrorResponse` on an unmerged pull request. */
  jda: 16,
} as const;

export type CatalogSource = keyof typeof SOURCE;

// The day the compiled reference list (reference/discord-codes.md) was checked against its sources:
// the date of its newest source snapshot.
const CHECKED = '2026-07-24';

/** Each code list as a catalog provenance: what it is, and when the list was checked against it. */
export const LISTS: Readonly<Record<CatalogSource, Provenance>> = {
  official: { source: "Discord's official docs, JSON error codes table (developers/topics/opcodes-and-status-codes.mdx, 2026-07-21 edit)", verified: CHECKED },
  'discord-api-types': { source: 'discord-api-types RESTJSONErrorCodes (rest/common.ts, 2026-07-24)', verified: CHECKED },
  userdoccers: { source: 'discord-userdoccers datamined error list (pages/datamining/errors.mdx at 18baa186, 2025-03-01)', verified: CHECKED },
  kord: { source: "Kord's JsonErrorCode (rest/src/commonMain/kotlin/json/JsonErrorCode.kt)", verified: CHECKED },
  jda: { source: "JDA's ErrorResponse (src/main/java/net/dv8tion/jda/api/requests/ErrorResponse.java, pull request 3005)", verified: CHECKED },
};

/** Where a row's message came from, indexed by `flags & 7`. Only `userdoccers` messages are literal wire strings. */
export const MESSAGE_SOURCES: readonly ['userdoccers', 'official', 'userdoccers-internal-constant', 'kord', 'jda'] = [
  'userdoccers',
  'official',
  'userdoccers-internal-constant',
  'kord',
  'jda',
];

export type MessageSource = (typeof MESSAGE_SOURCES)[number];
