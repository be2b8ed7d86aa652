import type { ApiError } from '@errata/core';

/**
 * Headers to add to a retry, given how many attempts have failed so far and the last error:
 * Discord's `failedRequestsHeader` fits as it is. With several vendors, look at `error.vendor`.
 */
export type RetryHeaderHook = (failedAttempts: number, error: ApiError) => Readonly<Record<string, string>> | undefined;

/** What the runner tells `onRetry` before each wait. */
export interface RetryEvent {
  readonly error: ApiError;
  /** Attempts that have failed so far (1 before the first retry). */
  readonly failedAttempts: number;
  /** How long the runner waits before the next attempt, in milliseconds. */
  readonly delayMs: number;
}

/** When and how often to retry. Every field is optional; the defaults suit an interactive client. */
export interface RetryOptions {
  /** Attempts in all, the first one included. Default 3; 1 turns retrying off. */
  readonly maxAttempts?: number;
  /**
   * Most milliseconds from the first attempt to the last, waits included. Default 60 000. A wait
   * that would end past it is not started: the error is thrown at once, with its advice.
   */
  readonly maxTotalMs?: number;
  /** Backoff for errors that are retryable without a wait: full jitter under `baseDelayMs * 2^(n-1)`. Default 250. */
  readonly baseDelayMs?: number;
  /** Cap of the backoff (and of a vendor policy's doubling waits), in milliseconds. Default 30 000. */
  readonly maxDelayMs?: number;
  /**
   * Retry methods that are not idempotent (POST, PATCH, ...) even without an `Idempotency-Key`
   * header. Default false: sending them twice may do the work twice.
   */
  readonly retryNonIdempotent?: boolean;
  /** Headers to add on retries, e.g. Discord's `failedRequestsHeader` (Discord asks for `X-Failed-Requests`). */
  readonly retryHeaders?: RetryHeaderHook;
  /** Your veto or override: `false` stops, `true` retries (after the advised wait), `undefined` leaves it to the advice. */
  readonly shouldRetry?: (error: ApiError, failedAttempts: number) => boolean | undefined;
  /** Called before each wait, e.g. to log. */
  readonly onRetry?: (event: RetryEvent) => void;
}

/** Retry options with the defaults filled in. Internal. */
export interface Policy {
  readonly maxAttempts: number;
  readonly maxTotalMs: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly options: RetryOptions;
}

// A number >= 0 (NaN is not), else the default.
function count(value: unknown, fallback: number): number {
  return typeof value === 'number' && value >= 0 ? value : fallback;
}

/** Fills in the defaults; `false` (or `maxAttempts: 1`) never retries. Internal. */
export function policyOf(options: RetryOptions | false | undefined): Policy {
  const given = options === false ? { maxAttempts: 1 } : (options ?? {});
  return {
    // `Infinity` means no limit on the count (maxTotalMs still ends the run): keep it an integer.
    maxAttempts: Math.max(1, Math.floor(Math.min(count(given.maxAttempts, 3), Number.MAX_SAFE_INTEGER))),
    maxTotalMs: count(given.maxTotalMs, 60_000),
    baseDelayMs: count(given.baseDelayMs, 250),
    maxDelayMs: count(given.maxDelayMs, 30_000),
    options: given,
  };
}

// RFC 9110 9.2.2: sending these twice has the effect of sending them once.
const IDEMPOTENT = ['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE', 'QUERY'];

/**
 * True when a request may be sent again: an idempotent method, the caller's opt-in, or an
 * `Idempotency-Key` header (asked last: reading headers costs more than the rest). Internal.
 */
export function mayResend(method: string | undefined, policy: Policy, hasIdempotencyKey: () => boolean): boolean {
  return method === undefined || IDEMPOTENT.includes(method.toUpperCase()) || policy.options.retryNonIdempotent === true || hasIdempotencyKey();
}

/**
 * How long to wait before the next attempt, in milliseconds, following the error's advice:
 * - a wait the upstream gave (`Retry-After`, a body field, a vendor header): exactly that, from
 *   `retry.retryAt` when it is known (time spent since the parse is not waited twice);
 * - a wait from the vendor's policy (no wait was sent; e.g. Discord's 1 s backoff for 502):
 *   doubled per failed attempt, capped at `maxDelayMs`;
 * - a rate limit with nothing left and a reset time: until the reset;
 * - otherwise exponential backoff with full jitter.
 * Internal.
 */
export function waitFor(error: ApiError, failedAttempts: number, policy: Policy, now: number): number {
  const { retryAfterMs, retryAt, source } = error.retry;
  const doubling = 2 ** Math.min(failedAttempts - 1, 30);
  if (source === 'policy' && retryAfterMs !== undefined) return Math.min(policy.maxDelayMs, retryAfterMs * doubling);
  if (retryAt !== undefined) return Math.max(0, retryAt - now);
  if (retryAfterMs !== undefined) return retryAfterMs;
  const limit = error.rateLimit;
  if (limit?.remaining === 0) {
    const reset = limit.resetAt === undefined ? limit.resetAfterMs : limit.resetAt - now;
    if (reset !== undefined) return Math.max(0, reset);
  }
  return Math.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * doubling);
}

/**
 * The wait before the next attempt, or `undefined` to give up: not retryable, out of attempts, a
 * method that may not be sent twice, the caller's veto, or a wait that would pass `maxTotalMs`.
 * Internal.
 */
export function nextDelay(error: ApiError, failedAttempts: number, elapsedMs: number, policy: Policy, resendable: boolean, now: number): number | undefined {
  if (failedAttempts >= policy.maxAttempts || !resendable) return undefined;
  const verdict = policy.options.shouldRetry?.(error, failedAttempts);
  if (verdict === false || (verdict === undefined && !error.retry.retryable)) return undefined;
  const delay = waitFor(error, failedAttempts, policy, now);
  if (elapsedMs + delay > policy.maxTotalMs) return undefined;
  policy.options.onRetry?.({ error, failedAttempts, delayMs: delay });
  return delay;
}

/**
 * Resolves after `ms`, or rejects with the signal's reason as soon as it aborts (the timer is
 * cleared, nothing keeps running). Internal.
 */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(signal.reason as Error);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
