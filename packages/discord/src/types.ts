import type { ApiError, OrUnknown } from '@errata/core';
import type * as Codes from './codes.ts';

/** Every JSON error code in the catalog, as a literal union. */
export type DiscordCode = (typeof Codes)[keyof typeof Codes];

/** Discord-specific facts about one error, besides the common fields. */
export interface DiscordDetails {
  /** The `global` flag of a 429 body: the limit applies to every route, not only this one. */
  readonly global?: boolean;
  /** Set when the response came from Cloudflare in front of the API (a ban or a block), not from the API. */
  readonly edge?: 'cloudflare';
  /** Cloudflare's own error number when the body names one (1015: rate limited; 1006-1008: IP banned). */
  readonly cloudflareCode?: number;
}

/** An error from the Discord REST API. `code` autocompletes the catalog but accepts any number. */
export type DiscordError = ApiError<'discord', OrUnknown<DiscordCode>, DiscordDetails>;
