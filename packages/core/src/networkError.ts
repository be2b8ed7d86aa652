import { createApiError, type ApiError } from './apiError.ts';
import { RETRY } from './retry.ts';

/** The error for a request that got no HTTP response: vendor `network`, status 0. */
export type NetworkError = ApiError<'network', 'timeout' | 'aborted' | 'unreachable', { readonly expectedVendor?: string }>;

function nameOf(cause: unknown): string | undefined {
  if (typeof cause !== 'object' || cause === null) return undefined;
  const { name } = cause as { name?: unknown };
  return typeof name === 'string' ? name : undefined;
}

/**
 * Wraps a fetch failure (DNS, refused connection, reset, timeout, abort) so it travels in the same
 * shape as HTTP errors. `TimeoutError` means deadline-exceeded, `AbortError` cancelled, anything
 * else unavailable.
 */
export function networkErrorOf(cause: unknown, expectedVendor?: string): NetworkError {
  const name = nameOf(cause);
  const code = name === 'TimeoutError' ? 'timeout' : name === 'AbortError' ? 'aborted' : 'unreachable';
  return createApiError({
    vendor: 'network',
    code,
    kind: code === 'timeout' ? 'deadline-exceeded' : code === 'aborted' ? 'cancelled' : 'unavailable',
    status: 0,
    message: code === 'timeout' ? 'The upstream did not answer in time' : code === 'aborted' ? 'The request was aborted' : 'The upstream could not be reached',
    retry: code === 'aborted' ? undefined : RETRY,
    details: expectedVendor === undefined ? {} : { expectedVendor },
    cause,
  });
}
