import { annotate, type ApiError, type RequestContext } from '@errata/core';

/**
 * The request an error came from, as core records it on `error.request` and shows it on
 * `toJSON()` and `toProblem()` (the `request` member): method, redacted URL, attempts, total
 * delay; no headers, no body.
 */
export type { RequestContext };

/** An errata error that carries the request it came from. */
export type ErrorWithContext<TError extends ApiError = ApiError> = TError & { readonly request: RequestContext };

type CaptureStackTrace = (target: object, above?: (...args: never[]) => unknown) => void;

/** What `withContext` records; a method or URL left out keeps the one the error already carries. Internal. */
export interface ContextInit {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  readonly attempts: number;
  readonly totalDelayMs: number;
}

/** The request context core keeps on an errata error, if any. Never throws. */
export function requestContextOf(error: unknown): RequestContext | undefined {
  try {
    const request: unknown = (error as { request?: unknown } | null | undefined)?.request;
    return typeof request === 'object' && request !== null && typeof (request as Partial<RequestContext>).attempts === 'number' ? (request as RequestContext) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Records the request context on an error with core's `annotate` (which redacts the URL), and a
 * cause when one is given (an adapter's client error that the vendor error replaces, when the
 * error was parsed before the client made it). A method or URL left out keeps the one the error
 * already carries (`retry` around `createFetch`). Internal.
 */
export function withContext<TError extends ApiError>(error: TError, init: ContextInit, cause?: unknown): ErrorWithContext<TError> {
  const known = requestContextOf(error);
  const method = init.method ?? known?.method;
  const url = init.url ?? known?.url;
  annotate(error, {
    request: { ...(method === undefined ? {} : { method }), ...(url === undefined ? {} : { url }), attempts: init.attempts, totalDelayMs: Math.round(init.totalDelayMs) },
    cause,
  });
  return error as ErrorWithContext<TError>;
}

/**
 * Records a stack on `error` that starts at the caller of `above` (V8 and Bun keep the `async`
 * frames of the awaiting callers), replacing the frameless one of an error built without a stack
 * walk. Internal.
 */
export function captureAt(error: object, above: (...args: never[]) => unknown): void {
  (Error as unknown as { captureStackTrace?: CaptureStackTrace }).captureStackTrace?.(error, above);
}
