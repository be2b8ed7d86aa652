import { isApiError, networkErrorOf, type ApiError } from '@errata/core';
import { finishClientError, headerRecord } from './clientParts.ts';
import { mayResend, nextDelay, policyOf, type RetryOptions } from './policy.ts';
import { parserOf, type Vendors } from './vendors.ts';

// Typed by shape, not imported from ky: this entry loads nothing from ky and works with any ky 2
// release. The tests check these shapes against ky's own types.

/** What the adapter uses of ky: `ky.retry()`, which forces a retry from an `afterResponse` hook. */
export interface KyLike<TMarker> {
  retry(options: { readonly delay: number; readonly code: string; readonly cause: Error }): TMarker;
}

/** The parts of ky's hook states the adapter reads. */
export interface KyRequestLike {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
}
export interface KyHookState {
  readonly request: KyRequestLike;
  readonly options: { readonly context: Readonly<Record<string, unknown>> };
  readonly retryCount: number;
}
export interface KyErrorState extends KyHookState {
  readonly error: Error;
}

/** Options for `ky.create()` or `ky.extend()`: hooks, and retry settings that leave every decision to errata. */
export interface KyErrataOptions<TMarker> {
  readonly hooks: {
    readonly init: ((options: { context?: Record<string, unknown> }) => void)[];
    readonly afterResponse: ((state: KyHookState & { readonly response: Response }) => Promise<TMarker | undefined>)[];
    readonly beforeRetry: ((state: KyErrorState) => void)[];
    readonly beforeError: ((state: KyErrorState) => Promise<Error>)[];
  };
  readonly retry: {
    readonly limit: number;
    readonly methods: string[];
    readonly shouldRetry: (state: { readonly error: Error; readonly retryCount: number }) => boolean;
    readonly delay: (attemptCount: number) => number;
    readonly jitter: true;
    readonly backoffLimit: number;
  };
}

export interface KyAdapterOptions {
  readonly vendors: Vendors;
  /** Retry by the errors' advice (`maxAttempts` becomes ky's `retry.limit` + 1); `false` never retries. `maxTotalMs` bounds errata's waits; bound the whole call with ky's `totalTimeout`. */
  readonly retry?: RetryOptions | false;
}

interface CallState {
  readonly started: number;
  delayed: number;
  /** The error errata parsed from the last failed response (ky's `HTTPError` only has a consumed body). */
  parsed: ApiError | undefined;
}

const METHODS = ['get', 'post', 'put', 'patch', 'head', 'delete', 'query', 'options', 'trace'];

function named(error: unknown, name: string): boolean {
  return error instanceof Error && error.name === name;
}

/**
 * ky options that make ky throw the vendor's error (the `HTTPError` kept as `cause`) and retry by
 * its advice: Retry-After and body waits, rate-limit resets, vendor backoff, Discord's 202 polled.
 * ky's own status-based retry is replaced, its retry `limit` and `totalTimeout` still hold.
 *
 * ```ts
 * import ky from 'ky';
 * const api = ky.create({ ...errataKy(ky, { vendors: discord }), prefix: 'https://discord.com/api/v10' });
 * ```
 */
export function errataKy<TMarker>(ky: KyLike<TMarker>, options: KyAdapterOptions): KyErrataOptions<TMarker> {
  const parser = parserOf(options.vendors);
  const policy = policyOf(options.retry);
  const states = new WeakMap<object, CallState>();
  // When a network failure of a request happened, to count ky's own wait before its retry.
  const failures = new WeakMap<object, number>();
  const stateOf = (state: KyHookState): CallState => {
    let call = states.get(state.options.context);
    if (call === undefined) states.set(state.options.context, (call = { started: Date.now(), delayed: 0, parsed: undefined }));
    return call;
  };
  const resendable = (request: KyRequestLike): boolean => mayResend(request.method, policy, () => request.headers.has('idempotency-key'));

  const afterResponse = async (state: KyHookState & { readonly response: Response }): Promise<TMarker | undefined> => {
    const { request, response } = state;
    if (response.ok && response.status !== 202 && !parser.inspectsSuccess(response.status)) return undefined;
    // ky hands each hook its own clone: reading it leaves ky's response (and `error.data`) intact.
    const error = await parser.parse(response, request.url, { consumeBody: true });
    if (error === undefined) return undefined;
    const call = stateOf(state);
    const now = Date.now();
    const delay = resendable(request) ? nextDelay(error, state.retryCount + 1, now - call.started, policy, true, now) : undefined;
    if (delay !== undefined) {
      call.delayed += delay;
      return ky.retry({ delay, code: `errata:${error.vendor}:${String(error.code)}`, cause: error });
    }
    // An error sent with a 2xx (a 202 still not ready) gets no HTTPError from ky: throw it now.
    if (response.ok) throw finishClientError(error, { method: request.method, url: request.url, attempts: state.retryCount + 1, totalDelayMs: call.delayed }, afterResponse);
    call.parsed = error;
    return undefined;
  };

  const beforeRetry = (state: KyErrorState): void => {
    const call = stateOf(state);
    const failedAt = failures.get(state.request);
    if (failedAt !== undefined) call.delayed += Date.now() - failedAt;
    const cause: unknown = state.error.cause;
    const error = isApiError(cause) ? cause : networkErrorOf(state.error, parser.vendorFor(state.request.url));
    const extra = policy.options.retryHeaders?.(state.retryCount, error);
    if (extra !== undefined) for (const [name, value] of Object.entries(extra)) state.request.headers.set(name, value);
  };

  const beforeError = async (state: KyErrorState): Promise<Error> => {
    const { error: kyError, request } = state;
    if (isApiError(kyError)) return kyError;
    const call = stateOf(state);
    let error: ApiError | undefined;
    // Set only on an error errata built before ky made its own (in afterResponse): the others get
    // ky's error as their cause when they are built (core's `cause` parse option, networkErrorOf).
    let lateCause: Error | undefined;
    const cause: unknown = kyError.cause;
    if (named(kyError, 'ForceRetryError') && isApiError(cause)) [error, lateCause] = [cause, kyError];
    else if (named(kyError, 'HTTPError')) {
      const { response, data } = kyError as Error & { response?: Response; data?: unknown };
      if (call.parsed?.status === response?.status) [error, lateCause] = [call.parsed, kyError];
      else {
        // Not seen by afterResponse (another hook answered first): parse what ky read into `data`.
        // Without data, the Response itself: core reads a clone, or says another consumer read it.
        const input = data === undefined && response !== undefined ? response : { status: response?.status ?? 0, headers: headerRecord(response?.headers), body: data, url: request.url };
        error = await parser.parse(input, request.url, { cause: kyError });
      }
    } else if (named(kyError, 'NetworkError') || named(kyError, 'TimeoutError') || named(kyError, 'AbortError')) {
      error = networkErrorOf(kyError, parser.vendorFor(request.url));
    }
    const context = { method: request.method, url: request.url, attempts: state.retryCount + 1, totalDelayMs: call.delayed };
    return error === undefined ? kyError : finishClientError(error, context, beforeError, lateCause);
  };

  return {
    hooks: {
      // A fresh context per call is the key of the call's state (ky copies options for init hooks).
      init: [
        (kyOptions) => {
          kyOptions.context = { ...kyOptions.context };
        },
      ],
      afterResponse: [afterResponse],
      beforeRetry: [beforeRetry],
      beforeError: [beforeError],
    },
    retry: {
      limit: policy.maxAttempts - 1,
      // Every method reaches `shouldRetry`, which applies errata's idempotency rule.
      methods: METHODS,
      shouldRetry: ({ error }) => {
        // HTTP failures were decided in `afterResponse` (a retry there is forced, not asked here).
        if (!named(error, 'NetworkError') && !named(error, 'TimeoutError')) return false;
        const request = (error as Error & { request?: KyRequestLike }).request;
        if (request === undefined || !resendable(request)) return false;
        failures.set(request, Date.now());
        return true;
      },
      delay: (attemptCount) => Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attemptCount - 1)),
      jitter: true,
      backoffLimit: policy.maxDelayMs,
    },
  };
}
