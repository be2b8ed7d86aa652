import { problemFor, problemResponseOf, type ProblemResponse, type ProblemResponseOptions } from './problem.ts';

// Typed by shape, not imported from Fastify: Fastify 4 and 5, no dependency.

export { problemResponseOf };
export type { ProblemResponse, ProblemResponseOptions };

/** The parts of Fastify's `reply` the handler uses. */
export interface FastifyReplyLike {
  code(statusCode: number): unknown;
  header(name: string, value: string): unknown;
  send(payload?: unknown): unknown;
}

/** A Fastify error handler, for `app.setErrorHandler(...)`. */
export type FastifyErrorHandler = (error: unknown, request: unknown, reply: FastifyReplyLike) => unknown;

export interface FastifyErrorHandlerOptions extends ProblemResponseOptions {
  /** The answer for errors that are not errata errors. Default: rethrown, so Fastify's own handler answers them. */
  readonly fallback?: FastifyErrorHandler;
}

/**
 * `app.setErrorHandler(fastifyErrorHandler())`: a thrown errata error answers as RFC 9457
 * problem+json with `Retry-After` from its advice; other errors reach Fastify's default handler.
 */
export function fastifyErrorHandler(options?: FastifyErrorHandlerOptions): FastifyErrorHandler {
  return (error, request, reply) => {
    const problem = problemFor(error, options);
    if (problem === undefined) {
      if (options?.fallback !== undefined) return options.fallback(error, request, reply);
      // Thrown from an error handler, an error goes to Fastify's parent (by default its own) handler.
      throw error;
    }
    reply.code(problem.status);
    for (const [name, value] of Object.entries(problem.headers)) reply.header(name, value);
    return reply.send(problem.body);
  };
}
