// Wire responses for the fidelity tests (issue #15), written from the facts in Discord's docs as
// collected in the project's reference notes on the Discord wire format (reference/discord-wire.md,
// read 2026-08-06) and the provider seed (seeds/004_67a7db3bca5b300f.txt). Facts, not prose: the
// statuses, header names and body fields are Discord's; the texts of bodies the sources do not quote
// are ours and say so.
import type { ResponseParts } from '@errata/core';

const json = { 'content-type': 'application/json' };
const html = { 'content-type': 'text/html; charset=UTF-8' };

/**
 * 423 Locked. Seed HTTP table: "The resource being accessed is transiently locked. Try again later".
 * No body is quoted anywhere; the JSON one follows the documented code-0 bodies for bare statuses
 * (`{"message": "401: Unauthorized", "code": 0}`, "404: Not Found", "405: Method Not Allowed").
 */
export const LOCKED: Readonly<Record<'json' | 'html' | 'empty', ResponseParts>> = {
  json: { status: 423, headers: json, body: '{"message": "423: Locked", "code": 0}' },
  html: { status: 423, headers: html, body: '<html><head><title>423 Locked</title></head><body><center><h1>423 Locked</h1></center></body></html>' },
  empty: { status: 423, headers: {}, body: '' },
};

/**
 * Statuses the seed says "should be retried with a backoff" (502, 504, 507, 522, 523, 524), plus
 * 503 ("wait a bit and retry"). 522-524 are Cloudflare origin errors and normally carry its HTML
 * page (reference §5); the page texts here are ours. `cf-ray` is Cloudflare's request id header.
 */
export const BACKOFF_STATUSES: readonly number[] = [502, 503, 504, 507, 522, 523, 524];

export function serverError(status: number, retryAfterSeconds?: number): ResponseParts {
  const headers: Record<string, string> = { ...html, 'cf-ray': '8f1c2d3e4f5a6b7c-AMS' };
  if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
  const body =
    status >= 520
      ? `<!DOCTYPE html><html><head><title>discord.com | ${String(status)}: origin problem</title></head><body><span class="cf-error-code">${String(status)}</span> Cloudflare could not get a good answer from the origin.</body></html>`
      : status === 507
        ? ''
        : `<html><head><title>${String(status)}</title></head><body>upstream failed</body></html>`;
  return { status, headers, body };
}

/**
 * OAuth2 errors from `POST https://discord.com/api/v10/oauth2/token` (and `/oauth2/token/revoke`):
 * RFC 6749 bodies `{error, error_description?}` with no numeric `code` (reference §1, "OAuth2
 * error", 400/401). The descriptions are ours.
 */
export const OAUTH_TOKEN_URL: string = 'https://discord.com/api/v10/oauth2/token';
export const OAUTH: Readonly<
  Record<'invalidGrant' | 'invalidClient' | 'unsupportedGrantType' | 'invalidScope' | 'invalidRequest' | 'temporarilyUnavailable' | 'unknown', ResponseParts>
> = {
  invalidGrant: { status: 400, headers: json, url: OAUTH_TOKEN_URL, body: '{"error": "invalid_grant", "error_description": "The \\"code\\" in this request is not valid"}' },
  invalidClient: { status: 401, headers: json, url: OAUTH_TOKEN_URL, body: '{"error": "invalid_client"}' },
  unsupportedGrantType: { status: 400, headers: json, url: OAUTH_TOKEN_URL, body: '{"error": "unsupported_grant_type", "error_description": "grant_type must be one the server offers"}' },
  invalidScope: { status: 400, headers: json, url: OAUTH_TOKEN_URL, body: '{"error": "invalid_scope", "error_description": "The requested scope is invalid, unknown, or malformed."}' },
  invalidRequest: { status: 400, headers: json, url: OAUTH_TOKEN_URL, body: '{"error": "invalid_request", "error_description": "Missing \\"redirect_uri\\" in request."}' },
  temporarilyUnavailable: { status: 503, headers: json, url: OAUTH_TOKEN_URL, body: '{"error": "temporarily_unavailable"}' },
  /** An `error` value no RFC defines: kept as the code, classed by its status. */
  unknown: { status: 400, headers: json, url: OAUTH_TOKEN_URL, body: '{"error": "invalid_redirect_uri_for_app", "error_description": "Not a registered redirect URI"}' },
};

/**
 * The official per-route 429 example (Rate Limits topic): headers and body as documented.
 * The body has no `code`.
 */
export const RATE_LIMIT: ResponseParts = {
  status: 429,
  headers: {
    ...json,
    'retry-after': '65',
    'x-ratelimit-limit': '10',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': '1470173023.123',
    'x-ratelimit-reset-after': '64.57',
    'x-ratelimit-bucket': 'abcd1234',
    'x-ratelimit-scope': 'user',
  },
  body: '{"message": "You are being rate limited.", "retry_after": 64.57, "global": false}',
};

/**
 * The static JSON ban (discord-api-docs issue #5810): HTTP 429, `code: 0`, no Retry-After and no
 * X-RateLimit-* headers. The message is shortened here.
 */
export const STATIC_BAN: ResponseParts = {
  status: 429,
  headers: json,
  body: '{"code": 0, "message": "You are being blocked from accessing our API temporarily due to exceeding our rate limits frequently."}',
};

/** Cloudflare's plain-text 1015 ban on a 429 without X-RateLimit-* headers (issues #1771, #5385, #7040, #7145). */
export const TEXT_BAN: ResponseParts = { status: 429, headers: { 'content-type': 'text/plain' }, body: 'error code: 1015' };
