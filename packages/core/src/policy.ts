import type { Action } from './action.ts';
import type { ParseContext } from './defineVendor.ts';
import type { Kind } from './kind.ts';
import { NO_RETRY, retryAfter, type RetryAdvice } from './retry.ts';
import { DEFAULT_MAX_RETRY_AFTER_MS, parseRetryAfter } from './retryAfter.ts';
import type { ResponseView } from './view.ts';

/**
 * What one vendor code means for a caller: its normalized kind, the next step, whether the same
 * request may be sent again, and how long to wait when the response names no delay.
 */
export interface CodePolicy {
  readonly kind: Kind;
  /** The next step when the request is not retried (a retry advice turns it into `retry`/`retry-after`). */
  readonly action: Action;
  readonly retryable: boolean;
  /** The wait, in milliseconds, when a retryable response sends no `Retry-After` and no body wait. */
  readonly waitMs?: number;
}

/**
 * The action for a kind and retry advice, when a vendor has no stronger opinion (the one place
 * errata derives it): retry advice first (`retry-after` when it names a delay, else `retry`), then
 * the policy's action when it is not a retry, then the kind (`reauthenticate` for unauthenticated,
 * `fix-request` for invalid-argument and out-of-range, else `none`).
 */
export function actionOf(kind: Kind, retry: RetryAdvice, policyAction?: Action): Action {
  if (retry.retryable) return retry.retryAfterMs === undefined ? 'retry' : 'retry-after';
  if (policyAction !== undefined && policyAction !== 'retry' && policyAction !== 'retry-after') return policyAction;
  if (kind === 'unauthenticated') return 'reauthenticate';
  return kind === 'invalid-argument' || kind === 'out-of-range' ? 'fix-request' : 'none';
}

// A wait in milliseconds from a vendor: finite and not negative, capped like Retry-After.
function waitOf(value: number | undefined): number | undefined {
  return typeof value === 'number' && value >= 0 && value !== Infinity ? Math.min(value, DEFAULT_MAX_RETRY_AFTER_MS) : undefined;
}

/**
 * Retry advice for a vendor error, built the same way by every vendor: not retryable unless the
 * policy says so; then the wait is the body's (`bodyWaitMs`, e.g. Discord's `retry_after`), else
 * the `Retry-After` header's (delta-seconds or HTTP-date), else the policy's `waitMs`, else none
 * (retry with backoff). Waits are capped at one day; `retryAt` uses the context's clock, read only
 * when there is a wait. Never throws.
 */
export function retryAdviceOf(view: ResponseView, context: ParseContext, policy: CodePolicy, bodyWaitMs?: number): RetryAdvice {
  if (!policy.retryable) return NO_RETRY;
  const fromBody = waitOf(bodyWaitMs);
  if (fromBody !== undefined) return retryAfter(fromBody, 'body', context.now);
  const header = view.headers.get('retry-after');
  if (header !== undefined) {
    const now = context.now;
    const fromHeader = parseRetryAfter(header, now);
    if (fromHeader !== undefined) return retryAfter(fromHeader, 'header', now);
  }
  const fromPolicy = waitOf(policy.waitMs);
  return fromPolicy === undefined ? { retryable: true } : retryAfter(fromPolicy, 'policy', context.now);
}
