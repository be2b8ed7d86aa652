import { oauthPolicyOf, type CodePolicy, type Provenance } from '@errata/core/vendor';
import type { DiscordTextCodeEntry } from '../catalog.ts';
import { textCodePolicyOf } from '../policy.ts';
import type { DiscordEdgeCode, DiscordOAuthCode } from '../types.ts';

/*
 * The string codes' entries: OAuth2 `error` values and errata's own codes for responses that carry
 * none. Written by hand (the numeric table is generated from the reference list); every entry
 * names where its facts come from.
 */

// Never used: every string code here has a policy (a type-level fallback, not a judgement).
const UNCLASSED: CodePolicy = { kind: 'unknown', action: 'none', retryable: false };

// Sources, with the days they were read (see the package README, "Catalog provenance").
const RATE_LIMIT_DOCS: Provenance = {
  source: "Discord's official docs, Rate Limits topic: the 429 body (message, retry_after in float seconds, global, code only for some limits) and the Retry-After and X-RateLimit-* headers",
  verified: '2026-08-06',
};
const RATE_LIMIT_TYPE: Provenance = { source: 'discord-api-types RESTRateLimit: code is optional', verified: '2026-07-24' };
const BAN_LIMIT_DOCS: Provenance = {
  source: "Discord's official docs, Rate Limits topic, invalid request limit: 10,000 responses with status 401, 403 or 429 per 10 minutes lead to a temporary IP restriction",
  verified: '2026-08-06',
};
const BAN_STATIC: Provenance = { source: 'discord/discord-api-docs issue #5810: the static JSON 429 with code 0 and no Retry-After is an IP ban, not a rate limit', verified: '2026-08-06' };
const BAN_PAGES: Provenance = {
  source: 'discord/discord-api-docs issues #1771, #5385, #7040, #7145: Cloudflare error 1015 as HTML or the text "error code: 1015" on a 429 without X-RateLimit-* headers',
  verified: '2026-08-06',
};
const BAN_USERDOCCERS: Provenance = { source: 'discord-userdoccers Rate Limits topic: the ban lasts about 24 hours; without Retry-After, do not retry programmatically', verified: '2026-07-21' };
const OAUTH_WIRE: Provenance = {
  source: "Discord's OAuth2 endpoints answer with RFC 6749 {error, error_description} bodies and no numeric code; discord.js's DiscordAPIError takes `error` as the code",
  verified: '2026-07-21',
};
// The RFCs are fixed texts; the day is when these entries were checked against them.
const RFC6749_TOKEN: Provenance = { source: 'RFC 6749 §5.2 (token endpoint errors)', verified: '2026-07-21' };
const RFC6749_AUTHORIZE: Provenance = { source: 'RFC 6749 §4.1.2.1 (authorization errors, sent to the redirect URI)', verified: '2026-07-21' };
const RFC6750: Provenance = { source: 'RFC 6750 §3.1 (bearer token errors)', verified: '2026-07-21' };
const RFC7009: Provenance = { source: 'RFC 7009 §2.2.1 (token revocation errors)', verified: '2026-07-21' };

interface EdgeFacts {
  readonly name: string;
  readonly message: string;
  readonly statuses: readonly number[];
  readonly references: readonly [Provenance, ...Provenance[]];
  readonly note: string;
}

const EDGE: Readonly<Record<DiscordEdgeCode, EdgeFacts>> = {
  'rate-limited': {
    name: 'RateLimited',
    message: 'You are being rate limited: wait retry_after seconds (or Retry-After) before sending again',
    statuses: [429],
    references: [RATE_LIMIT_DOCS, RATE_LIMIT_TYPE],
    note: 'A 429 from the API whose body carries no JSON code. Limits that carry one (e.g. 20028) keep their own code.',
  },
  'cloudflare-ban': {
    name: 'CloudflareBan',
    message: 'Cloudflare is refusing this client (IP) in front of the API after too many invalid or rate-limited requests',
    statuses: [429, 403],
    references: [BAN_LIMIT_DOCS, BAN_STATIC, BAN_PAGES, BAN_USERDOCCERS],
    note: 'Error 1015 (rate limited) or 1006-1008 (IP banned) pages, a 429 that is not JSON, or the static JSON ban (code 0 on the wire). Retried only when Cloudflare sends Retry-After.',
  },
};

const OAUTH: Readonly<Record<DiscordOAuthCode, readonly [name: string, message: string, statuses: readonly number[], source: Provenance]>> = {
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

function edgeEntry(code: DiscordEdgeCode): DiscordTextCodeEntry {
  const { name, message, statuses, references, note } = EDGE[code];
  return { code, name, message, statuses, policy: textCodePolicyOf(code) ?? UNCLASSED, provenance: references[0], note, origin: 'errata', references };
}

function oauthEntry(code: DiscordOAuthCode): DiscordTextCodeEntry {
  const [name, message, statuses, source] = OAUTH[code];
  // Classified by core's shared RFC table, the same as every other vendor's OAuth errors.
  return { code, name, message, statuses, policy: oauthPolicyOf(code) ?? UNCLASSED, provenance: source, origin: 'oauth2', references: [source, OAUTH_WIRE] };
}

/** Every string code: errata's own first, then the OAuth2 `error` values. */
export function textCodeEntries(): DiscordTextCodeEntry[] {
  return [...(Object.keys(EDGE) as DiscordEdgeCode[]).map(edgeEntry), ...(Object.keys(OAUTH) as DiscordOAuthCode[]).map(oauthEntry)];
}
