import { INTERNAL_ERROR, problemFor, problemResponseOf, type ProblemResponse, type ProblemResponseOptions } from './problem.ts';

// Typed by shape, not imported from Hono: any Hono 4 release, no dependency. Hono's `onError`
// handler gets the error and the context, and must return a Response.

export { problemResponseOf };
export type { ProblemResponse, ProblemResponseOptions };

export interface HonoOnErrorOptions extends ProblemResponseOptions {
  /** The answer for errors that are not errata errors. Default: Hono's own `HTTPException` response, else a bare 500 problem. */
  readonly fallback?: (error: unknown, context: unknown) => Response | Promise<Response>;
}

/** A Hono `onError` handler: errata errors out as problem+json. */
export type HonoErrorHandler = (error: unknown, context: unknown) => Response | Promise<Response>;

function toResponse(problem: ProblemResponse): Response {
  return new Response(problem.body, { status: problem.status, headers: problem.headers });
}

function hasResponse(error: unknown): error is { getResponse(): Response } {
  return typeof error === 'object' && error !== null && typeof (error as { getResponse?: unknown }).getResponse === 'function';
}

/**
 * `app.onError(honoOnError())`: a thrown errata error (from `createFetch`, an adapter, or
 * `vendor.parse`) answers as RFC 9457 problem+json with `Retry-After` from its advice.
 */
export function honoOnError(options?: HonoOnErrorOptions): HonoErrorHandler {
  return (error, context) => {
    const problem = problemFor(error, options);
    if (problem !== undefined) return toResponse(problem);
    if (options?.fallback !== undefined) return options.fallback(error, context);
    return hasResponse(error) ? error.getResponse() : toResponse(INTERNAL_ERROR);
  };
}
