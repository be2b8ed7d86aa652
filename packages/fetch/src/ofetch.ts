import { networkErrorOf, type ApiError } from '@errata/core';
import { finishClientError, headerRecord, readBody } from './clientParts.ts';
import { mayResend, nextDelay, policyOf, sleep, type RetryOptions } from './policy.ts';
import { parserOf, type Vendors } from './vendors.ts';

// Typed by shape, not imported from ofetch: this entry loads nothing from ofetch and works with
// any ofetch 1 release. The tests check these shapes against ofetch's own types.

/** A response as ofetch hands it to hooks: its body already read into `_data`. */
export type OfetchResponseLike = Response & { _data?: unknown };

/** The parts of ofetch's resolved options the adapter reads and passes on. */
export interface OfetchOptionsLike {
  method?: string;
  headers: Headers;
  signal?: AbortSignal | null;
}

/** ofetch's hook context. */
export interface OfetchContextLike {
  request: string | Request;
  options: OfetchOptionsLike;
  response?: OfetchResponseLike | undefined;
  error?: Error | undefined;
}

/** What the adapter uses of ofetch: `ofetch.raw`, to ask again from a hook (retries and polls). */
export interface OfetchLike {
  raw(request: string | Request, options: OfetchOptionsLike): Promise<OfetchResponseLike>;
}

/** Options for `ofetch.create()`: hooks, and ofetch's own retry kept for network failures errata allows. */
export interface OfetchErrataOptions {
  readonly retry: number;
  readonly retryDelay: number;
  readonly retryStatusCodes: number[];
  readonly onRequest: (context: OfetchContextLike) => void;
  readonly onRequestError: (context: OfetchContextLike & { error: Error }) => Promise<void>;
  readonly onResponse: (context: OfetchContextLike & { response: OfetchResponseLike }) => Promise<void>;
  readonly onResponseError: (context: OfetchContextLike & { response: OfetchResponseLike }) => Promise<void>;
}

export interface OfetchAdapterOptions {
  readonly vendors: Vendors;
  /** Retry by the errors' advice; `false` never retries. */
  readonly retry?: RetryOptions | false;
}

// Per-call state rides on the options object: ofetch spreads it into every retry's options.
const STATE = Symbol('errata.ofetch');

class CallState {
  readonly started: number = Date.now();
  delayed = 0;
  attempts = 1;
  readonly userSignal: AbortSignal | undefined;
  constructor(userSignal: AbortSignal | undefined) {
    this.userSignal = userSignal;
  }
}

function stateOf(options: OfetchOptionsLike): CallState {
  const state: unknown = Reflect.get(options, STATE);
  if (state instanceof CallState) return state;
  // First seen before ofetch adds its timeout signal: any signal now is the caller's.
  const created = new CallState(options.signal ?? undefined);
  Reflect.set(options, STATE, created);
  return created;
}

function urlOf(request: string | Request): string {
  return typeof request === 'string' ? request : request.url;
}

/** The error ofetch itself would have thrown, kept as the vendor error's `cause`. */
function fetchErrorOf(context: OfetchContextLike, response: OfetchResponseLike): Error {
  const method = context.options.method ?? 'GET';
  const error = new Error(`[${method}] ${JSON.stringify(urlOf(context.request))}: ${String(response.status)} ${response.statusText}`);
  error.name = 'FetchError';
  return Object.assign(error, { request: context.request, response, data: response._data, status: response.status, statusText: response.statusText });
}

/**
 * ofetch options that make ofetch throw the vendor's error and retry by its advice (Discord's 202
 * "not ready" polled, not returned as data). The error's `cause` is the `FetchError` ofetch
 * would have thrown (for a network failure, fetch's own error).
 *
 * ```ts
 * import { ofetch } from 'ofetch';
 * const api = ofetch.create(errataOfetch(ofetch, { vendors: discord }));
 * ```
 */
export function errataOfetch(ofetch: OfetchLike, options: OfetchAdapterOptions): OfetchErrataOptions {
  const parser = parserOf(options.vendors);
  const policy = policyOf(options.retry);
  // Errors parsed in `onResponse`, thrown by `onResponseError`.
  const parsed = new WeakMap<object, ApiError>();
  const resendable = (context: OfetchContextLike): boolean => mayResend(context.options.method ?? 'GET', policy, () => context.options.headers.has('idempotency-key'));

  /** The wait before asking again, or `undefined`; counts the attempt and adds retry headers when it says wait. */
  const plan = (context: OfetchContextLike, error: ApiError, state: CallState): number | undefined => {
    const now = Date.now();
    const delay = resendable(context) ? nextDelay(error, state.attempts, now - state.started, policy, true, now) : undefined;
    if (delay === undefined) return undefined;
    const extra = policy.options.retryHeaders?.(state.attempts, error);
    if (extra !== undefined) for (const [name, value] of Object.entries(extra)) context.options.headers.set(name, value);
    state.delayed += delay;
    state.attempts += 1;
    return delay;
  };

  // Every error thrown here got its cause when it was built: the FetchError (core's `cause` parse option) or fetch's own error (networkErrorOf).
  const fail = (context: OfetchContextLike, error: ApiError, state: CallState, above: (...args: never[]) => unknown): ApiError =>
    finishClientError(error, { method: context.options.method ?? 'GET', url: urlOf(context.request), attempts: state.attempts, totalDelayMs: state.delayed }, above);

  /**
   * ofetch has read the body into `_data` (parsed JSON, text or a Blob): parse that, never the
   * consumed Response. A failure gets the `FetchError` ofetch would have thrown as its cause.
   */
  const parseResponse = async (context: OfetchContextLike, response: OfetchResponseLike): Promise<ApiError | undefined> => {
    const url = urlOf(context.request);
    const parts = { status: response.status, headers: headerRecord(response.headers), body: await readBody(response._data), url };
    return await parser.parse(parts, url, response.ok ? undefined : { cause: fetchErrorOf(context, response) });
  };

  const onRequestError = async (context: OfetchContextLike & { error: Error }): Promise<void> => {
    const state = stateOf(context.options);
    const error = networkErrorOf(context.error, parser.vendorFor(urlOf(context.request)));
    const delay = state.userSignal?.aborted === true ? undefined : plan(context, error, state);
    if (delay === undefined) throw fail(context, error, state, onRequestError);
    // ofetch asks again right after this hook (retryDelay 0): the wait is ours, so the caller's signal can cut it short.
    await sleep(delay, state.userSignal).catch((reason: unknown) => {
      throw fail(context, networkErrorOf(reason), state, onRequestError);
    });
  };

  const onResponse = async (context: OfetchContextLike & { response: OfetchResponseLike }): Promise<void> => {
    const { response } = context;
    if (response.ok && response.status !== 202 && !parser.inspectsSuccess(response.status)) return;
    const error = await parseResponse(context, response);
    if (error === undefined) return;
    const state = stateOf(context.options);
    const delay = plan(context, error, state);
    if (delay === undefined) {
      if (response.ok) throw fail(context, error, state, onResponse);
      parsed.set(response, error);
      return;
    }
    await sleep(delay, state.userSignal).catch((reason: unknown) => {
      throw fail(context, networkErrorOf(reason), state, onResponse);
    });
    // Ask again through ofetch (these hooks included); its answer, or its error, becomes this call's.
    context.response = await ofetch.raw(context.request, { ...context.options, signal: state.userSignal ?? null });
  };

  const onResponseError = async (context: OfetchContextLike & { response: OfetchResponseLike }): Promise<void> => {
    const { response } = context;
    const error = parsed.get(response) ?? (await parseResponse(context, response));
    if (error !== undefined) throw fail(context, error, stateOf(context.options), onResponseError);
  };

  return {
    // ofetch's own retry only runs for network failures errata chose to retry (see onRequestError).
    retry: policy.maxAttempts - 1,
    retryDelay: 0,
    retryStatusCodes: [500],
    onRequest: (context) => {
      stateOf(context.options);
    },
    onRequestError,
    onResponse,
    onResponseError,
  };
}
