const RETRYABLE: readonly number[] = [502, 503, 504, 507, 522, 523, 524];

/**
 * Which 5xx statuses are worth retrying. Discord asks for 502, 504, 507, 522, 523 and 524 to be
 * retried with backoff, and describes 503 as "wait a bit and retry", so those seven are retried.
 * The rest (500, 501, 505, 520, 521, 525, …) are not: the docs leave it to the client, a 500 may
 * already have had its effect, and the others do not go away by asking again.
 */
export function isRetryableServerStatus(status: number): boolean {
  return RETRYABLE.includes(status);
}
