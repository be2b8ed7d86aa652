import type { Action, Kind } from '@errata/core';
import { OAUTH_CLASSES } from '../oauth.ts';
import type { DiscordEdgeCode, DiscordOAuthCode, DiscordTextCode } from '../types.ts';

/**
 * The catalog entry of a string code: an OAuth2 `error` value or one of errata's own codes for
 * responses that carry none. Written by hand (the numeric table is generated from the reference
 * list); every entry names where its facts come from.
 */
export interface DiscordTextCodeInfo {
  readonly code: DiscordTextCode;
  /** A PascalCase name in the style of the numeric codes' names. */
  readonly name: string;
  /** What the code means, in our words (these codes have no wire message of their own). */
  readonly message: string;
  /** `oauth2`: the `error` value of an OAuth2 error body; `errata`: a code errata gives a response without one. */
  readonly origin: 'oauth2' | 'errata';
  /** The HTTP statuses the code comes with, usual one first. */
  readonly statuses: readonly number[];
  /** Where the facts come from, one source per entry, with the date the source was read. */
  readonly provenance: readonly string[];
  readonly kind: Kind;
  readonly action: Action;
  /** True when a retry can succeed (for a ban only when Cloudflare sends `Retry-After`). */
  readonly retryable: boolean;
  readonly note?: string;
}

// Sources, with the dates their snapshots were read (see the package README, "Catalog provenance").
const RATE_LIMIT_DOCS = "Discord's official docs, Rate Limits topic: the 429 body (message, retry_after in float seconds, global, code only for some limits) and the Retry-After and X-RateLimit-* headers (read 2026-08-06)";
const RATE_LIMIT_TYPE = 'discord-api-types RESTRateLimit: code is optional (read 2026-07-24)';
const BAN_LIMIT_DOCS = "Discord's official docs, Rate Limits topic, invalid request limit: 10,000 responses with status 401, 403 or 429 per 10 minutes lead to a temporary IP restriction (read 2026-08-06)";
const BAN_STATIC = 'discord/discord-api-docs issue #5810: the static JSON 429 with code 0 and no Retry-After is an IP ban, not a rate limit (read 2026-08-06)';
const BAN_PAGES = 'discord/discord-api-docs issues #1771, #5385, #7040, #7145: Cloudflare error 1015 as HTML or the text "error code: 1015" on a 429 without X-RateLimit-* headers (read 2026-08-06)';
const BAN_USERDOCCERS = 'discord-userdoccers Rate Limits topic: the ban lasts about 24 hours; without Retry-After, do not retry programmatically (read 2026-07-21)';
const OAUTH_WIRE = "Discord's OAuth2 endpoints answer with RFC 6749 {error, error_description} bodies and no numeric code; discord.js's DiscordAPIError takes `error` as the code (read 2026-07-21)";
const RFC6749_TOKEN = 'RFC 6749 §5.2 (token endpoint errors)';
const RFC6749_AUTHORIZE = 'RFC 6749 §4.1.2.1 (authorization errors, sent to the redirect URI)';
const RFC6750 = 'RFC 6750 §3.1 (bearer token errors)';
const RFC7009 = 'RFC 7009 §2.2.1 (token revocation errors)';

const EDGE: Readonly<Record<DiscordEdgeCode, Omit<DiscordTextCodeInfo, 'code' | 'origin'>>> = {
  'rate-limited': {
    name: 'RateLimited',
    message: 'You are being rate limited: wait retry_after seconds (or Retry-After) before sending again',
    statuses: [429],
    provenance: [RATE_LIMIT_DOCS, RATE_LIMIT_TYPE],
    kind: 'resource-exhausted',
    action: 'retry-after',
    retryable: true,
    note: 'A 429 from the API whose body carries no JSON code. Limits that carry one (e.g. 20028) keep their own code.',
  },
  'cloudflare-ban': {
    name: 'CloudflareBan',
    message: 'Cloudflare is refusing this client (IP) in front of the API after too many invalid or rate-limited requests',
    statuses: [429, 403],
    provenance: [BAN_LIMIT_DOCS, BAN_STATIC, BAN_PAGES, BAN_USERDOCCERS],
    kind: 'resource-exhausted',
    action: 'none',
    retryable: false,
    note: 'Error 1015 (rate limited) or 1006-1008 (IP banned) pages, a 429 that is not JSON, or the static JSON ban (code 0 on the wire). Retried only when Cloudflare sends Retry-After.',
  },
};

const OAUTH: Readonly<Record<DiscordOAuthCode, readonly [name: string, message: string, statuses: readonly number[], source: string]>> = {
  invalid_request: ['InvalidRequest', 'The request is missing a parameter, repeats one, or is otherwise malformed', [400], RFC6749_TOKEN],
  invalid_client: ['InvalidClient', 'Client authentication failed: check the client id and secret', [401, 400], RFC6749_TOKEN],
  invalid_grant: ['InvalidGrant', 'The authorization code or refresh token is invalid, expired, revoked, or was issued to another client or redirect URI', [400], RFC6749_TOKEN],
  unauthorized_client: ['UnauthorizedClient', 'This client may not use this grant type', [400], RFC6749_TOKEN],
  unsupported_grant_type: ['UnsupportedGrantType', 'The grant_type is not one the server supports', [400], RFC6749_TOKEN],
  invalid_scope: ['InvalidScope', 'A requested scope is invalid, unknown, malformed, or more than the client may ask for', [400], RFC6749_TOKEN],
  access_denied: ['AccessDenied', 'The user or the server refused the authorization', [400], RFC6749_AUTHORIZE],
  unsupported_response_type: ['UnsupportedResponseType', 'The response_type is not one the server supports', [400], RFC6749_AUTHORIZE],
  server_error: ['ServerError', 'The authorization server hit an unexpected condition', [500, 400], RFC6749_AUTHORIZE],
  temporarily_unavailable: ['TemporarilyUnavailable', 'The authorization server is overloaded or down for maintenance', [503, 400], RFC6749_AUTHORIZE],
  invalid_token: ['InvalidToken', 'The access token is expired, revoked, malformed or otherwise invalid', [401], RFC6750],
  insufficient_scope: ['InsufficientScope', 'The access token lacks a scope this request needs', [403], RFC6750],
  unsupported_token_type: ['UnsupportedTokenType', 'The server cannot revoke this type of token', [400], RFC7009],
};

function edgeInfo(code: DiscordEdgeCode): DiscordTextCodeInfo {
  return { code, origin: 'errata', ...EDGE[code] };
}

function oauthInfo(code: DiscordOAuthCode): DiscordTextCodeInfo {
  const [name, message, statuses, source] = OAUTH[code];
  const [kind, action, retryable] = OAUTH_CLASSES[code];
  return { code, name, message, origin: 'oauth2', statuses, provenance: [source, OAUTH_WIRE], kind, action, retryable };
}

/** The entry for a string code, or `undefined` for strings the catalog does not know. */
export function textCodeInfo(code: string): DiscordTextCodeInfo | undefined {
  if (Object.hasOwn(EDGE, code)) return edgeInfo(code as DiscordEdgeCode);
  return Object.hasOwn(OAUTH, code) ? oauthInfo(code as DiscordOAuthCode) : undefined;
}

/** Every string code: errata's own first, then the OAuth2 `error` values. */
export function discordTextCodes(): DiscordTextCodeInfo[] {
  return [...(Object.keys(EDGE) as DiscordEdgeCode[]).map(edgeInfo), ...(Object.keys(OAUTH) as DiscordOAuthCode[]).map(oauthInfo)];
}
