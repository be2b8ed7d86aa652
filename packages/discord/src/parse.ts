import {
  createApiError,
  DEFAULT_MAX_RETRY_AFTER_MS,
  isJsonObject,
  kindOfStatus,
  NO_RETRY,
  parseDecimal,
  parseRateLimit,
  parseRetryAfter,
  RETRY,
  requestIdOf,
  retryAfter,
  type Action,
  type FieldIssue,
  type JsonObject,
  type Kind,
  type ParseContext,
  type RateLimitSnapshot,
  type ResponseView,
  type RetryAdvice,
} from '@errata/core';
import { classOf } from './catalog/meta.ts';
import { edgeBodyOf, isBanCode, type EdgeBody } from './cloudflare.ts';
import { flattenFieldErrors } from './fieldErrors.ts';
import { isRetryableServerStatus } from './serverErrors.ts';
import type { DiscordDetails, DiscordError } from './types.ts';

// Shared details for the common cases, so a typical parse allocates nothing extra.
const NONE: DiscordDetails = /* @__PURE__ */ Object.freeze({});
const EDGE: DiscordDetails = /* @__PURE__ */ Object.freeze({ edge: 'cloudflare' });

/** Wait used for a 202 "not ready" body without a usable `retry_after` (the unofficial docs' usual 5 s). */
export const NOT_READY_RETRY_MS = 5000;

function actionOfKind(kind: Kind): Action {
  if (kind === 'invalid-argument' || kind === 'out-of-range') return 'fix-request';
  return kind === 'unauthenticated' ? 'reauthenticate' : 'none';
}

function actionOfRetry(retry: RetryAdvice): Action {
  if (!retry.retryable) return 'none';
  return retry.retryAfterMs === undefined ? 'retry' : 'retry-after';
}

/** Seconds from a body field (Discord's `retry_after` is float seconds since API v8) as a capped wait in ms. */
function bodySeconds(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(value * 1000, DEFAULT_MAX_RETRY_AFTER_MS) : undefined;
}

function headerDelay(view: ResponseView, context: ParseContext): number | undefined {
  return parseRetryAfter(view.headers.get('retry-after'), context.now);
}

/** A retryable response's advice: the `Retry-After` delay when there is one, else plain retry. */
function retryWithHeader(view: ResponseView, context: ParseContext): RetryAdvice {
  const delay = headerDelay(view, context);
  return delay === undefined ? RETRY : retryAfter(delay, 'header', context.now);
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
  code: number,
  message: string,
  issues: FieldIssue[] | undefined,
  kind: Kind,
  action: Action,
  retry: RetryAdvice,
  details: DiscordDetails,
  requestId?: string,
  rateLimit?: RateLimitSnapshot,
): DiscordError {
  return createApiError({ vendor: 'discord', code, kind, status: view.status, message, action, retry, rateLimit, issues, requestId, details, source: view });
}

/**
 * A 429. The snapshot holds every `X-RateLimit-*` header (limit, remaining, reset, reset-after,
 * bucket, scope, global); the body's `global` flag fills in when `X-RateLimit-Global` is absent.
 */
function rateLimited(view: ResponseView, context: ParseContext, body: JsonObject, code: number, message: string, issues: FieldIssue[] | undefined): DiscordError {
  const { headers } = view;
  const retry = rateLimitRetry(view, body, context);
  const snapshot = parseRateLimit(headers, context.now);
  const global = snapshot?.global ?? (typeof body.global === 'boolean' ? body.global : undefined);
  const rateLimit = global === undefined || snapshot?.global === global ? snapshot : { ...snapshot, global };
  const requestId = requestIdOf(headers);
  // The static ban: code 0, no wait anywhere, no rate-limit headers. It is Cloudflare's, and it
  // lasts until the ban is lifted, so a client must not retry on its own.
  if (code === 0 && retry === undefined && rateLimit === undefined) return build(view, code, message, issues, 'resource-exhausted', 'none', NO_RETRY, EDGE, requestId);
  const advice = retry ?? RETRY;
  return build(view, code, message, issues, 'resource-exhausted', actionOfRetry(advice), advice, global === undefined ? NONE : { global }, requestId, rateLimit);
}

function jsonError(view: ResponseView, context: ParseContext, body: JsonObject, code: number): DiscordError {
  const { status } = view;
  const { errors } = body;
  const message = typeof body.message === 'string' ? body.message : '';
  const issues = errors === undefined || errors === null ? undefined : flattenFieldErrors(errors);
  if (status === 429) return rateLimited(view, context, body, code, message, issues);
  if (status === 202) {
    // HTTP 202 with `retry_after`: accepted, but the result is not ready; ask again later
    // (after a short wait of our own when `retry_after` is 0 or missing).
    const fromBody = bodySeconds(body.retry_after);
    const retry = fromBody ? retryAfter(fromBody, 'body', context.now) : retryAfter(NOT_READY_RETRY_MS, 'policy', context.now);
    return build(view, code, message, issues, 'unavailable', 'retry-after', retry, NONE, requestIdOf(view.headers));
  }
  const codeClass = code === 0 ? undefined : classOf(code);
  let kind: Kind;
  let action: Action;
  let retryable: boolean;
  if (codeClass === undefined) {
    kind = kindOfStatus(status);
    action = actionOfKind(kind);
    // 423 Locked is transient by Discord's own description.
    retryable = status === 423;
  } else {
    [kind, action, retryable] = codeClass;
  }
  // 5xx: the status decides retrying (see isRetryableServerStatus), whatever the code says.
  const serverSide = status >= 500;
  if (serverSide) retryable ||= isRetryableServerStatus(status);
  let retry = NO_RETRY;
  if (retryable) {
    retry = retryWithHeader(view, context);
    action = actionOfRetry(retry);
  }
  // Header work only where it pays: the request id matters when asking Discord about its failures.
  return build(view, code, message, issues, kind, action, retry, NONE, serverSide ? requestIdOf(view.headers) : undefined);
}

function edgeMessage(view: ResponseView, edge: EdgeBody | undefined, ban: boolean): string {
  return `${edge === undefined ? 'Discord' : 'Cloudflare'} HTTP ${view.status}${ban ? ': rate limit ban' : ' without a JSON error body'}`;
}

/** 5xx without a Discord error body, and Cloudflare's own pages: code 0, the status decides the rest. */
function bareError(view: ResponseView, context: ParseContext, edge: EdgeBody | undefined, body: unknown): DiscordError {
  const { status } = view;
  const ban = status === 429 || isBanCode(edge?.code);
  const kind: Kind = ban ? 'resource-exhausted' : kindOfStatus(status);
  // A ban is only retried when Cloudflare says when; 5xx follow Discord's retry list.
  const retry = (ban ? headerDelay(view, context) !== undefined : isRetryableServerStatus(status)) ? retryWithHeader(view, context) : NO_RETRY;
  return build(
    view,
    0,
    isJsonObject(body) && typeof body.message === 'string' ? body.message : edgeMessage(view, edge, ban),
    undefined,
    kind,
    retry.retryable ? actionOfRetry(retry) : ban ? 'none' : actionOfKind(kind),
    retry,
    edge === undefined ? NONE : edge.code === undefined ? EDGE : { edge: 'cloudflare', cloudflareCode: edge.code },
    requestIdOf(view.headers),
  );
}

/**
 * Turns a response into a Discord error, or `undefined` when it is a success or not Discord's
 * (core then returns its generic HTTP error for error statuses). See README for the rules.
 */
export function parseDiscordView(view: ResponseView, context: ParseContext): DiscordError | undefined {
  const { status } = view;
  if (status < 400 && status !== 202 && status !== 0) return undefined;
  // The view memoizes the parse, so a registry's detection and this read share one JSON.parse.
  const body = view.json();
  if (isJsonObject(body)) {
    const { code } = body;
    if (Number.isSafeInteger(code) && (code as number) >= 0) return jsonError(view, context, body, code as number);
    // Rate-limit and not-ready bodies may come without a code: code 0 stands in for it.
    if (status === 429 || (status === 202 && typeof body.retry_after === 'number')) return jsonError(view, context, body, 0);
  }
  if (status === 202) return undefined;
  const edge = body === undefined ? edgeBodyOf(view) : undefined;
  if (edge !== undefined || status >= 500) return bareError(view, context, edge, body);
  return undefined;
}

/** A cheap shape test for registries: Discord's `{ code, message }` error or its 429 body. */
export function detectDiscord(view: ResponseView): boolean {
  const body = view.json();
  return isJsonObject(body) && (typeof body.retry_after === 'number' || (Number.isSafeInteger(body.code) && typeof body.message === 'string'));
}
