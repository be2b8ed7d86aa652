import { createApiError, type ApiError } from './apiError.ts';
import type { RequestContext } from './requestContext.ts';
import { RETRY } from './retry.ts';
import { safeField } from './view.ts';

/** The error for a request that got no HTTP response: vendor `network`, status 0. */
export type NetworkError = ApiError<'network', 'timeout' | 'aborted' | 'unreachable', { readonly expectedVendor?: string }>;

/** What `networkErrorOf` records besides the cause. */
export interface NetworkErrorOptions {
  /** The vendor the request was for (kept in `details.expectedVendor`). */
  readonly expectedVendor?: string | undefined;
  /** The request that failed (method, URL, attempts, total delay); the URL is redacted. */
  readonly request?: RequestContext | undefined;
}

/**
 * Wraps a fetch failure (DNS, refused connection, reset, timeout, abort) so it travels in the same
 * shape as HTTP errors. `TimeoutError` means deadline-exceeded, `AbortError` cancelled, anything
 * else unavailable. The second argument is the expected vendor, or `{ expectedVendor, request }`
 * (the request context, as on every errata error). Never throws: the cause's `name` is read once
 * (a throwing getter or Proxy reads as absent), and the cause is kept as given on `error.cause`.
 */
export function networkErrorOf(cause: unknown, options?: string | NetworkErrorOptions): NetworkError {
  const name = typeof cause === 'object' ? safeField(cause, 'name') : undefined;
  const code = name === 'TimeoutError' ? 'timeout' : name === 'AbortError' ? 'aborted' : 'unreachable';
  // The older form passes the vendor itself; each field of an options object is read once, safely.
  const expectedVendor = typeof options === 'string' ? options : safeField(options, 'expectedVendor');
  const request = typeof options === 'object' ? safeField(options, 'request') : undefined;
  return createApiError({
    vendor: 'network',
    code,
    kind: code === 'timeout' ? 'deadline-exceeded' : code === 'aborted' ? 'cancelled' : 'unavailable',
    status: 0,
    message: code === 'timeout' ? 'The upstream did not answer in time' : code === 'aborted' ? 'The request was aborted' : 'The upstream could not be reached',
    retry: code === 'aborted' ? undefined : RETRY,
    details: typeof expectedVendor === 'string' ? { expectedVendor } : {},
    cause,
    // Checked and redacted by createApiError, whatever the caller passed.
    request: request as RequestContext | undefined,
  });
}
