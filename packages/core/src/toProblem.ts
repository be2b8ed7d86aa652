import type { Action } from './action.ts';
import { redactorOf, type ApiError, type Code } from './apiError.ts';
import type { FieldIssue } from './fieldIssue.ts';
import { statusOfKind, type Kind } from './kind.ts';
import { problemType } from './problemType.ts';
import type { RateLimitSnapshot } from './rateLimitSnapshot.ts';
import type { Redactor } from './redact.ts';
import { requestContextOf, type RequestContext } from './requestContext.ts';
import { redactIssues, redactRateLimit } from './toSerialized.ts';

/** An RFC 9457 problem details object with errata's extension members. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly vendor: string;
  readonly code: Code;
  readonly kind: Kind;
  readonly action: Action;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  /** ISO 8601 timestamp. */
  readonly retryAt?: string;
  readonly rateLimit?: RateLimitSnapshot;
  readonly issues?: readonly FieldIssue[];
  readonly requestId?: string;
  /** The upstream's HTTP status when it differs from `status` (e.g. errors sent with HTTP 200). */
  readonly upstreamStatus?: number;
  /**
   * The vendor's details, redacted and size-capped, so vendor helpers (next steps, required scopes,
   * DPoP nonces, Apple's error list) work on the error `fromProblem` rebuilds behind a gateway.
   */
  readonly details?: unknown;
  /** The request the error came from (method, redacted URL, attempts, total delay), when recorded. */
  readonly request?: RequestContext;
}

/** How `toProblem` writes a problem: the `type` base, the status, and what to leave out. */
export interface ProblemOptions {
  /** Base of the `type` URI; default `urn:errata:`. */
  readonly typeBase?: string;
  readonly instance?: string;
  /** Include the developer `detail` (the vendor message). Default true; gateways drop it on 5xx. */
  readonly includeDetail?: boolean;
  /** Override the status (e.g. a gateway answering 502 for an upstream 500). */
  readonly status?: number;
  /** Include the vendor's `details` (redacted; left out when larger than 16 KiB as JSON). Default true. */
  readonly includeDetails?: boolean;
  /**
   * Include the request the error came from (`request`: method, redacted URL, attempts, total
   * delay) when it carries one. Default true; a server answering its own clients may prefer not
   * to name the upstream it called.
   */
  readonly includeRequest?: boolean;
}

/** Largest `details` member, as JSON text, that a problem carries. */
export const MAX_PROBLEM_DETAILS_LENGTH = 16_384;

function detailsOf(details: unknown, redactor: Redactor): unknown {
  if (details === undefined) return undefined;
  const copy = redactor.value(details);
  const text = JSON.stringify(copy) as string | undefined;
  return text === undefined || text.length > MAX_PROBLEM_DETAILS_LENGTH ? undefined : copy;
}

function isoTime(epochMs: number | undefined): string | undefined {
  if (epochMs === undefined || !Number.isFinite(epochMs) || Math.abs(epochMs) > 8.64e15) return undefined;
  return new Date(epochMs).toISOString();
}

/**
 * The RFC 9457 form of an error. `title` is the end-user-safe message; `detail` the vendor message;
 * every string member is redacted with the error's redactor.
 */
export function toProblem(error: ApiError, options?: ProblemOptions): ProblemDetails {
  const { retry } = error;
  const redactor = redactorOf(error);
  const details = options?.includeDetails === false ? undefined : detailsOf(error.details, redactor);
  const status = options?.status ?? (error.status >= 400 && error.status <= 599 ? error.status : statusOfKind(error.kind));
  const retryAt = isoTime(retry.retryAt);
  const request = options?.includeRequest === false || error.request === undefined ? undefined : requestContextOf(error.request, redactor);
  return {
    type: problemType(error.vendor, error.code, options?.typeBase),
    title: redactor.text(error.publicMessage),
    status,
    ...(options?.includeDetail === false ? {} : { detail: redactor.text(error.message) }),
    ...(options?.instance === undefined ? {} : { instance: options.instance }),
    vendor: error.vendor,
    code: error.code,
    kind: error.kind,
    action: error.action,
    retryable: retry.retryable,
    ...(retry.retryAfterMs === undefined ? {} : { retryAfterMs: retry.retryAfterMs }),
    ...(retryAt === undefined ? {} : { retryAt }),
    ...(error.rateLimit === undefined ? {} : { rateLimit: redactRateLimit(error.rateLimit, redactor) }),
    ...(error.issues.length === 0 ? {} : { issues: redactIssues(error.issues, redactor) }),
    ...(error.requestId === undefined ? {} : { requestId: redactor.text(error.requestId) }),
    ...(error.status === status ? {} : { upstreamStatus: error.status }),
    ...(details === undefined ? {} : { details }),
    ...(request === undefined ? {} : { request }),
  };
}
