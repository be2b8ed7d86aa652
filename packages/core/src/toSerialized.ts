import type { Action } from './action.ts';
import type { ApiError, Code } from './apiError.ts';
import { SERIAL_VERSION } from './brand.ts';
import type { FieldIssue } from './fieldIssue.ts';
import type { Kind } from './kind.ts';
import type { RateLimitSnapshot } from './rateLimitSnapshot.ts';
import { redactText } from './redact.ts';
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
  readonly details?: unknown;
  /** Name, redacted message and code of the cause; never the cause object itself. */
  readonly cause?: unknown;
}

export function toSerialized(error: ApiError, cause: unknown): SerializedApiError {
  return {
    errata: SERIAL_VERSION,
    vendor: error.vendor,
    code: error.code,
    kind: error.kind,
    status: error.status,
    message: redactText(error.message),
    publicMessage: error.publicMessage,
    action: error.action,
    retry: error.retry,
    ...(error.rateLimit === undefined ? {} : { rateLimit: error.rateLimit }),
    issues: error.issues,
    ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
    ...(error.details === undefined ? {} : { details: error.details }),
    ...(cause === undefined ? {} : { cause }),
  };
}
