import { isApiError, networkErrorOf } from '@errata/core';
import { captureAt } from './context.ts';
import { policyOf, type RetryOptions } from './policy.ts';
import { retry } from './retry.ts';
import { parserOf, type Vendors } from './vendors.ts';

/** The fetch function `createFetch` wraps, or returns: the standard signature. */
export type FetchFunction = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

export interface CreateFetchOptions {
  /** The vendors whose errors to expect: one vendor module, a list (routed by host, then detected by body shape), or a registry. */
  readonly vendors: Vendors;
  /** Retry by the errors' advice (see `RetryOptions`); `false` never retries. Default: up to 3 attempts within 60 s. */
  readonly retry?: RetryOptions | false;
  /**
   * Milliseconds each attempt may take to get response headers (and, for a failure, for errata
   * to read its error body), e.g. `10_000`. Default none, as with fetch: each attempt then costs
   * no timer and no extra AbortController. A success's body is yours: read it as long as you like.
   */
  readonly timeout?: number;
  /** The fetch to call. Default `globalThis.fetch`, looked up on each call (so test mocks work). */
  readonly fetch?: FetchFunction;
}

// setTimeout fires at once for longer delays.
const MAX_TIMER_MS = 2_147_483_647;

const ignore = (): void => undefined;

function isStream(body: unknown): boolean {
  return body instanceof ReadableStream;
}

// A URL has `href` but no `url`; a Request (of any realm) has `url`.
function requestOf(input: RequestInfo | URL): Request | undefined {
  return typeof input === 'object' && 'url' in input ? input : undefined;
}

/**
 * A `fetch` that throws the vendor's error for failures and retries by its advice. Successes
 * resolve untouched, their body unread. Failures (HTTP errors, network failures, timeouts) reject
 * with an errata error that carries a stack from your call and `error.request` (method, redacted
 * URL, attempts, total delay). Aborting `init.signal` stops a request or a wait at once.
 *
 * ```ts
 * const fetch = createFetch({ vendors: discord, retry: { retryHeaders: { discord: failedRequestsHeader } } });
 * const response = await fetch('https://discord.com/api/v10/users/@me', { headers });
 * ```
 */
export function createFetch(options: CreateFetchOptions): FetchFunction {
  const parser = parserOf(options.vendors);
  const retryOptions = options.retry === false ? { maxAttempts: 1 } : options.retry;
  const maxAttempts = policyOf(retryOptions).maxAttempts;
  const timeout = options.timeout ?? 0;
  const timed = timeout > 0 && timeout <= MAX_TIMER_MS;

  const errataFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = requestOf(input);
    const url = typeof input === 'string' ? input : 'url' in input ? input.url : input.href;
    const signal = init?.signal ?? request?.signal ?? undefined;
    // One attempt: the response, or the errata error for a failure (thrown, so that `retry` follows its advice).
    const attempt = async (number: number, extra: Readonly<Record<string, string>> | undefined): Promise<Response> => {
      const controller = timed ? new AbortController() : undefined;
      const timer = controller === undefined ? undefined : setTimeout(() => controller.abort(new DOMException('Timed out', 'TimeoutError')), timeout);
      const attemptSignal = controller === undefined ? (signal ?? null) : signal === undefined ? controller.signal : AbortSignal.any([signal, controller.signal]);
      let headers: Headers | undefined;
      if (extra !== undefined) {
        headers = new Headers(init?.headers ?? request?.headers);
        for (const [name, value] of Object.entries(extra)) headers.set(name, value);
      }
      let response: Response;
      try {
        // A Request's body can be sent once: every attempt but the last sends a clone.
        const target = number < maxAttempts && request?.body != null ? request.clone() : input;
        response = await (options.fetch ?? fetch)(target, headers === undefined ? { ...init, signal: attemptSignal } : { ...init, headers, signal: attemptSignal });
      } catch (thrown) {
        clearTimeout(timer);
        throw networkErrorOf(signal?.aborted === true ? signal.reason : controller?.signal.aborted === true ? controller.signal.reason : thrown, parser.vendorFor(url));
      }
      try {
        // Successes are not read, except a 202 (Discord's "not ready, ask again", polled like any
        // retryable error) and any 2xx of a vendor that sends errors with a success status.
        if (response.ok && response.status !== 202 && !parser.inspectsSuccess(response.status)) return response;
        // A failure is ours to read and drop; an inspected success may be the caller's, so its clone is read.
        const error = await parser.parse(response, url, { signal: attemptSignal ?? undefined, consumeBody: !response.ok, ...(timed ? { timeoutMs: timeout } : {}) });
        if (error === undefined) return response;
        if (response.ok) response.body?.cancel().catch(ignore);
        throw error;
      } finally {
        clearTimeout(timer);
      }
    };
    // The first attempt runs bare: a success costs no retry bookkeeping.
    let first: unknown;
    try {
      return await attempt(1, undefined);
    } catch (error) {
      first = error;
    }
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    try {
      // `retry` sees the first failure as its first attempt, and makes the others.
      return await retry(({ attempt: number, headers }) => (number === 1 ? Promise.reject(first as Error) : attempt(number, headers)), {
        ...retryOptions,
        // A stream body is gone after one attempt.
        ...(isStream(init?.body) ? { maxAttempts: 1 } : {}),
        signal,
        method,
        url,
        // Read only where it matters: GET and HEAD may be sent again anyway.
        idempotencyKey: method !== 'GET' && method !== 'HEAD' && new Headers(init?.headers ?? request?.headers).has('idempotency-key'),
      });
    } catch (error) {
      // `retry` recorded a stack from here: start it at the caller instead.
      if (isApiError(error)) captureAt(error, errataFetch);
      throw error;
    }
  };

  return errataFetch;
}
