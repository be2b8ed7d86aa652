import type { Action, FieldIssue, Kind, RateLimitSnapshot, RetryAdvice } from '@errata/core';
import {
  actionOf,
  createApiError,
  DEFAULT_MAX_RETRY_AFTER_MS,
  isJsonObject,
  isOAuthCodeText,
  kindOfStatus,
  NO_RETRY,
  oauthPolicyOf,
  parseDecimal,
  parseRateLimit,
  parseRetryAfter,
  RETRY,
  requestIdOf,
  retryAdviceOf,
  retryAfter,
  type CodePolicy,
  type JsonObject,
  type ParseContext,
  type ResponseView,
} from '@errata/core/vendor';
import { edgeBodyOf, isBanCode, type EdgeBody } from './cloudflare.ts';
import { flattenFieldErrors } from './fieldErrors.ts';
import { BACKOFF_POLICY, codePolicyOf } from './policy.ts';
import { wantsBackoff } from './serverErrors.ts';
import type { DiscordDetails, DiscordEdgeCode, DiscordError } from './types.ts';

// Shared details for the common cases, so a typical parse allocates nothing extra.
const NONE: DiscordDetails = /* @__PURE__ */ Object.freeze({});
const EDGE: DiscordDetails = /* @__PURE__ */ Object.freeze({ edge: 'cloudflare' });

/** Wait used for a 202 "not ready" body without a usable `retry_after` (the unofficial docs' usual 5 s). */
export const NOT_READY_RETRY_MS = 5000;

// errata's codes for responses without a code of their own (see DiscordEdgeCode).
const RATE_LIMITED: DiscordEdgeCode = 'rate-limited';
const CLOUDFLARE_BAN: DiscordEdgeCode = 'cloudflare-ban';

/**
 * The kind a status gives when no code decides: core's mapping, except 423 Locked, which Discord
 * documents as "transiently locked, try again later": the same call succeeds later, which is
 * `unavailable` (gRPC keeps `aborted` for conflicts that need a higher-level retry, such as
 * re-reading before writing again).
 */
function kindOfDiscordStatus(status: number): Kind {
  return status === 423 ? 'unavailable' : kindOfStatus(status);
}

/** Seconds from a body field (Discord's `retry_after` is float seconds since API v8) as a capped wait in ms. */
function bodySeconds(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(value * 1000, DEFAULT_MAX_RETRY_AFTER_MS) : undefined;
}

function headerDelay(view: ResponseView, context: ParseContext): number | undefined {
  return parseRetryAfter(view.headers.get('retry-after'), context.now);
}

/**
 * When to retry a 429. Precedence: the `Retry-After` header (whole seconds, rounded up, so never
 * early; what every HTTP client honours), then the body's `retry_after` (float seconds), then
 * `X-RateLimit-Reset-After`. `undefined` when none is present.
 */
function rateLimitRetry(view: ResponseView, body: JsonObject, context: ParseContext): RetryAdvice | undefined {
  const header = headerDelay(view, context);
  if (header !== undefined) return retryAfter(header, 'header', context.now);
  const fromBody = bodySeconds(body.retry_after);
  if (fromBody !== undefined) return retryAfter(fromBody, 'body', context.now);
  const resetAfter = bodySeconds(parseDecimal(view.headers.get('x-ratelimit-reset-after')));
  return resetAfter === undefined ? undefined : retryAfter(resetAfter, 'vendor-header', context.now);
}

// One construction site keeps the bundle small; positional arguments keep the hot path free of
// intermediate objects (an outcome object spread into the init costs a fifth of a small parse).
function build(
  view: ResponseView,
  code: DiscordError['code'],
  message: string,
  issues: FieldIssue[] | undefined,
  kind: Kind,
  action: Action,
  retry: RetryAdvice,
  details: DiscordDetails,
  requestId?: string,
  rateLimit?: RateLimitSnapshot,
): DiscordError {
  // Every member, in the kit's order (see `ApiErrorInit`): one object shape for every vendor.
  return createApiError({
    vendor: 'discord',
    errorName: 'DiscordError',
    code,
    kind,
    status: view.status,
    message,
    publicMessage: undefined,
    retry,
    action,
    rateLimit,
    issues,
    requestId,
    details,
    source: view,
  });
}

/**
 * A 429. The snapshot holds every `X-RateLimit-*` header (limit, remaining, reset, reset-after,
 * bucket, scope, global); the body's `global` flag fills in when `X-RateLimit-Global` is absent.
 */
function rateLimited(view: ResponseView, context: ParseContext, body: JsonObject, code: number | DiscordEdgeCode, message: string, issues: FieldIssue[] | undefined): DiscordError {
  const { headers } = view;
  const retry = rateLimitRetry(view, body, context);
  const snapshot = parseRateLimit(headers, context.now);
  const { global: bodyGlobal } = body;
  const global = snapshot?.global ?? (typeof bodyGlobal === 'boolean' ? bodyGlobal : undefined);
  const rateLimit = global === undefined || snapshot?.global === global ? snapshot : { ...snapshot, global };
  const requestId = requestIdOf(headers);
  // The static ban: code 0 (or none), no wait anywhere, no rate-limit headers. It is Cloudflare's,
  // and it lasts until the ban is lifted, so a client must not retry on its own.
  if ((code === 0 || code === RATE_LIMITED) && retry === undefined && rateLimit === undefined) {
    return build(view, CLOUDFLARE_BAN, message, issues, 'resource-exhausted', 'none', NO_RETRY, EDGE, requestId);
  }
  const advice = retry ?? RETRY;
  return build(view, code, message, issues, 'resource-exhausted', actionOf('resource-exhausted', advice), advice, global === undefined ? NONE : { global }, requestId, rateLimit);
}

/**
 * The error for a code with its policy (`undefined`: code 0 or a code nobody classed, so the status
 * decides). 423 and the retryable 5xx are retried with backoff whatever the code says (see
 * `wantsBackoff`); retryable codes on other statuses wait only for `Retry-After`.
 */
function classified(view: ResponseView, context: ParseContext, code: DiscordError['code'], message: string, issues: FieldIssue[] | undefined, policy: CodePolicy | undefined): DiscordError {
  const { status } = view;
  const kind: Kind = policy === undefined ? kindOfDiscordStatus(status) : policy.kind;
  let retry = NO_RETRY;
  if (wantsBackoff(status)) retry = retryAdviceOf(view, context, BACKOFF_POLICY);
  else if (policy?.retryable === true) retry = retryAdviceOf(view, context, policy);
  // Header work only where it pays: the request id matters when asking Discord about its failures.
  return build(view, code, message, issues, kind, actionOf(kind, retry, policy?.action), retry, NONE, status >= 500 ? requestIdOf(view.headers) : undefined);
}

function jsonError(view: ResponseView, context: ParseContext, body: JsonObject, code: number | DiscordEdgeCode): DiscordError {
  const { status } = view;
  const { errors, message: text } = body;
  const message = typeof text === 'string' ? text : '';
  const issues = errors === undefined || errors === null ? undefined : flattenFieldErrors(errors);
  if (status === 429) return rateLimited(view, context, body, code, message, issues);
  if (status === 202) {
    // HTTP 202 with `retry_after`: accepted, but the result is not ready; ask again later
    // (after a short wait of our own when `retry_after` is 0 or missing).
    const fromBody = bodySeconds(body.retry_after);
    const retry = fromBody ? retryAfter(fromBody, 'body', context.now) : retryAfter(NOT_READY_RETRY_MS, 'policy', context.now);
    return build(view, code, message, issues, 'unavailable', 'retry-after', retry, NONE, requestIdOf(view.headers));
  }
  return classified(view, context, code, message, issues, typeof code === 'number' && code !== 0 ? codePolicyOf(code) : undefined);
}

/** An RFC 6749 `{ error, error_description }` body from Discord's OAuth2 endpoints; the `error` value is the code. */
function oauthError(view: ResponseView, context: ParseContext, body: JsonObject, code: string): DiscordError {
  const { error_description: description } = body;
  return classified(view, context, code, typeof description === 'string' ? description : code, undefined, oauthPolicyOf(code));
}

function edgeMessage(view: ResponseView, edge: EdgeBody | undefined, ban: boolean): string {
  return `${edge === undefined ? 'Discord' : 'Cloudflare'} HTTP ${view.status}${ban ? ': rate limit ban' : ' without a JSON error body'}`;
}

/**
 * 5xx and 423 without a Discord error body, and Cloudflare's own pages: the status decides, under
 * code 0, or `cloudflare-ban` for a ban.
 */
function bareError(view: ResponseView, context: ParseContext, edge: EdgeBody | undefined, body: unknown): DiscordError {
  const { status } = view;
  const ban = status === 429 || isBanCode(edge?.code);
  const kind: Kind = ban ? 'resource-exhausted' : kindOfDiscordStatus(status);
  // A ban is only retried when Cloudflare says when; 423 and 5xx follow Discord's retry list.
  let retry = NO_RETRY;
  if (ban) {
    const delay = headerDelay(view, context);
    if (delay !== undefined) retry = retryAfter(delay, 'header', context.now);
  } else if (wantsBackoff(status)) {
    retry = retryAdviceOf(view, context, BACKOFF_POLICY);
  }
  const text = isJsonObject(body) ? body.message : undefined;
  return build(
    view,
    ban ? CLOUDFLARE_BAN : 0,
    typeof text === 'string' ? text : edgeMessage(view, edge, ban),
    undefined,
    kind,
    actionOf(kind, retry, ban ? 'none' : undefined),
    retry,
    edge === undefined ? NONE : edge.code === undefined ? EDGE : { edge: 'cloudflare', cloudflareCode: edge.code },
    requestIdOf(view.headers),
  );
}

function parseDiscord(view: ResponseView, context: ParseContext): DiscordError | undefined {
  const { status } = view;
  if (status < 400 && status !== 202 && status !== 0) return undefined;
  // The view memoizes the parse, so a registry's detection and this read share one JSON.parse.
  const body = view.json();
  if (isJsonObject(body)) {
    const { code } = body;
    if (Number.isSafeInteger(code) && (code as number) >= 0) return jsonError(view, context, body, code as number);
    // Rate-limit bodies usually come without a code; not-ready bodies may.
    if (status === 429) return jsonError(view, context, body, RATE_LIMITED);
    if (status === 202) return typeof body.retry_after === 'number' ? jsonError(view, context, body, 0) : undefined;
    const { error } = body;
    if (isOAuthCodeText(error)) return oauthError(view, context, body, error);
  } else if (status === 202) {
    return undefined;
  }
  const edge = body === undefined ? edgeBodyOf(view) : undefined;
  if (edge !== undefined || status >= 500 || status === 423) return bareError(view, context, edge, body);
  return undefined;
}

/**
 * Turns a response into a Discord error, or `undefined` when it is a success or not Discord's
 * (core then returns its generic HTTP error for error statuses). See README for the rules.
 * Never throws: a body that throws when read (a hostile getter or Proxy handed in as parsed JSON)
 * is left to core's generic error, which keeps the status.
 */
export function parseView(view: ResponseView, context: ParseContext): DiscordError | undefined {
  try {
    return parseDiscord(view, context);
  } catch {
    return undefined;
  }
}

/**
 * How specific a claim a registry gets on this body (never throws):
 * - 2 for shapes only Discord sends: a `retry_after` number (its 429 and 202 bodies) beside a
 *   `message`, or `{ code, message }` with the nested `errors` tree;
 * - 1 for a bare `{ code: integer, message: string }`, a shape other APIs use too;
 * - 0 for anything else.
 */
export function detect(view: ResponseView): number {
  try {
    const body = view.json();
    if (!isJsonObject(body)) return 0;
    const { code, message, errors } = body;
    if (typeof body.retry_after === 'number') return typeof message === 'string' ? 2 : 1;
    if (!Number.isSafeInteger(code) || typeof message !== 'string') return 0;
    return isJsonObject(errors) ? 2 : 1;
  } catch {
    return 0;
  }
}
