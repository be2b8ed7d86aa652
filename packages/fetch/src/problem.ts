import { isApiError, statusOfKind, toProblem, type ApiError } from '@errata/core';

/** How a server answers with an errata error it caught. */
export interface ProblemResponseOptions {
  /** Send the vendor's message as `detail` (and its details) on 5xx answers too. Default: below 500 only, as they can name internals. */
  readonly exposeDetail?: boolean;
  /** Send the error's `request` member (method and redacted upstream URL). Default false: which upstream you called is your server's business. */
  readonly includeRequest?: boolean;
  /** Base of the problem `type` URIs (core's default is `urn:errata:`). */
  readonly typeBase?: string;
  /** The status to answer with, when you decide (e.g. 502 for an upstream 401). `undefined` keeps the default. */
  readonly status?: (error: ApiError) => number | undefined;
}

/** A problem+json answer, ready for any framework: status, headers and the JSON text. */
export interface ProblemResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

function validStatus(status: number | undefined): status is number {
  return status !== undefined && Number.isInteger(status) && status >= 400 && status <= 599;
}

/**
 * The status a server answers with: yours (`options.status`), else for a failure with no upstream
 * answer 504 (timeout), 499 (cancelled) or 502 (unreachable), else what core's `toProblem` picks
 * (the upstream's error status, or the status of the error's kind).
 */
function statusOf(error: ApiError, options: ProblemResponseOptions | undefined): number {
  let chosen: number | undefined;
  try {
    chosen = options?.status?.(error);
  } catch {
    chosen = undefined;
  }
  if (validStatus(chosen)) return chosen;
  if (error.vendor === 'network') return error.kind === 'deadline-exceeded' ? 504 : error.kind === 'cancelled' ? 499 : 502;
  return validStatus(error.status) ? error.status : statusOfKind(error.kind);
}

/** Whole seconds until the advised retry (rounded up: never early), for a `Retry-After` header. */
function retryAfterSeconds(error: ApiError, now: number): string | undefined {
  const { retryable, retryAt, retryAfterMs } = error.retry;
  if (!retryable) return undefined;
  const wait = retryAt === undefined ? retryAfterMs : retryAt - now;
  return wait === undefined || !Number.isFinite(wait) ? undefined : String(Math.max(0, Math.ceil(wait / 1000)));
}

/**
 * An errata error as an RFC 9457 problem+json answer (core's `toProblem`), with `Retry-After`
 * from its advice and `cache-control: no-store`. Never throws for an errata error.
 */
export function problemResponseOf(error: ApiError, options?: ProblemResponseOptions): ProblemResponse {
  const status = statusOf(error, options);
  const exposeInternals = status < 500 || options?.exposeDetail === true;
  const problem = toProblem(error, {
    status,
    includeDetail: exposeInternals,
    includeDetails: exposeInternals,
    includeRequest: options?.includeRequest === true,
    ...(options?.typeBase === undefined ? {} : { typeBase: options.typeBase }),
  });
  const headers: Record<string, string> = { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store' };
  const retryAfter = retryAfterSeconds(error, Date.now());
  if (retryAfter !== undefined) headers['retry-after'] = retryAfter;
  return { status, headers, body: JSON.stringify(problem) };
}

/** The answer for a value that is not an errata error: a bare 500 problem that names nothing. */
export const INTERNAL_ERROR: ProblemResponse = {
  status: 500,
  headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store' },
  body: '{"type":"about:blank","title":"Internal Server Error","status":500}',
};

/** `problemResponseOf` for errata errors, `undefined` for anything else. Internal. */
export function problemFor(error: unknown, options: ProblemResponseOptions | undefined): ProblemResponse | undefined {
  return isApiError(error) ? problemResponseOf(error, options) : undefined;
}
