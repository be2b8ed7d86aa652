import { parseRetryAfter } from './retryAfter.ts';
import { NO_RETRY, RETRY, retryAfter, type RetryAdvice } from './retry.ts';
import { readHeaders, type HeaderInput, type HeaderReader } from './headers.ts';

/** Statuses that are worth retrying when nothing more specific is known. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}

/**
 * Retry advice from the status and a `Retry-After` header: the header's delay when present
 * (on any status that carries one), otherwise plain retry for retryable statuses. Takes any header
 * container; never throws.
 */
export function retryFromHeaders(status: number, headers: HeaderReader | HeaderInput | undefined | null, now: number): RetryAdvice {
  const delay = parseRetryAfter(readHeaders(headers).get('retry-after'), now);
  if (delay !== undefined && (isRetryableStatus(status) || status === 202)) return retryAfter(delay, 'header', now);
  return isRetryableStatus(status) ? RETRY : NO_RETRY;
}
