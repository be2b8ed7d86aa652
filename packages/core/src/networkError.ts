import { createApiError, type ApiError } from './apiError.ts';
import { RETRY } from './retry.ts';
import { safeField } from './view.ts';

/** The error for a request that got no HTTP response: vendor `network`, status 0. */
export type NetworkError = ApiError<'network', 'timeout' | 'aborted' | 'unreachable', { readonly expectedVendor?: string }>;

/**
 * Wraps a fetch failure (DNS, refused connection, reset, timeout, abort) so it travels in the same
 * shape as HTTP errors. `TimeoutError` means deadline-exceeded, `AbortError` cancelled, anything
 * else unavailable. Never throws: the cause's `name` is read once (a throwing getter or Proxy
 * reads as absent), and the cause is kept as given on `error.cause`.
 */
export function networkErrorOf(cause: unknown, expectedVendor?: string): NetworkError {
  const name = typeof cause === 'object' ? safeField(cause, 'name') : undefined;
  const code = name === 'TimeoutError' ? 'timeout' : name === 'AbortError' ? 'aborted' : 'unreachable';
  return createApiError({
    vendor: 'network',
    code,
    kind: code === 'timeout' ? 'deadline-exceeded' : code === 'aborted' ? 'cancelled' : 'unavailable',
    status: 0,
    message: code === 'timeout' ? 'The upstream did not answer in time' : code === 'aborted' ? 'The request was aborted' : 'The upstream could not be reached',
    retry: code === 'aborted' ? undefined : RETRY,
    details: typeof expectedVendor === 'string' ? { expectedVendor } : {},
    cause,
  });
}
