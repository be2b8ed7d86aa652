import { isApiError, networkErrorOf, type ApiError } from '@errata/core';
import { captureAt, withContext, type ErrorWithContext } from './context.ts';
import { mayResend, nextDelay, policyOf, sleep, type RetryOptions } from './policy.ts';

/** Options of `retry(fn, options)`: when to retry, plus what the runner cannot see inside `fn`. */
export interface RetryRunOptions extends RetryOptions {
  /** Stops waiting (the promise rejects with a `network` error of code `aborted`) and is handed to `fn`. */
  readonly signal?: AbortSignal | undefined;
  /** The request's method, for the idempotency rule and the error's context. Without it every attempt counts as safe to resend. */
  readonly method?: string | undefined;
  /** True when the request carries an `Idempotency-Key` header: any method may then be resent. */
  readonly idempotencyKey?: boolean | undefined;
  /** The request URL, for the error's context (redacted there). */
  readonly url?: string | undefined;
}

/** What `fn` is given on each attempt. */
export interface Attempt {
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** The runner's signal, to pass on to the request. */
  readonly signal: AbortSignal | undefined;
  /** Headers to add to this attempt (from `retryHeaders`; empty on the first). */
  readonly headers: Readonly<Record<string, string>>;
}

const NO_HEADERS: Readonly<Record<string, string>> = {};

/**
 * Runs `fn` until it succeeds or its errata error says not to retry, waiting as each error
 * advises (see `RetryOptions`). Errors that are not errata errors are rethrown at once, as they
 * are. The error that ends the run carries `error.request` (attempts, total delay, and the
 * method and redacted URL when given) and a stack that starts at the caller.
 *
 * ```ts
 * const response = await retry(async ({ headers }) => {
 *   const response = await fetch(url, { headers: { ...auth, ...headers } });
 *   const error = await discord.parse(response);
 *   if (error) throw error;
 *   return response;
 * }, { retryHeaders: { discord: failedRequestsHeader } });
 * ```
 */
export async function retry<T>(fn: (attempt: Attempt) => T | Promise<T>, options?: RetryRunOptions): Promise<T> {
  const policy = policyOf(options);
  const { signal, method, url } = options ?? {};
  const resendable = mayResend(method, policy, () => options?.idempotencyKey === true);
  const started = Date.now();
  let delayed = 0;
  let headers = NO_HEADERS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn({ attempt, signal, headers });
    } catch (thrown) {
      if (!isApiError(thrown)) throw thrown;
      const now = Date.now();
      const delay = nextDelay(thrown, attempt, now - started, policy, resendable, now);
      if (delay === undefined) throw finish(thrown, method, url, attempt, delayed);
      headers = policy.options.retryHeaders?.(attempt, thrown) ?? NO_HEADERS;
      try {
        await sleep(delay, signal);
      } catch (reason) {
        throw finish(networkErrorOf(reason), method, url, attempt, delayed);
      }
      delayed += delay;
    }
  }
}

function finish(error: ApiError, method: string | undefined, url: string | undefined, attempts: number, delayed: number): ErrorWithContext {
  captureAt(error, retry);
  return withContext(error, { method, url, attempts, totalDelayMs: delayed });
}
