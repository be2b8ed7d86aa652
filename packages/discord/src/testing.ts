import type { FieldIssue, HeaderInput, ResponseParts } from '@errata/core';
import { buildResponse, toHeaders, wireBody, type ResponseSpec } from '@errata/core/testing';
import { describeDiscordCode } from './catalog.ts';
import type { DiscordError } from './types.ts';
import { discord } from './vendor.ts';

/** A Discord JSON error to build. Everything but `code` has a sensible default. */
export interface DiscordErrorSpec {
  readonly code: number;
  /** Default: what Discord typically answers for the code's kind (see `defaultStatusOf`). */
  readonly status?: number;
  /** Default: the catalog's message for the code. */
  readonly message?: string;
  /** A nested `errors` tree, sent as it is. */
  readonly errors?: unknown;
  readonly headers?: HeaderInput;
}

/** The status a test response gets for a code when none is given. */
export function defaultStatusOf(code: number): number {
  if (code >= 110_000 && code < 120_000) return 202;
  const policy = describeDiscordCode(code)?.policy;
  switch (policy?.kind) {
    case 'not-found':
      return 404;
    case 'permission-denied':
      return 403;
    case 'unauthenticated':
      return 401;
    case 'unavailable':
      return 503;
    case 'internal':
      return 500;
    case 'resource-exhausted':
      return policy.retryable ? 429 : 400;
    default:
      return 400;
  }
}

function bodyOf(spec: DiscordErrorSpec, status: number): Record<string, unknown> {
  const body: Record<string, unknown> = { code: spec.code, message: spec.message ?? describeDiscordCode(spec.code)?.message ?? 'Test error' };
  if (spec.errors !== undefined) body.errors = spec.errors;
  // 202 and 429 bodies carry a wait; without one they would be other kinds of responses.
  if (status === 202 || status === 429) body.retry_after = 1;
  if (status === 429) body.global = false;
  return body;
}

function specOf(spec: DiscordErrorSpec): ResponseSpec {
  const status = spec.status ?? defaultStatusOf(spec.code);
  return { status, body: bodyOf(spec, status), ...(spec.headers === undefined ? {} : { headers: spec.headers }) };
}

/** The same response as already-read parts, for synchronous `discord.parse(parts)`. */
export function toParts(spec: ResponseSpec): ResponseParts {
  const headers = toHeaders(spec.headers);
  const body = wireBody(spec);
  if (body !== null && !headers.has('content-type')) {
    headers.set('content-type', typeof spec.body === 'string' || spec.body instanceof Uint8Array ? (spec.contentType ?? 'text/plain; charset=utf-8') : 'application/json');
  }
  return { status: spec.status, headers, body: body ?? undefined };
}

/** A real `Response` carrying Discord's JSON error for any code. */
export function buildDiscordResponse(spec: DiscordErrorSpec): Response {
  return buildResponse(specOf(spec));
}

/** The parsed error for a code, as the parser would produce it from `buildDiscordResponse(spec)`. */
export function discordError(spec: DiscordErrorSpec): DiscordError {
  return discord.parse(toParts(specOf(spec))) as DiscordError;
}

/**
 * Builds Discord's nested `errors` tree from field issues (the inverse of `flattenFieldErrors`):
 * number segments become array positions (string keys "0", "1", …), leaves go into `_errors`.
 */
export function fieldErrorTree(issues: readonly FieldIssue[]): Record<string, unknown> {
  const root: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const issue of issues) {
    let node = root;
    for (const part of issue.path) {
      const key = String(part);
      const next = node[key];
      if (typeof next === 'object' && next !== null && !Array.isArray(next)) node = next as Record<string, unknown>;
      else {
        const child: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
        node[key] = child;
        node = child;
      }
    }
    const list = Array.isArray(node._errors) ? (node._errors as unknown[]) : (node._errors = []);
    list.push({ code: issue.code, message: issue.message });
  }
  return root;
}

/** A 400 "Invalid Form Body" (50035) response with the given field issues (or a raw `errors` tree). */
export function buildFormErrorResponse(errors: readonly FieldIssue[] | Readonly<Record<string, unknown>>, headers?: HeaderInput): Response {
  const tree = Array.isArray(errors) ? fieldErrorTree(errors as readonly FieldIssue[]) : errors;
  return buildDiscordResponse({ code: 50035, status: 400, message: 'Invalid Form Body', errors: tree, ...(headers === undefined ? {} : { headers }) });
}

/** A 429 as the API sends it. Seconds, as on the wire. */
export interface RateLimitSpec {
  /** The body's `retry_after`, float seconds. `Retry-After` gets it rounded up. */
  readonly retryAfter: number;
  readonly global?: boolean;
  /** `user`, `global` or `shared`. Default `global` when `global` is true, else `user`. */
  readonly scope?: string;
  readonly bucket?: string;
  readonly limit?: number;
  readonly remaining?: number;
  /** Seconds until the bucket resets. Default `retryAfter`. */
  readonly resetAfter?: number;
  /** Epoch seconds of the reset. */
  readonly reset?: number;
  /** A JSON error code some limits carry (e.g. 20028). */
  readonly code?: number;
  readonly message?: string;
  /** Send the `X-RateLimit-*` bucket headers (limit, remaining, reset, bucket). Default true for per-route limits. */
  readonly bucketHeaders?: boolean;
}

/** The parts of a 429 response (headers like Discord's official examples). */
export function rateLimitSpec(spec: RateLimitSpec): ResponseSpec {
  const global = spec.global ?? false;
  const headers: Record<string, string> = { 'retry-after': String(Math.ceil(spec.retryAfter)), 'x-ratelimit-scope': spec.scope ?? (global ? 'global' : 'user') };
  if (global) headers['x-ratelimit-global'] = 'true';
  if (spec.bucketHeaders ?? !global) {
    headers['x-ratelimit-limit'] = String(spec.limit ?? 10);
    headers['x-ratelimit-remaining'] = String(spec.remaining ?? 0);
    headers['x-ratelimit-reset-after'] = String(spec.resetAfter ?? spec.retryAfter);
    if (spec.reset !== undefined) headers['x-ratelimit-reset'] = String(spec.reset);
    headers['x-ratelimit-bucket'] = spec.bucket ?? 'abcd1234';
  }
  const body: Record<string, unknown> = { message: spec.message ?? 'You are being rate limited.', retry_after: spec.retryAfter, global };
  if (spec.code !== undefined) body.code = spec.code;
  return { status: 429, headers, body };
}

/** A real 429 `Response`, global or per-route, with Discord's rate-limit headers. */
export function buildRateLimitResponse(spec: RateLimitSpec): Response {
  return buildResponse(rateLimitSpec(spec));
}

/** How a Cloudflare ban looks: its HTML page, the short plain-text form, or the static JSON ban (code 0). */
export interface CloudflareBanSpec {
  readonly format?: 'html' | 'text' | 'json';
  /** Cloudflare's error number. Default 1015 (rate limited). */
  readonly cloudflareCode?: number;
  /** Default 429 (403 for the 1006-1008 IP bans in HTML or text). */
  readonly status?: number;
  /** Seconds for a `Retry-After` header; none by default, as usual for bans. */
  readonly retryAfter?: number;
}

export function cloudflareBanSpec(spec: CloudflareBanSpec = {}): ResponseSpec {
  const number = spec.cloudflareCode ?? 1015;
  const format = spec.format ?? 'html';
  // The static JSON ban is always a 429; Cloudflare's IP bans (1006-1008) come as 403.
  const status = spec.status ?? (format !== 'json' && number >= 1006 && number <= 1008 ? 403 : 429);
  const headers: Record<string, string> = spec.retryAfter === undefined ? {} : { 'retry-after': String(spec.retryAfter) };
  switch (format) {
    case 'text':
      return { status, headers, body: `error code: ${String(number)}` };
    case 'json':
      return {
        status,
        headers,
        body: { code: 0, message: 'You are being blocked from accessing our API temporarily due to exceeding our rate limits frequently.' },
      };
    default:
      return {
        status,
        headers: { ...headers, 'content-type': 'text/html; charset=UTF-8' },
        body: `<!DOCTYPE html><html><head><title>Blocked | Cloudflare</title></head><body><div class="cf-error"><h1>Error ${String(number)}</h1><p>This client is rate limited by Cloudflare.</p></div></body></html>`,
      };
  }
}

/** A real response for a Cloudflare ban in front of the API. */
export function buildCloudflareBanResponse(spec?: CloudflareBanSpec): Response {
  return buildResponse(cloudflareBanSpec(spec));
}

/** An OAuth2 error as Discord's OAuth2 endpoints send it: an RFC 6749 body, no numeric code. */
export interface OAuthErrorSpec {
  /** The `error` value, e.g. `invalid_grant`. */
  readonly error: string;
  readonly description?: string;
  /** Default: the code's usual status (401 for `invalid_client` and `invalid_token`, 403 for `insufficient_scope`, else 400). */
  readonly status?: number;
}

/** The parts of an OAuth2 error response. */
export function oauthErrorSpec(spec: OAuthErrorSpec): ResponseSpec {
  const usual = describeDiscordCode(spec.error)?.statuses[0] ?? 400;
  const body: Record<string, unknown> = { error: spec.error };
  if (spec.description !== undefined) body.error_description = spec.description;
  return { status: spec.status ?? usual, headers: { 'cache-control': 'no-store' }, body };
}

/** A real OAuth2 error `Response` (e.g. from `POST /api/oauth2/token`). */
export function buildOAuthErrorResponse(spec: OAuthErrorSpec): Response {
  return buildResponse(oauthErrorSpec(spec));
}

/** A real 202 "not ready" response (e.g. a guild message search while the index is being built). */
export function buildNotReadyResponse(retryAfter: number = 2, code: number = 110_000): Response {
  return buildResponse({ status: 202, body: { message: 'Index not yet available. Try again later', code, documents_indexed: 0, retry_after: retryAfter } });
}
