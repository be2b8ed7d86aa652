import {
  createApiError,
  defineVendor,
  kindOfStatus,
  NO_RETRY,
  parseRateLimit,
  parseRetryAfter,
  RETRY,
  requestIdOf,
  retryAfter,
  retryFromHeaders,
  type Action,
  type HeaderReader,
  type JsonObject,
  type ParseContext,
  type RateLimitSnapshot,
  type ResponseView,
  type RetryAdvice,
  type VendorParser,
} from '@errata/core';
import { isDpopNonce } from './accessors.ts';
import { findTokenChallenge, splitScopes, splitSpaced } from './bearer.ts';
import { bodyOf, field, hasMember, safeHeaders, statusOf } from './body.ts';
import { parseChallenges } from './challenge/parse.ts';
import type { Challenge, ParsedChallenges } from './challenge/types.ts';
import { kindAt, metaOf } from './meta.ts';
import { matchTemplate } from './template.ts';
import type { BearerOAuthDetails, BearerOAuthError, BearerOAuthOrigin } from './types.ts';

const VENDOR = 'bearer-oauth';
const MAX_CODE_LENGTH = 256;
/** RFC 8628 §3.5: the default polling interval, and what `slow_down` adds to it. */
const POLL_INTERVAL_MS = 5000;
/** RFC 6749 §5.2: a token error's status "unless specified otherwise", used for the kind of an error sent with a 2xx. */
const TOKEN_ERROR_STATUS = 400;

function codeField(body: JsonObject | undefined, key: string): string | undefined {
  const value = field(body, key);
  return value !== undefined && value.length <= MAX_CODE_LENGTH ? value : undefined;
}

/** True for RFC 6749's `error = 1*NQSCHAR` without spaces, the shape of every registered code. */
function isOAuthCode(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || c === 0x22 || c === 0x5c) return false;
  }
  return true;
}

/**
 * The `error` of an OAuth error body that came with a 2xx status (GitHub's token endpoint answers
 * errors with 200), or `undefined`. On a success status a body must say more than `error` alone to
 * count (an `error_description` or an `error_uri`, as GitHub always sends), and it must not be a
 * token response (`access_token`) or an Identity Registration body (`stat`, `sub_error`, their own
 * vendor). `{"error": "…", "message": "…"}` stays riCloud's.
 */
function successErrorOf(body: JsonObject | undefined): string | undefined {
  const code = codeField(body, 'error');
  if (code === undefined || !isOAuthCode(code)) return undefined;
  if (field(body, 'error_description') === undefined && field(body, 'error_uri') === undefined) return undefined;
  return hasMember(body, 'access_token') || hasMember(body, 'stat') || hasMember(body, 'sub_error') ? undefined : code;
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
  const status = statusOf(view);
  // 1xx and 3xx never become errors, whatever WWW-Authenticate says (a server may send one on a
  // 200, see oauth4webapi issue 191). A 2xx becomes one only for an OAuth error body (below).
  const success = status > 0 && status < 400;
  if (success && (status < 200 || status >= 300)) return undefined;
  const headers = safeHeaders(view);
  const body = bodyOf(view, headers);
  let code: string;
  let origin: BearerOAuthOrigin;
  let parsed: ParsedChallenges | undefined;
  let challenge: Challenge | undefined;
  let apiCode: string | undefined;
  if (success) {
    const successError = successErrorOf(body);
    if (successError === undefined) return undefined;
    code = successError;
    origin = 'oauth';
  } else {
    parsed = challengesOf(headers);
    challenge = parsed === undefined ? undefined : findTokenChallenge(parsed.challenges);
    const challengeError = challenge?.params.error;
    const oauthError = codeField(body, 'error');
    // `returnCode` is what LINE WORKS' token endpoint (auth.worksmobile.com) sends: {"returnCode":"99","returnMessage":"…"}.
    apiCode = codeField(body, 'code') ?? codeField(body, 'errorCode') ?? codeField(body, 'returnCode');
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
  }

  const template = origin === 'api' && metaOf(code) === undefined ? matchTemplate(code, status) : undefined;
  const baseCode = template?.template ?? code;
  const meta = metaOf(baseCode);
  // A 2xx says nothing about the failure: an unknown code gets the kind of RFC 6749's usual status.
  const kind = meta === undefined ? kindOfStatus(success ? TOKEN_ERROR_STATUS : status) : kindAt(baseCode, meta, status);
  let action: Action = meta?.[1] ?? (status >= 500 || status === 429 || status === 408 ? 'retry' : kind === 'unauthenticated' ? 'reauthenticate' : 'none');

  let clock: number | undefined;
  const now = (): number => (clock ??= context.now);
  const rateLimit = status === 429 || hasRateLimitHeaders(headers) ? parseRateLimit(headers, now()) : undefined;
  const retry = retryOf(code, action, status, headers, now, rateLimit);
  if (action === 'retry' && retry.retryAfterMs !== undefined) action = 'retry-after';
  if (action === 'retry' && !retry.retryable) action = 'none';

  const params = challenge?.params;
  const description =
    params?.error_description ?? field(body, 'error_description') ?? field(body, 'description') ?? field(body, 'message') ?? field(body, 'errorMessage') ?? field(body, 'returnMessage');
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
  if (code === 'insufficient_scope') put(details, 'requiredScopes', splitScopes(params?.scope ?? field(body, 'scope')));
  put(details, 'algs', splitSpaced(dpop?.params.algs));
  if (isDpopNonce(nonce)) details.dpopNonce = nonce;
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
  // OAuth and Bearer errors come with an error status, except OAuth error bodies sent with a 2xx
  // (GitHub), which `successErrorOf` recognises. A body with Identity Registration's `stat` or
  // `sub_error` members is theirs, so the registry's answer never depends on order. LINE WORKS'
  // `returnCode` bodies are too generic a shape to claim here; the registry routes them by host.
  const status = statusOf(view);
  const headers = safeHeaders(view);
  if (status < 400) return status >= 200 && status < 300 && successErrorOf(bodyOf(view, headers)) !== undefined;
  const body = bodyOf(view, headers);
  if (body !== undefined) {
    if (hasMember(body, 'stat') || hasMember(body, 'sub_error')) return false;
    if (codeField(body, 'error') !== undefined) return true;
    if (codeField(body, 'code') !== undefined && (field(body, 'description') !== undefined || field(body, 'message') !== undefined)) return true;
  }
  const parsed = challengesOf(headers);
  return parsed !== undefined && findTokenChallenge(parsed.challenges) !== undefined;
}

/**
 * The parser for Bearer-token APIs and OAuth servers: RFC 6750 challenges in `WWW-Authenticate`,
 * RFC 6749 error bodies (with RFC 8628 and RFC 9449 codes), as JSON or form-encoded and also when
 * sent with a 2xx status, and `{code, description}` bodies (LINE WORKS' `returnCode` too).
 * When a challenge carries `error`, that is the code; the body's own code is kept as `apiCode`.
 */
export const bearerOAuth: VendorParser<BearerOAuthError> = /* @__PURE__ */ defineVendor<BearerOAuthError>({
  vendor: VENDOR,
  hosts: ['auth.worksmobile.com'],
  errorsWithSuccessStatus: true,
  detect,
  parseView,
});
