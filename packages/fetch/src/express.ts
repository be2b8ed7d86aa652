import { problemFor, problemResponseOf, type ProblemResponse, type ProblemResponseOptions } from './problem.ts';

// Typed by shape, not imported from Express: Express 4 and 5 (and Connect, or node:http itself:
// only `statusCode`, `setHeader`, `end` and `headersSent` are used). No dependency.

export { problemResponseOf };
export type { ProblemResponse, ProblemResponseOptions };

/** The parts of Express's `res` (a node:http `ServerResponse`) the handler uses. */
export interface ExpressResponseLike {
  readonly headersSent: boolean;
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body: string): unknown;
}

/** Express error middleware: four parameters, so Express calls it with errors only. */
export type ExpressErrorHandler = (error: unknown, request: unknown, response: ExpressResponseLike, next: (error?: unknown) => void) => void;

/**
 * `app.use(expressErrorHandler())`, after your routes: a thrown (or `next(error)`-ed) errata error
 * answers as RFC 9457 problem+json with `Retry-After` from its advice. Anything else, and errors
 * after the headers went out, go on to the next error handler (Express's own by default).
 */
export function expressErrorHandler(options?: ProblemResponseOptions): ExpressErrorHandler {
  // Express tells error middleware apart by its four declared parameters.
  return (error, _request, response, next) => {
    const problem = response.headersSent ? undefined : problemFor(error, options);
    if (problem === undefined) {
      next(error);
      return;
    }
    response.statusCode = problem.status;
    for (const [name, value] of Object.entries(problem.headers)) response.setHeader(name, value);
    response.end(problem.body);
  };
}
