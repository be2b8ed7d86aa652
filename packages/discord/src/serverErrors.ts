const RETRYABLE: readonly number[] = [502, 503, 504, 507, 522, 523, 524];

/**
 * The wait suggested (with `retry.source: 'policy'`) when Discord asks for a retry with backoff but
 * sends no `Retry-After`: 423 Locked and the retryable 5xx. It is the first step; double it for
 * each further failed attempt, and tell Discord the count with `failedRequestsHeader(attempts)`.
 */
export const RETRY_BACKOFF_MS = 1000;

/**
 * Which 5xx statuses are worth retrying. Discord asks for 502, 504, 507, 522, 523 and 524 to be
 * retried with backoff, and describes 503 as "wait a bit and retry", so those seven are retried.
 * The rest (500, 501, 505, 520, 521, 525, …) are not: the docs leave it to the client, a 500 may
 * already have had its effect, and the others do not go away by asking again.
 */
export function isRetryableServerStatus(status: number): boolean {
  return RETRYABLE.includes(status);
}

/** Statuses Discord asks to retry after a backoff: the retryable 5xx and 423 Locked ("transiently locked, try again later"). */
export function wantsBackoff(status: number): boolean {
  return status === 423 || (status >= 500 && RETRYABLE.includes(status));
}
