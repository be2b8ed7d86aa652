import type { Action } from './action.ts';
import type { ApiError, Code } from './apiError.ts';
import { SERIAL_VERSION } from './brand.ts';
import type { FieldIssue } from './fieldIssue.ts';
import type { Kind } from './kind.ts';
import type { RateLimitSnapshot } from './rateLimitSnapshot.ts';
import type { Redactor } from './redact.ts';
import { requestContextOf, type RequestContext } from './requestContext.ts';
import type { RetryAdvice } from './retry.ts';

/** The plain, versioned form of an error: what `toJSON()` writes and `rehydrate()` reads. */
export interface SerializedApiError {
  readonly errata: typeof SERIAL_VERSION;
  readonly vendor: string;
  readonly code: Code;
  readonly kind: Kind;
  readonly status: number;
  readonly message: string;
  readonly publicMessage: string;
  readonly action: Action;
  readonly retry: RetryAdvice;
  readonly rateLimit?: RateLimitSnapshot;
  readonly issues: readonly FieldIssue[];
  readonly requestId?: string;
  /** A redacted, size-capped copy of the vendor's details. */
  readonly details?: unknown;
  /** Name, redacted message and code of the cause (and of its causes); never the cause object itself. */
  readonly cause?: unknown;
  /** The request the error came from (method, redacted URL, attempts, total delay), when recorded. */
  readonly request?: RequestContext;
}

// Field issues are capped like `sanitizeIssues` caps them on the way back in.
const MAX_ISSUES = 1000;

/** Issues with messages, codes and string path parts redacted. Internal. */
export function redactIssues(issues: readonly FieldIssue[], redactor: Redactor): FieldIssue[] {
  return issues.slice(0, MAX_ISSUES).map(({ path, code, message }) => ({
    path: path.map((part) => (typeof part === 'string' ? redactor.text(part) : part)),
    code: redactor.text(code),
    message: redactor.text(message),
  }));
}

/** A rate-limit snapshot with its header-supplied strings (bucket, scope) redacted. Internal. */
export function redactRateLimit(rateLimit: RateLimitSnapshot, redactor: Redactor): RateLimitSnapshot {
  const { bucket, scope } = rateLimit;
  return {
    ...rateLimit,
    ...(bucket === undefined ? {} : { bucket: redactor.text(bucket) }),
    ...(scope === undefined ? {} : { scope: redactor.text(scope) }),
  };
}

export function toSerialized(error: ApiError, cause: unknown, redactor: Redactor): SerializedApiError {
  const details = error.details === undefined ? undefined : redactor.value(error.details);
  // Redacted again on the way out, with the error's redactor as it is now.
  const request = error.request === undefined ? undefined : requestContextOf(error.request, redactor);
  return {
    errata: SERIAL_VERSION,
    vendor: error.vendor,
    code: error.code,
    kind: error.kind,
    status: error.status,
    message: redactor.text(error.message),
    publicMessage: redactor.text(error.publicMessage),
    action: error.action,
    retry: error.retry,
    ...(error.rateLimit === undefined ? {} : { rateLimit: redactRateLimit(error.rateLimit, redactor) }),
    issues: redactIssues(error.issues, redactor),
    ...(error.requestId === undefined ? {} : { requestId: redactor.text(error.requestId) }),
    ...(details === undefined ? {} : { details }),
    ...(cause === undefined ? {} : { cause }),
    ...(request === undefined ? {} : { request }),
  };
}
