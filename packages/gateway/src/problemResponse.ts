import { readHeaders, REDACTED, requestIdOf, SENSITIVE_HEADERS, statusOfKind, type ApiError, type ProblemDetails } from '@errata/core';
import { rateLimitFields, retryAfterSeconds } from './rateLimitHeaders.ts';
import { maskSecrets } from './secrets.ts';

/** Everything besides the error that shapes a problem response. */
export interface ProblemSettings {
  readonly typeBase: string | undefined;
  readonly exposeDetail: boolean;
  readonly keepHeaders: readonly string[];
  readonly statusOf: ((error: ApiError) => number | undefined) | undefined;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

// Headers that describe the upstream's body or connection, not ours.
const NEVER_KEPT: ReadonlySet<string> = /* @__PURE__ */ new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'trailer', 'upgrade']);

function validStatus(status: number | undefined): status is number {
  return status !== undefined && Number.isInteger(status) && status >= 400 && status <= 599;
}

/**
 * The status a gateway answers with. A network failure has no upstream status: a timeout is 504
 * and an unreachable upstream 502 (the gateway's own failure to get an answer), a cancelled
 * request 499. Otherwise the upstream's error status is kept, and an error sent with a success
 * status gets the status of its kind.
 */
export function problemStatus(error: ApiError, statusOf: ProblemSettings['statusOf']): number {
  let chosen: number | undefined;
  try {
    chosen = statusOf?.(error);
  } catch {
    chosen = undefined;
  }
  if (validStatus(chosen)) return chosen;
  if (error.vendor === 'network') return error.kind === 'deadline-exceeded' ? 504 : error.kind === 'cancelled' ? 499 : 502;
  if (validStatus(error.status)) return error.status;
  return statusOfKind(error.kind);
}

/** The problem object: `toProblem` with the gateway's policy, the upstream request id, no secrets. */
export function problemOf(
  error: ApiError,
  status: number,
  settings: ProblemSettings,
  upstreamHeaders: Headers | undefined,
  secrets: readonly string[],
): ProblemDetails {
  const { upstreamStatus, ...problem } = error.toProblem({
    ...(settings.typeBase === undefined ? {} : { typeBase: settings.typeBase }),
    includeDetail: status < 500 || settings.exposeDetail,
    status,
  });
  // A vendor parser that does not look for a request id still lets the common headers speak.
  const requestId = problem.requestId ?? (upstreamHeaders === undefined ? undefined : requestIdOf(readHeaders(upstreamHeaders)));
  const complete: ProblemDetails = {
    ...problem,
    // Status 0 only says "no HTTP response", which `vendor: network` already says.
    ...(upstreamStatus === undefined || upstreamStatus === 0 ? {} : { upstreamStatus }),
    ...(requestId === undefined ? {} : { requestId }),
  };
  // Walking the problem costs more than searching its text, and secrets are rarely in it.
  if (secrets.length === 0) return complete;
  const text = JSON.stringify(complete);
  return secrets.some((secret) => text.includes(JSON.stringify(secret).slice(1, -1))) ? maskSecrets(complete, secrets) : complete;
}

/** The headers of a problem response; nothing of the upstream's except what was asked for and is not a credential. */
export function problemHeaders(problem: ProblemDetails, error: ApiError, settings: ProblemSettings, upstreamHeaders: Headers | undefined, now: number): Headers {
  const headers = new Headers();
  if (upstreamHeaders !== undefined) {
    for (const name of settings.keepHeaders) {
      const lower = name.toLowerCase();
      const value = SENSITIVE_HEADERS.has(lower) || NEVER_KEPT.has(lower) ? null : upstreamHeaders.get(lower);
      if (value !== null) headers.set(lower, value);
    }
  }
  // Set after the kept headers, so none of them can replace these.
  headers.set('content-type', PROBLEM_CONTENT_TYPE);
  headers.set('cache-control', 'no-store');
  const retryAfter = error.retry.retryable ? retryAfterSeconds(error.retry.retryAfterMs) : undefined;
  if (retryAfter !== undefined) headers.set('retry-after', retryAfter);
  const fields = rateLimitFields(error.rateLimit, now);
  if (fields.rateLimit !== undefined) headers.set('ratelimit', fields.rateLimit);
  if (fields.policy !== undefined) headers.set('ratelimit-policy', fields.policy);
  if (problem.requestId !== undefined && problem.requestId !== REDACTED) {
    try {
      headers.set('x-upstream-request-id', problem.requestId);
    } catch {
      // An id with bytes a header cannot carry stays in the body only.
    }
  }
  return headers;
}

/** A problem+json response, with its length so servers need not chunk it. */
export function problemResponse(problem: ProblemDetails, headers: Headers): Response {
  const bytes = new TextEncoder().encode(JSON.stringify(problem));
  headers.set('content-length', String(bytes.byteLength));
  return new Response(bytes, { status: problem.status, headers });
}
