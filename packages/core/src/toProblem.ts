import type { Action } from './action.ts';
import { redactedMessageOf, redactorOf, type ApiError, type Code } from './apiError.ts';
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

// The last time formatted: errors answered in the same millisecond share their retry time.
let lastEpochMs = Number.NaN;
let lastIso = '';

const twoDigits = (value: number): string => (value < 10 ? '0' : '') + String(value);

/**
 * `new Date(epochMs).toISOString()` for years 0000–9999 without building a Date (a third of the
 * cost; every problem with a retry time pays it): the civil date from the day count, as in
 * H. Hinnant's `civil_from_days`. Other times go through `Date`.
 */
function isoTime(epochMs: number | undefined): string | undefined {
  if (epochMs === undefined || !Number.isFinite(epochMs) || Math.abs(epochMs) > 8.64e15) return undefined;
  if (epochMs === lastEpochMs) return lastIso;
  const time = Math.trunc(epochMs);
  if (time < 0 || time >= 253_402_300_800_000) return new Date(time).toISOString();
  const days = Math.floor(time / 86_400_000);
  let rest = time - days * 86_400_000;
  const shifted = days + 719_468; // days since 0000-03-01
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  lastIso = `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}T${twoDigits(hours)}:${twoDigits(minutes)}:${twoDigits(seconds)}.${String(millis).padStart(3, '0')}Z`;
  lastEpochMs = epochMs;
  return lastIso;
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
    // An errata error's message is already redacted with this redactor: not scanned a second time.
    ...(options?.includeDetail === false ? {} : { detail: redactedMessageOf(error) ?? redactor.text(error.message) }),
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
