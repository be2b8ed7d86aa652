import type { Action } from './action.ts';

/** Where a retry delay came from. */
export type RetrySource =
  /** The standard `Retry-After` header. */
  | 'header'
  /** A field of the response body, such as Discord's `retry_after`. */
  | 'body'
  /** A vendor-specific header, such as `X-RateLimit-Reset-After`. */
  | 'vendor-header'
  /** No delay was sent; the vendor's documented policy supplies one. */
  | 'policy';

/** Retry advice as data: whether to retry and not before when. */
export interface RetryAdvice {
  readonly retryable: boolean;
  /** Milliseconds to wait before retrying, when known. */
  readonly retryAfterMs?: number;
  /** The same moment as an epoch timestamp in milliseconds. */
  readonly retryAt?: number;
  readonly source?: RetrySource;
}

/** Advice not to send the request again. */
export const NO_RETRY: RetryAdvice = /* @__PURE__ */ Object.freeze({ retryable: false });
/** Advice to send the request again with backoff: no delay was named. */
export const RETRY: RetryAdvice = /* @__PURE__ */ Object.freeze({ retryable: true });

/** Retry advice that waits `delayMs` (measured from `now`), recording where the delay came from. */
export function retryAfter(delayMs: number, source: RetrySource, now: number = Date.now()): RetryAdvice {
  const wait = delayMs > 0 ? Math.round(delayMs) : 0;
  return { retryable: true, retryAfterMs: wait, retryAt: now + wait, source };
}

/** The action that fits retry advice when the vendor has no stronger opinion. */
export function actionOfRetry(retry: RetryAdvice): Action {
  if (!retry.retryable) return 'none';
  return retry.retryAfterMs === undefined ? 'retry' : 'retry-after';
}
