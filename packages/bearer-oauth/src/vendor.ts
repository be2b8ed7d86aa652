import {
  createApiError,
  defineVendor,
  isJsonObject,
  kindOfStatus,
  NO_RETRY,
  parseRateLimit,
  parseRetryAfter,
  RETRY,
  requestIdOf,
  retryAfter,
  retryFromHeaders,
  stringField,
  type Action,
  type HeaderReader,
  type JsonObject,
  type ParseContext,
  type RateLimitSnapshot,
  type ResponseView,
  type RetryAdvice,
  type VendorParser,
} from '@errata/core';
import { findTokenChallenge, splitSpaced } from './bearer.ts';
import { parseChallenges } from './challenge/parse.ts';
import type { Challenge, ParsedChallenges } from './challenge/types.ts';
import { kindAt, metaOf } from './meta.ts';
import { matchTemplate } from './template.ts';
import type { BearerOAuthDetails, BearerOAuthError, BearerOAuthOrigin } from './types.ts';

const VENDOR = 'bearer-oauth';
const MAX_CODE_LENGTH = 256;
const MAX_NONCE_LENGTH = 512;
/** RFC 8628 §3.5: the default polling interval, and what `slow_down` adds to it. */
const POLL_INTERVAL_MS = 5000;

function field(body: JsonObject | undefined, key: string): string | undefined {
  const value = body === undefined ? undefined : stringField(body, key);
  return value === undefined || value === '' ? undefined : value;
}

function codeField(body: JsonObject | undefined, key: string): string | undefined {
  const value = field(body, key);
  return value !== undefined && value.length <= MAX_CODE_LENGTH ? value : undefined;
}

function challengesOf(headers: HeaderReader): ParsedChallenges | undefined {
  const header = headers.get('www-authenticate');
  return header === undefined ? undefined : parseChallenges(header);
}

function hasRateLimitHeaders(headers: HeaderReader): boolean {
  return headers.get('ratelimit-limit') !== undefined || headers.get('x-ratelimit-limit') !== undefined || headers.get('ratelimit') !== undefined;
}

function retryOf(code: string, action: Action, status: number, headers: HeaderReader, now: () => number, rateLimit: RateLimitSnapshot | undefined): RetryAdvice {
  if (action !== 'retry') return headers.get('retry-after') === undefined ? NO_RETRY : retryFromHeaders(status, headers, now());
  const header = headers.get('retry-after');
  const delay = header === undefined ? undefined : parseRetryAfter(header, now());
  if (delay !== undefined) return retryAfter(delay, 'header', now());
  if (code === 'authorization_pending') return retryAfter(POLL_INTERVAL_MS, 'policy', now());
  if (code === 'slow_down') return retryAfter(2 * POLL_INTERVAL_MS, 'policy', now());
  if (rateLimit?.resetAfterMs !== undefined) return retryAfter(rateLimit.resetAfterMs, 'vendor-header', now());
  return RETRY;
}

type MutableDetails = { -readonly [P in keyof BearerOAuthDetails]?: BearerOAuthDetails[P] };

function put<K extends keyof BearerOAuthDetails>(details: MutableDetails, key: K, value: BearerOAuthDetails[K] | undefined): void {
  if (value !== undefined && !(Array.isArray(value) && value.length === 0)) details[key] = value;
}

function maxAgeOf(value: string | undefined): number | undefined {
  if (value === undefined || value.length > 12) return undefined;
  const seconds = Number(value);
  return Number.isInteger(seconds) && seconds >= 0 ? seconds : undefined;
}

function parseView(view: ResponseView, context: ParseContext): BearerOAuthError | undefined {
  const { status } = view;
  // A success or redirect never becomes an error, whatever WWW-Authenticate says (a server may
  // send one on a 200, see oauth4webapi issue 191).
  if (status > 0 && status < 400) return undefined;
  const { headers } = view;
  const parsed = challengesOf(headers);
  const challenge = parsed === undefined ? undefined : findTokenChallenge(parsed.challenges);
  const json = view.json();
  const body = isJsonObject(json) ? json : undefined;
  const challengeError = challenge?.params.error;
  const oauthError = codeField(body, 'error');
  const apiCode = codeField(body, 'code') ?? codeField(body, 'errorCode');

  let code: string;
  let origin: BearerOAuthOrigin;
  if (challengeError !== undefined && challengeError !== '' && challengeError.length <= MAX_CODE_LENGTH) {
    code = challengeError;
    origin = 'challenge';
  } else if (oauthError !== undefined) {
    code = oauthError;
    origin = 'oauth';
  } else if (apiCode !== undefined) {
    code = apiCode;
    origin = 'api';
  } else if (challenge !== undefined && status === 401) {
    code = 'authentication_required';
    origin = 'challenge';
  } else {
    return undefined;
  }

  const template = origin === 'api' && metaOf(code) === undefined ? matchTemplate(code, status) : undefined;
  const baseCode = template?.template ?? code;
  const meta = metaOf(baseCode);
  const kind = meta === undefined ? kindOfStatus(status) : kindAt(baseCode, meta, status);
  let action: Action = meta?.[1] ?? (status >= 500 || status === 429 || status === 408 ? 'retry' : kind === 'unauthenticated' ? 'reauthenticate' : 'none');

  let clock: number | undefined;
  const now = (): number => (clock ??= context.now);
  const rateLimit = status === 429 || hasRateLimitHeaders(headers) ? parseRateLimit(headers, now()) : undefined;
  const retry = retryOf(code, action, status, headers, now, rateLimit);
  if (action === 'retry' && retry.retryAfterMs !== undefined) action = 'retry-after';
  if (action === 'retry' && !retry.retryable) action = 'none';

  const params = challenge?.params;
  const description = params?.error_description ?? field(body, 'error_description') ?? field(body, 'description') ?? field(body, 'message') ?? field(body, 'errorMessage');
  const source: Challenge | undefined = origin === 'challenge' ? challenge : undefined;
  const dpop = parsed?.challenges.find((candidate) => candidate.scheme === 'dpop');
  const nonce = headers.get('dpop-nonce')?.trim();

  const details: MutableDetails = { origin };
  if (meta !== undefined) details.baseCode = baseCode;
  put(details, 'resource', template?.resource);
  if (origin !== 'api') put(details, 'apiCode', apiCode);
  put(details, 'description', description);
  put(details, 'errorUri', source?.params.error_uri ?? field(body, 'error_uri'));
  put(details, 'scheme', challenge?.scheme);
  put(details, 'realm', params?.realm);
  if (code === 'insufficient_scope') put(details, 'requiredScopes', splitSpaced(params?.scope ?? field(body, 'scope')));
  put(details, 'algs', splitSpaced(dpop?.params.algs));
  if (nonce !== undefined && nonce !== '' && nonce.length <= MAX_NONCE_LENGTH) details.dpopNonce = nonce;
  put(details, 'acrValues', splitSpaced(params?.acr_values));
  put(details, 'maxAge', maxAgeOf(params?.max_age));
  put(details, 'resourceMetadata', params?.resource_metadata);
  if (code === 'slow_down') details.intervalIncreaseMs = POLL_INTERVAL_MS;
  if (parsed !== undefined) {
    put(details, 'challenges', parsed.challenges);
    put(details, 'challengeIssues', parsed.issues);
  }

  return createApiError({
    vendor: VENDOR,
    code,
    kind,
    status,
    message: description ?? `${code} (HTTP ${String(status)})`,
    retry,
    action,
    rateLimit,
    requestId: requestIdOf(headers),
    details: details as BearerOAuthDetails,
    source: view,
  });
}

function detect(view: ResponseView): boolean {
  // OAuth and Bearer errors always come with an error status; a 2xx body with an `error` field is
  // someone else's (Identity Registration sends `stat: "error"` with HTTP 200), as are bodies with
  // Registration's `stat` or `sub_error` members, so the registry's answer never depends on order.
  if (view.status < 400) return false;
  const json = view.json();
  if (isJsonObject(json)) {
    if (Object.hasOwn(json, 'stat') || Object.hasOwn(json, 'sub_error')) return false;
    if (codeField(json, 'error') !== undefined) return true;
    if (codeField(json, 'code') !== undefined && (field(json, 'description') !== undefined || field(json, 'message') !== undefined)) return true;
  }
  const parsed = challengesOf(view.headers);
  return parsed !== undefined && findTokenChallenge(parsed.challenges) !== undefined;
}

/**
 * The parser for Bearer-token APIs and OAuth servers: RFC 6750 challenges in `WWW-Authenticate`,
 * RFC 6749 error bodies (with RFC 8628 and RFC 9449 codes) and `{code, description}` bodies.
 * When a challenge carries `error`, that is the code; the body's own code is kept as `apiCode`.
 */
export const bearerOAuth: VendorParser<BearerOAuthError> = /* @__PURE__ */ defineVendor<BearerOAuthError>({
  vendor: VENDOR,
  hosts: ['auth.worksmobile.com'],
  detect,
  parseView,
});
