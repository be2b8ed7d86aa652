import { createApiError, type ApiError } from './apiError.ts';
import { SERIAL_VERSION } from './brand.ts';
import { isApiError } from './isApiError.ts';
import { isJsonObject, numberField, stringField, type JsonObject } from './json.ts';
import { isKind, kindOfStatus } from './kind.ts';
import { parseProblemType } from './problemType.ts';
import { codeField, sanitizeAction, sanitizeIssues, sanitizeRateLimit, sanitizeRetry } from './sanitize.ts';
import type { ResponseView } from './view.ts';

function statusField(value: JsonObject, key: string): number | undefined {
  const status = numberField(value, key);
  return status !== undefined && Number.isInteger(status) && status >= 0 && status <= 999 ? status : undefined;
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
    publicMessage: stringField(value, 'publicMessage'),
    action: sanitizeAction(value.action),
    retry: sanitizeRetry(value.retry),
    rateLimit: sanitizeRateLimit(value.rateLimit),
    issues: sanitizeIssues(value.issues),
    requestId: stringField(value, 'requestId'),
    details: value.details,
    cause: value.cause,
  });
}

/**
 * Builds an error from an RFC 9457 problem details object: one errata wrote (its extension
 * members are read back) or any other (vendor `problem`, code = its `type`). `undefined` when the
 * value is not a problem object. `source` is the response it came in, kept as on parsed errors.
 */
export function fromProblem(value: unknown, source?: ResponseView): ApiError | undefined {
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
    publicMessage: title,
    action: sanitizeAction(value.action),
    retry: {
      retryable,
      ...(retryAfterMs === undefined || retryAfterMs < 0 ? {} : { retryAfterMs }),
      ...(retryAt === undefined || Number.isNaN(retryAt) ? {} : { retryAt }),
    },
    rateLimit: sanitizeRateLimit(value.rateLimit),
    issues: sanitizeIssues(value.issues),
    requestId: stringField(value, 'requestId'),
    source,
  });
}

/**
 * Rebuilds an error from what `toJSON()` or `toProblem()` wrote (after JSON, `postMessage`,
 * `structuredClone` or a worker boundary stripped its prototype). Returns errors unchanged and
 * `undefined` for anything else. Never throws.
 */
export function rehydrate(value: unknown): ApiError | undefined {
  if (isApiError(value)) return value;
  if (!isJsonObject(value)) return undefined;
  if (value.errata === SERIAL_VERSION) return fromSerialized(value);
  return fromProblem(value);
}
