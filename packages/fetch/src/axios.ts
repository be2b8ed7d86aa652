import { annotate, networkErrorOf, type ApiError } from '@errata/core';
import { finishClientError, headerRecord, readBody } from './clientParts.ts';
import { mayResend, nextDelay, policyOf, sleep, type RetryOptions } from './policy.ts';
import { parserOf, type Vendors } from './vendors.ts';

// Typed by shape, not imported from axios: this entry loads nothing from axios and works with any
// axios 1 release. The tests check these shapes against axios's own types.

/** The parts of an axios request config the adapter reads (and passes back when it asks again). */
export interface AxiosConfigLike {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  readonly baseURL?: string | undefined;
  readonly headers?: unknown;
  readonly signal?: unknown;
}

/** The parts of an axios response the adapter reads. */
export interface AxiosResponseLike {
  readonly status: number;
  readonly headers: unknown;
  readonly data: unknown;
  readonly config: AxiosConfigLike;
}

/**
 * What the adapter uses of an axios instance: its response interceptors, and `request` to ask
 * again. The interceptor is generic so that it fits axios's own response type as it is.
 */
export interface AxiosInstanceLike {
  readonly interceptors: {
    readonly response: {
      use(onFulfilled: <TResponse extends AxiosResponseLike>(response: TResponse) => Promise<TResponse>, onRejected: (error: unknown) => Promise<unknown>): number;
    };
  };
  request(config: AxiosConfigLike): Promise<unknown>;
}

export interface AxiosAdapterOptions {
  readonly vendors: Vendors;
  /** Retry by the errors' advice; `false` never retries. Bound each attempt with axios's own `timeout`. */
  readonly retry?: RetryOptions | false;
}

// The call's state rides on the config: axios keeps unknown config keys when a request is made again.
const STATE_KEY = 'errataRetryState';

interface CallState {
  readonly started: number;
  readonly delayed: number;
  readonly attempts: number;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function stateOf(config: AxiosConfigLike): CallState {
  const state: unknown = Reflect.get(config, STATE_KEY);
  return isObject(state) && typeof state.started === 'number' && typeof state.delayed === 'number' && typeof state.attempts === 'number'
    ? { started: state.started, delayed: state.delayed, attempts: state.attempts }
    : { started: Date.now(), delayed: 0, attempts: 1 };
}

function isResponse(value: unknown): value is AxiosResponseLike {
  return isObject(value) && typeof value.status === 'number' && isObject(value.config);
}

/** The URL axios requested: `url`, resolved against `baseURL` unless it is absolute. */
function urlOf(config: AxiosConfigLike): string | undefined {
  const { url, baseURL } = config;
  if (baseURL === undefined || url?.includes('://') === true) return url;
  if (url === undefined || url === '') return baseURL;
  return `${baseURL.endsWith('/') ? baseURL.slice(0, -1) : baseURL}/${url.startsWith('/') ? url.slice(1) : url}`;
}

// axios accepts any AbortSignal-shaped object; waiting needs one that can be listened to.
function isSignal(value: unknown): value is AbortSignal {
  return isObject(value) && typeof value.addEventListener === 'function' && typeof value.removeEventListener === 'function';
}

function isConfig(value: unknown): value is AxiosConfigLike {
  return isObject(value);
}

/** axios's `AxiosHeaders` (mutable, case-insensitive) rather than a plain object. */
function hasSet(value: unknown): value is { set(name: string, value: string): unknown } {
  return isObject(value) && typeof value.set === 'function';
}

function hasHeader(headers: unknown, name: string): boolean {
  return Object.keys(headerRecord(headers)).some((key) => key.toLowerCase() === name);
}

/** What core's `networkErrorOf` should classify a transport failure as: axios names timeouts and cancellations by code. */
function transportCause(error: Record<string, unknown>): unknown {
  const { code, name } = error;
  if (code === 'ERR_CANCELED' || name === 'CanceledError') return { name: 'AbortError' };
  if (code === 'ECONNABORTED' || code === 'ETIMEDOUT') return { name: 'TimeoutError' };
  return error;
}

/**
 * Installs a response interceptor that makes axios reject with the vendor's error (the
 * `AxiosError` kept as `cause`) and retry by its advice; Discord's 202 "not ready" is polled, not
 * resolved as data. Returns the instance. Response headers reach the parser as they are: no cast.
 *
 * ```ts
 * import axios from 'axios';
 * const api = errataAxios(axios.create({ baseURL: 'https://discord.com/api/v10' }), { vendors: discord });
 * ```
 */
export function errataAxios<TInstance extends AxiosInstanceLike>(instance: TInstance, options: AxiosAdapterOptions): TInstance {
  const parser = parserOf(options.vendors);
  const policy = policyOf(options.retry);

  // Every error handled here already has its cause: the AxiosError, or the reason a wait stopped.
  const handle = async <TResponse>(error: ApiError, config: AxiosConfigLike, above: (...args: never[]) => unknown): Promise<TResponse> => {
    const state = stateOf(config);
    const url = urlOf(config);
    const method = (config.method ?? 'get').toUpperCase();
    const headers = config.headers;
    const now = Date.now();
    const aborted = error.vendor === 'network' && error.code === 'aborted';
    const resendable = !aborted && mayResend(method, policy, () => hasHeader(headers, 'idempotency-key'));
    const delay = resendable ? nextDelay(error, state.attempts, now - state.started, policy, true, now) : undefined;
    if (delay === undefined) throw finishClientError(error, { method, url, attempts: state.attempts, totalDelayMs: state.delayed }, above);
    const extra = policy.options.retryHeaders?.(state.attempts, error);
    let nextHeaders = headers;
    if (extra !== undefined) {
      if (hasSet(headers)) for (const [name, value] of Object.entries(extra)) headers.set(name, value);
      else nextHeaders = { ...headerRecord(headers), ...extra };
    }
    try {
      await sleep(delay, isSignal(config.signal) ? config.signal : undefined);
    } catch (reason) {
      throw finishClientError(networkErrorOf(reason), { method, url, attempts: state.attempts, totalDelayMs: state.delayed + (Date.now() - now) }, above);
    }
    const next: CallState = { started: state.started, delayed: state.delayed + delay, attempts: state.attempts + 1 };
    // The request made again resolves through these interceptors to a response of the same kind.
    const again: AxiosConfigLike = { ...config, headers: nextHeaders };
    Reflect.set(again, STATE_KEY, next);
    return (await instance.request(again)) as TResponse;
  };

  /** axios has read and transformed the body: parse that data, with its headers as they are, and `cause` as the error's cause. */
  const parseResponse = async (response: AxiosResponseLike, cause?: unknown): Promise<ApiError | undefined> => {
    const url = urlOf(response.config);
    return await parser.parse({ status: response.status, headers: headerRecord(response.headers), body: await readBody(response.data), url }, url, cause === undefined ? undefined : { cause });
  };

  const onFulfilled = async <TResponse extends AxiosResponseLike>(response: TResponse): Promise<TResponse> => {
    if (response.status !== 202 && !parser.inspectsSuccess(response.status)) return response;
    const error = await parseResponse(response);
    return error === undefined ? response : handle<TResponse>(error, response.config, onFulfilled);
  };

  const onRejected = async (thrown: unknown): Promise<unknown> => {
    const axiosError = thrown;
    if (!isObject(axiosError) || !isConfig(axiosError.config)) throw thrown;
    const { config, response } = axiosError;
    // The AxiosError is the cause either way; a transport failure is classified by a stand-in named as core expects.
    const error = isResponse(response)
      ? await parseResponse(response, thrown)
      : annotate(networkErrorOf(transportCause(axiosError), parser.vendorFor(urlOf(config))), { cause: thrown });
    if (error === undefined) throw thrown;
    // A retry that succeeds resolves the caller's request (axios lets a rejection handler recover).
    return handle<unknown>(error, config, onRejected);
  };

  instance.interceptors.response.use(onFulfilled, onRejected);
  return instance;
}
