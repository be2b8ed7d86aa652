import { createApiError, type ApiError } from './apiError.ts';
import { SERIAL_VERSION } from './brand.ts';
import { isApiError } from './isApiError.ts';
import { isJsonObject, numberField, stringField, type JsonObject } from './json.ts';
import { isKind, kindOfStatus } from './kind.ts';
import { parseProblemType } from './problemType.ts';
import { DEFAULT_REDACTOR, redactText } from './redact.ts';
import { requestContextOf } from './requestContext.ts';
import { codeField, sanitizeAction, sanitizeIssues, sanitizeRateLimit, sanitizeRetry } from './sanitize.ts';
import type { ResponseView } from './view.ts';

function statusField(value: JsonObject, key: string): number | undefined {
  const status = numberField(value, key);
  return status !== undefined && Number.isInteger(status) && status >= 0 && status <= 999 ? status : undefined;
}

// What is shown to end users comes from outside here: mask it now, not only on the way out.
function publicMessageField(value: JsonObject, key: string): string | undefined {
  const text = stringField(value, key);
  return text === undefined ? undefined : redactText(text);
}

function fromSerialized(value: JsonObject): ApiError | undefined {
  const vendor = stringField(value, 'vendor');
  const code = codeField(value, 'code');
  const status = statusField(value, 'status');
  if (vendor === undefined || code === undefined || status === undefined) return undefined;
  return createApiError({
    vendor,
    code,
    kind: isKind(value.kind) ? value.kind : kindOfStatus(status),
    status,
    message: stringField(value, 'message') ?? '',
    publicMessage: publicMessageField(value, 'publicMessage'),
    action: sanitizeAction(value.action),
    retry: sanitizeRetry(value.retry),
    rateLimit: sanitizeRateLimit(value.rateLimit),
    issues: sanitizeIssues(value.issues),
    requestId: stringField(value, 'requestId'),
    details: value.details,
    cause: value.cause,
    request: requestContextOf(Object.hasOwn(value, 'request') ? value.request : undefined, DEFAULT_REDACTOR),
  });
}

/**
 * Builds an error from an RFC 9457 problem details object: one errata wrote (its extension
 * members are read back) or any other (vendor `problem`, code = its `type`). `undefined` when the
 * value is not a problem object. `source` is the response it came in, kept as on parsed errors.
 */
export function fromProblem(value: unknown, source?: ResponseView): ApiError | undefined {
  try {
    return problemError(value, source);
  } catch {
    // A Proxy or a throwing getter is not a problem document.
    return undefined;
  }
}

function problemError(value: unknown, source: ResponseView | undefined): ApiError | undefined {
  if (!isJsonObject(value)) return undefined;
  const explicitType = stringField(value, 'type');
  const title = stringField(value, 'title');
  // Every member is optional in RFC 9457; demanding `type` or `title` keeps arbitrary objects out.
  if (explicitType === undefined && title === undefined) return undefined;
  const type = explicitType ?? 'about:blank';
  const status = statusField(value, 'status');
  const fromType = parseProblemType(type);
  const httpStatus = statusField(value, 'upstreamStatus') ?? status ?? 0;
  const retryable = value.retryable === true;
  const retryAfterMs = numberField(value, 'retryAfterMs');
  const retryAtText = stringField(value, 'retryAt');
  const retryAt = retryAtText === undefined ? undefined : Date.parse(retryAtText);
  return createApiError({
    vendor: stringField(value, 'vendor') ?? fromType?.vendor ?? 'problem',
    code: codeField(value, 'code') ?? fromType?.code ?? type,
    kind: isKind(value.kind) ? value.kind : kindOfStatus(status ?? 0),
    status: httpStatus,
    message: stringField(value, 'detail') ?? title ?? '',
    publicMessage: publicMessageField(value, 'title'),
    action: sanitizeAction(value.action),
    retry: {
      retryable,
      ...(retryAfterMs === undefined || retryAfterMs < 0 ? {} : { retryAfterMs }),
      ...(retryAt === undefined || Number.isNaN(retryAt) ? {} : { retryAt }),
    },
    rateLimit: sanitizeRateLimit(value.rateLimit),
    issues: sanitizeIssues(value.issues),
    requestId: stringField(value, 'requestId'),
    ...(Object.hasOwn(value, 'details') ? { details: value.details } : {}),
    request: requestContextOf(Object.hasOwn(value, 'request') ? value.request : undefined, DEFAULT_REDACTOR),
    source,
  });
}

/**
 * Rebuilds an error from what `toJSON()` or `toProblem()` wrote, or from a `structuredClone` /
 * `postMessage` copy of an error (its own data, `errata` marker included), after JSON, a worker or
 * a realm boundary stripped the prototype. Returns errors unchanged and `undefined` for anything
 * else. Never throws.
 */
export function rehydrate(value: unknown): ApiError | undefined {
  if (isApiError(value)) return value;
  try {
    if (!isJsonObject(value)) return undefined;
    return value.errata === SERIAL_VERSION ? fromSerialized(value) : problemError(value, undefined);
  } catch {
    return undefined;
  }
}
