import { networkErrorOf, type ApiError } from '@errata/core';
import { withContext, type ErrorWithContext } from './context.ts';
import { mayResend, nextDelay, policyOf, retryHeadersFor, sleep, type RetryOptions } from './policy.ts';
import { stackAt } from './retry.ts';
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
   * to read its error body). Default 10 000; `0` or `Infinity` waits forever. A success's body is
   * yours: read it as long as you like.
   */
  readonly timeout?: number;
  /** The fetch to call. Default `globalThis.fetch`, looked up on each call (so test mocks work). */
  readonly fetch?: FetchFunction;
  /**
   * Which successful responses to read for an error anyway. Default: 202, which Discord uses for
   * "not ready, ask again" (polled like any retryable error), and every 2xx when a vendor module
   * says it sends errors with a success status.
   */
  readonly inspect?: (response: Response) => boolean;
}

// setTimeout fires at once for longer delays.
const MAX_TIMER_MS = 2_147_483_647;

const ignore = (): void => undefined;

function isStream(body: unknown): boolean {
  return typeof ReadableStream === 'function' && body instanceof ReadableStream;
}

// A URL has `href` but no `url`; a Request (of any realm) has `url`.
function requestOf(input: RequestInfo | URL): Request | undefined {
  return typeof input === 'object' && 'url' in input ? input : undefined;
}

/**
 * A `fetch` that throws the vendor's error for failures and retries by its advice. Successes
 * resolve untouched, their body unread. Failures (HTTP errors, network failures, timeouts) reject
 * with an errata error that carries a stack from your call and `details.request` (method, redacted
 * URL, attempts, total delay). Aborting `init.signal` stops a request or a wait at once.
 *
 * ```ts
 * const fetch = createFetch({ vendors: discord, retry: { retryHeaders: { discord: failedRequestsHeader } } });
 * const response = await fetch('https://discord.com/api/v10/users/@me', { headers });
 * ```
 */
export function createFetch(options: CreateFetchOptions): FetchFunction {
  const parser = parserOf(options.vendors);
  const policy = policyOf(options.retry);
  const timeout = options.timeout ?? 10_000;
  const timed = timeout > 0 && timeout <= MAX_TIMER_MS;
  const inspect = options.inspect ?? ((response: Response): boolean => response.status === 202 || parser.errorsWithSuccessStatus);

  const errataFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = requestOf(input);
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    const url = typeof input === 'string' ? input : 'url' in input ? input.url : input.href;
    const signal = init?.signal ?? request?.signal ?? undefined;
    // Copied only when a retry adds a header (or the idempotency check reads one).
    let headers: Headers | undefined;
    const headersNow = (): Headers => (headers ??= new Headers(init?.headers ?? request?.headers));
    // A stream body is gone after one attempt; a Request's body is cloned for every attempt but the last.
    const resendable = policy.maxAttempts > 1 && !isStream(init?.body) && mayResend(method, policy, () => headersNow().has('idempotency-key'));
    const started = Date.now();
    let delayed = 0;
    for (let attempt = 1; ; attempt++) {
      const mayRetry = resendable && attempt < policy.maxAttempts;
      const controller = timed ? new AbortController() : undefined;
      const timer = controller === undefined ? undefined : setTimeout(() => controller.abort(new DOMException('The request timed out', 'TimeoutError')), timeout);
      const attemptSignal = controller === undefined ? (signal ?? null) : signal === undefined ? controller.signal : AbortSignal.any([signal, controller.signal]);
      let error: ApiError | undefined;
      try {
        const target = mayRetry && request?.body != null ? request.clone() : input;
        const response = await (options.fetch ?? fetch)(target, headers === undefined ? { ...init, signal: attemptSignal } : { ...init, headers, signal: attemptSignal });
        if (response.ok && !inspect(response)) return response;
        // A failure is ours to read and drop; an inspected success may be the caller's, so its clone is read.
        error = await parser.parse(response, url, { signal: attemptSignal ?? undefined, consumeBody: !response.ok, ...(timed ? { timeoutMs: timeout } : {}) });
        if (error === undefined) return response;
        if (response.ok) response.body?.cancel().catch(ignore);
      } catch (thrown) {
        const cause: unknown = signal?.aborted === true ? signal.reason : controller?.signal.aborted === true ? controller.signal.reason : thrown;
        error = networkErrorOf(cause, parser.vendorFor(url));
        // The caller's own abort says "stop": never retried.
        if (signal?.aborted === true) throw finish(error, method, url, attempt, delayed);
      } finally {
        clearTimeout(timer);
      }
      const now = Date.now();
      const delay = mayRetry ? nextDelay(error, attempt, now - started, policy, true, now) : undefined;
      if (delay === undefined) throw finish(error, method, url, attempt, delayed);
      const extra = retryHeadersFor(policy, error, parser.vendorFor(url), attempt);
      if (extra !== undefined) for (const [name, value] of Object.entries(extra)) headersNow().set(name, value);
      try {
        await sleep(delay, signal);
      } catch (reason) {
        throw finish(networkErrorOf(reason, parser.vendorFor(url)), method, url, attempt, delayed + (Date.now() - now));
      }
      delayed += delay;
    }
  };

  function finish(error: ApiError, method: string, url: string, attempts: number, delayed: number): ErrorWithContext {
    stackAt(error, errataFetch);
    return withContext(error, { method, url, attempts, totalDelayMs: delayed });
  }

  return errataFetch;
}
