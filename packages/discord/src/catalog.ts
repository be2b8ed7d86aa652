import type { Action, Kind } from '@errata/core';
import { classOf } from './meta.ts';
import { NOTES, ROWS } from './messages.ts';
import { MESSAGE_SOURCES, SOURCE, type CatalogRow, type CatalogSource, type MessageSource } from './row.ts';
import { textCodeInfo, type DiscordTextCodeInfo } from './textCodes.ts';

/** Everything the catalog knows about one code. */
export interface DiscordCodeInfo {
  readonly code: number;
  /** The discord-api-types member name, or our own name where upstream has none. */
  readonly name: string;
  /** The best known message for the code. */
  readonly message: string;
  /** True when `message` is the exact string the API sends (collected from real responses). */
  readonly literal: boolean;
  /** Where `message` came from. */
  readonly messageSource: MessageSource;
  /** True when the message contains a placeholder the API fills in at runtime. */
  readonly templated: boolean;
  /** Every list the code appears in. */
  readonly sources: readonly CatalogSource[];
  /** True when Discord's official docs list the code; false for codes known only from other lists. */
  readonly official: boolean;
  readonly kind: Kind;
  readonly action: Action;
  readonly retryable: boolean;
  /** Our note where the sources disagree or are thin. */
  readonly note?: string;
}

function infoOf(row: CatalogRow): DiscordCodeInfo {
  const [code, name, message, sourceBits, flags] = row;
  const [kind, action, retryable] = classOf(code) ?? ['unknown', 'none', false];
  const messageSource = MESSAGE_SOURCES[flags & 7] ?? 'official';
  const note = NOTES[code];
  return {
    code,
    name,
    message,
    literal: messageSource === 'userdoccers',
    messageSource,
    templated: (flags & 8) !== 0,
    sources: (Object.keys(SOURCE) as CatalogSource[]).filter((source) => (sourceBits & SOURCE[source]) !== 0),
    official: (sourceBits & SOURCE.official) !== 0,
    kind,
    action,
    retryable,
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * The catalog entry for a code, or `undefined` for codes the catalog does not know. A number looks
 * up the JSON error codes (and pulls in the message table); a string looks up the string codes
 * (`rate-limited`, `cloudflare-ban` and the OAuth2 `error` values, see `discordTextCodes`).
 */
export function discordCodeInfo(code: number): DiscordCodeInfo | undefined;
export function discordCodeInfo(code: string): DiscordTextCodeInfo | undefined;
export function discordCodeInfo(code: number | string): DiscordCodeInfo | DiscordTextCodeInfo | undefined;
export function discordCodeInfo(code: number | string): DiscordCodeInfo | DiscordTextCodeInfo | undefined {
  if (typeof code === 'string') return textCodeInfo(code);
  let low = 0;
  let high = ROWS.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const row = ROWS[middle];
    if (row === undefined) return undefined;
    if (row[0] === code) return infoOf(row);
    if (row[0] < code) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** Every catalogued JSON error code, sorted by code. Pulls in the message table. The string codes are in `discordTextCodes()`. */
export function discordCodes(): DiscordCodeInfo[] {
  return ROWS.map(infoOf);
}
