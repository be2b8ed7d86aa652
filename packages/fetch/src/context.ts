import { createRedactor, type ApiError, type Redactor } from '@errata/core';

/**
 * The request an error came from, as `toJSON()` and `toProblem()` show it (in `details.request`):
 * no headers, no body, the URL with its credentials masked.
 */
export interface RequestContext {
  readonly method?: string;
  /** The request URL, redacted (token query parameters and path segments, user info). */
  readonly url?: string;
  /** Attempts made, the failing one included. */
  readonly attempts: number;
  /** Milliseconds spent waiting between attempts. */
  readonly totalDelayMs: number;
}

/** An errata error that carries the request it came from. */
export type ErrorWithContext<TError extends ApiError = ApiError> = TError & { readonly details: { readonly request: RequestContext } };

// errata's own rules for URLs (user info, credential parameters, token path segments), made on first use.
let urlRedactor: Redactor | undefined;

type CaptureStackTrace = (target: object, above?: (...args: never[]) => unknown) => void;

function define(error: object, key: string, value: unknown, enumerable: boolean): void {
  try {
    Object.defineProperty(error, key, { value, enumerable, writable: true, configurable: true });
  } catch {
    // A frozen error keeps what it had: nothing here may turn a failure into a crash.
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What `withContext` records; a method or URL left out keeps the one the error already carries. Internal. */
export interface ContextInit {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  readonly attempts: number;
  readonly totalDelayMs: number;
}

/**
 * Adds the request context to an error's `details` (a copy: vendors share frozen details objects),
 * so it shows wherever `details` does: `toJSON()`, `toProblem()`, inspect, `rehydrate`. A method
 * or URL left out keeps the one the error already carries (`retry` around `createFetch`). Internal.
 */
export function withContext<TError extends ApiError>(error: TError, init: ContextInit): ErrorWithContext<TError> {
  let details: unknown;
  try {
    details = error.details;
  } catch {
    details = undefined;
  }
  if (details === undefined || isPlainObject(details)) {
    const request: RequestContext = {
      ...(details?.request as RequestContext | undefined),
      ...(init.method === undefined ? {} : { method: init.method }),
      ...(init.url === undefined ? {} : { url: (urlRedactor ??= createRedactor()).url(init.url) }),
      attempts: init.attempts,
      totalDelayMs: Math.round(init.totalDelayMs),
    };
    define(error, 'details', { ...details, request }, true);
  }
  return error as ErrorWithContext<TError>;
}

/** The request context `createFetch`, `retry` or an adapter attached to an error, if any. Never throws. */
export function requestContextOf(error: unknown): RequestContext | undefined {
  try {
    const request: unknown = (error as { details?: { request?: unknown } } | null | undefined)?.details?.request;
    return isPlainObject(request) && typeof request.attempts === 'number' ? (request as unknown as RequestContext) : undefined;
  } catch {
    return undefined;
  }
}

/** Sets `cause` (an own property that shadows the error's own getter): the client's error the vendor error replaces. Internal. */
export function withCause<TError extends ApiError>(error: TError, cause: unknown): TError {
  define(error, 'cause', cause, false);
  return error;
}

/**
 * Records a stack on `error` that starts at the caller of `above` (V8 and Bun keep the `async`
 * frames of the awaiting callers), replacing the frameless one of an error built without a stack
 * walk. Internal.
 */
export function captureAt(error: object, above: (...args: never[]) => unknown): void {
  (Error as unknown as { captureStackTrace?: CaptureStackTrace }).captureStackTrace?.(error, above);
}
