import type { ApiError, OrUnknown } from '@errata/core';
import type { OAuthErrorCode } from '@errata/core/vendor';
import type * as Codes from './codes.ts';

/** Every JSON error code in the catalog, as a literal union. */
export type DiscordCode = (typeof Codes)[keyof typeof Codes];

/**
 * The `error` values of RFC 6749 (and RFC 6750, RFC 7009) that Discord's OAuth2 endpoints
 * (`/oauth2/token`, `/oauth2/token/revoke`, the authorize redirect) answer with instead of a numeric
 * code: core's `OAuthErrorCode`, classified by core's shared table.
 */
export type DiscordOAuthCode = OAuthErrorCode;

/**
 * Codes errata gives responses that carry no code of their own, so each has its own problem type:
 * - `rate-limited`: a 429 from the API whose body has no JSON code (Discord's usual rate-limit body);
 * - `cloudflare-ban`: Cloudflare refusing this client in front of the API (error 1015 or 1006-1008
 *   pages, plain text, a non-JSON 429, or the static JSON ban that says `code: 0`).
 */
export type DiscordEdgeCode = 'rate-limited' | 'cloudflare-ban';

/** The string codes: OAuth2 `error` values (snake_case) and errata's own (kebab-case), which never collide. */
export type DiscordTextCode = DiscordOAuthCode | DiscordEdgeCode;

/** Discord-specific facts about one error, besides the common fields. */
export interface DiscordDetails {
  /** The `global` flag of a 429 body: the limit applies to every route, not only this one. */
  readonly global?: boolean;
  /** Set when the response came from Cloudflare in front of the API (a ban or a block), not from the API. */
  readonly edge?: 'cloudflare';
  /** Cloudflare's own error number when the body names one (1015: rate limited; 1006-1008: IP banned). */
  readonly cloudflareCode?: number;
}

/**
 * An error from the Discord REST API. `code` is a JSON error code (a number: autocompletes the
 * catalog, accepts any number) or a string: an OAuth2 `error` value or a `DiscordEdgeCode`
 * (autocompleted, and any other string is kept).
 */
export type DiscordError = ApiError<'discord', OrUnknown<DiscordCode | DiscordTextCode>, DiscordDetails>;
