import {
  actionOf,
  createApiError,
  isOAuthCodeText,
  kindOfStatus,
  NO_RETRY,
  parseRateLimit,
  RETRY,
  requestIdOf,
  retryAdviceOf,
  retryAfter,
  type CodePolicy,
  type HeaderReader,
  type JsonObject,
  type ParseContext,
  type RetryAdvice,
  type ResponseView,
} from '@errata/core/vendor';
import { isDpopNonce } from './accessors.ts';
import { findTokenChallenge, splitScopes, splitSpaced } from './bearer.ts';
import { bodyOf, field, hasMember, safeHeaders, statusOf } from './body.ts';
import { parseChallenges } from './challenge/parse.ts';
import type { Challenge, ParsedChallenges } from './challenge/types.ts';
import { kindAt, POLL_INTERVAL_MS, policyOf } from './policy.ts';
import { matchTemplate } from './template.ts';
import type { BearerOAuthDetails, BearerOAuthError, BearerOAuthOrigin } from './types.ts';

/** The vendor name errors carry. */
export const VENDOR = 'bearer-oauth';
/** The errors' `name`: the vendor string alone would give `BearerOauthError`. */
export const ERROR_NAME = 'BearerOAuthError';
const MAX_CODE_LENGTH = 256;
/** RFC 6749 §5.2: a token error's status "unless specified otherwise", used for the kind of an error sent with a 2xx. */
const TOKEN_ERROR_STATUS = 400;

/** How specific a `detect` claim is (the kit's contract): 0 for none; 1 for these shapes, which other APIs share. */
export type BearerOAuthClaim = 0 | 1;
const NO_CLAIM = 0;
const GENERIC = 1;

function codeField(body: JsonObject | undefined, key: string): string | undefined {
  const value = field(body, key);
  return value !== undefined && value.length <= MAX_CODE_LENGTH ? value : undefined;
}

/**
 * The `error` of an OAuth error body that came with a 2xx status (GitHub's token endpoint answers
 * errors with 200), or `undefined`. On a success status a body must say more than `error` alone to
 * count (an `error_description` or an `error_uri`, as GitHub always sends), its `error` must have
 * the form of a registered OAuth code, and it must not be a token response (`access_token`) or an
 * Identity Registration body (`stat`, `sub_error`, their own vendor).
 */
function successErrorOf(body: JsonObject | undefined): string | undefined {
  const code = codeField(body, 'error');
  if (!isOAuthCodeText(code)) return undefined;
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

/** The policy of a code the catalog does not know: from the status (RFC 6749's 400 for a 2xx); its action is not used. */
function statusPolicy(status: number, success: boolean): CodePolicy {
  const retryable = status >= 500 || status === 429 || status === 408;
  return { kind: kindOfStatus(success ? TOKEN_ERROR_STATUS : status), action: retryable ? 'retry' : 'none', retryable };
}

/** The parse context's clock, read at most once whoever asks (the kit's retry advice, the rate limit). */
class OnceClock implements ParseContext {
  readonly #context: ParseContext;
  #now: number | undefined;
  constructor(context: ParseContext) {
    this.#context = context;
  }
  get now(): number {
    return (this.#now ??= this.#context.now);
  }
}

/**
 * The kit's retry advice (the policy's wait for RFC 8628 polling, `Retry-After` first), then, for
 * a retryable error that names no wait, the rate-limit reset (LINE WORKS' `RateLimit-Reset`).
 */
function retryOf(view: ResponseView, clock: ParseContext, policy: CodePolicy, resetAfterMs: number | undefined): RetryAdvice {
  let retry: RetryAdvice;
  try {
    retry = retryAdviceOf(view, clock, policy);
  } catch {
    // Only a view core did not build can throw here (a hostile `headers` getter): no header, no wait.
    retry = policy.retryable ? RETRY : NO_RETRY;
  }
  return retry.retryable && retry.retryAfterMs === undefined && resetAfterMs !== undefined ? retryAfter(resetAfterMs, 'vendor-header', clock.now) : retry;
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

/**
 * Reads a Bearer/OAuth failure. Which code wins: the `error` of a Bearer/DPoP challenge, then the
 * body's OAuth `error`, then the body's `code` (or `errorCode`, or LINE WORKS' token-endpoint
 * `returnCode`; kept as `apiCode` when a challenge won). A 401 with a bare challenge gets
 * `authentication_required`. A 2xx is an error only for an OAuth error body. Never throws.
 */
export function parseView(view: ResponseView, context: ParseContext): BearerOAuthError | undefined {
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

  const known = policyOf(code);
  const template = origin === 'api' && known === undefined ? matchTemplate(code, status) : undefined;
  const baseCode = template?.template ?? code;
  const catalogPolicy = template === undefined ? known : policyOf(baseCode);
  const policy = catalogPolicy ?? statusPolicy(status, success);
  const kind = catalogPolicy === undefined ? policy.kind : kindAt(baseCode, catalogPolicy, status);

  const clock = new OnceClock(context);
  const rateLimit = status === 429 || hasRateLimitHeaders(headers) ? parseRateLimit(headers, clock.now) : undefined;
  const retry = retryOf(view, clock, policy, rateLimit?.resetAfterMs);
  // An unknown code has no action of its own: the kit derives it from the retry advice and the kind.
  const action = actionOf(kind, retry, catalogPolicy?.action);

  const params = challenge?.params;
  const description =
    params?.error_description ?? field(body, 'error_description') ?? field(body, 'description') ?? field(body, 'message') ?? field(body, 'errorMessage') ?? field(body, 'returnMessage');
  const source: Challenge | undefined = origin === 'challenge' ? challenge : undefined;
  const dpop = parsed?.challenges.find((candidate) => candidate.scheme === 'dpop');
  const nonce = headers.get('dpop-nonce')?.trim();

  const details: MutableDetails = { origin };
  if (catalogPolicy !== undefined) details.baseCode = baseCode;
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

  // Every member, in the kit's order (see `ApiErrorInit`): one object shape for every vendor.
  return createApiError({
    vendor: VENDOR,
    errorName: ERROR_NAME,
    code,
    kind,
    status,
    message: description ?? `${code} (HTTP ${String(status)})`,
    publicMessage: undefined,
    retry,
    action,
    rateLimit,
    issues: undefined,
    requestId: requestIdOf(headers),
    details: details as BearerOAuthDetails,
    source: view,
  });
}

/**
 * How specific a claim on a response is (0 or 1: every shape read here is one other APIs share,
 * so a vendor that recognises its own body more surely wins in a registry). Claimed: an OAuth
 * error body sent with a 2xx (`successErrorOf`); on an error status, an `error` in the form of an
 * OAuth code (so riCloud's kebab-case `invalid-parameter` stays theirs), a `{code, description}` or
 * `{code, message}` body, LINE WORKS' legacy `{errorCode, errorMessage}`, or a Bearer/DPoP
 * challenge. A body with Identity Registration's `stat` or `sub_error` is theirs. LINE WORKS'
 * `returnCode` bodies are too generic to claim; the registry routes them by host. Never throws.
 */
export function detect(view: ResponseView): BearerOAuthClaim {
  const status = statusOf(view);
  const headers = safeHeaders(view);
  if (status < 400) return status >= 200 && status < 300 && successErrorOf(bodyOf(view, headers)) !== undefined ? GENERIC : NO_CLAIM;
  const body = bodyOf(view, headers);
  if (body !== undefined) {
    if (hasMember(body, 'stat') || hasMember(body, 'sub_error')) return NO_CLAIM;
    if (isOAuthCodeText(codeField(body, 'error'))) return GENERIC;
    if (codeField(body, 'code') !== undefined && (field(body, 'description') !== undefined || field(body, 'message') !== undefined)) return GENERIC;
    if (codeField(body, 'errorCode') !== undefined && field(body, 'errorMessage') !== undefined) return GENERIC;
  }
  const parsed = challengesOf(headers);
  return parsed !== undefined && findTokenChallenge(parsed.challenges) !== undefined ? GENERIC : NO_CLAIM;
}
