export { Action, isAction } from './action.ts';
export { BODY_EXCERPT_LENGTH, createApiError, redactWith } from './apiError.ts';
export type { ApiError, ApiErrorInit, Code, OrUnknown, ResponseMeta } from './apiError.ts';
export { ERROR_BRAND, SERIAL_VERSION } from './brand.ts';
export { captureStack } from './captureStack.ts';
export { formatPath } from './fieldIssue.ts';
export type { FieldIssue } from './fieldIssue.ts';
export { defineGuard, hasKind, isRetryable } from './guards.ts';
export type { VendorGuard, WithCode } from './guards.ts';
export { MAX_HEADER_COUNT, readHeaders } from './headers.ts';
export type { HeaderInput, HeaderReader } from './headers.ts';
export { parseHttpDate } from './httpDate.ts';
export { EXCERPT_LENGTH, httpErrorOf } from './httpError.ts';
export type { HttpError, HttpErrorDetails } from './httpError.ts';
export { isApiError } from './isApiError.ts';
export {
  copyJson,
  DEFAULT_MAX_JSON_DEPTH,
  DEFAULT_MAX_JSON_LENGTH,
  exceedsDepth,
  isJsonObject,
  numberField,
  ownEntries,
  JsonRejection,
  MAX_JSON_DEPTH,
  MAX_LIMIT,
  parseJson,
  parseJsonValue,
  stringField,
} from './json.ts';
export type { JsonFailure, JsonLimits, JsonObject, JsonResult } from './json.ts';
export { isKind, Kind, kindOfStatus, statusOfKind } from './kind.ts';
export { networkErrorOf } from './networkError.ts';
export type { NetworkError } from './networkError.ts';
export { DEFAULT_PROBLEM_TYPE_BASE, parseProblemType, problemType } from './problemType.ts';
export { publicMessageOf } from './publicMessage.ts';
export { parseDecimal, parseRateLimit, resetToEpochMs } from './rateLimit.ts';
export type { RateLimitSnapshot } from './rateLimitSnapshot.ts';
export { createRedactor, REDACTED, redactHeaderValue, redactText, redactUrl, SENSITIVE_HEADERS, SENSITIVE_PARAMS } from './redact.ts';
export type { Redactor, RedactorOptions } from './redact.ts';
export { createRegistry } from './registry.ts';
export type { Registry, RegistryOptions, RegistryParseOptions, Route } from './registry.ts';
export { fromProblem, rehydrate } from './rehydrate.ts';
export { REQUEST_ID_HEADERS, requestIdOf } from './requestId.ts';
export { actionOfRetry, NO_RETRY, RETRY, retryAfter } from './retry.ts';
export type { RetryAdvice, RetrySource } from './retry.ts';
export { DEFAULT_MAX_RETRY_AFTER_MS, parseRetryAfter } from './retryAfter.ts';
export { isRetryableStatus, retryFromHeaders } from './statusRetry.ts';
export { parseStructuredField } from './structuredField.ts';
export type { FieldMember } from './structuredField.ts';
export { MAX_PROBLEM_DETAILS_LENGTH, toProblem } from './toProblem.ts';
export type { ProblemDetails, ProblemOptions } from './toProblem.ts';
export type { SerializedApiError } from './toSerialized.ts';
export { createParseContext, defineVendor, isErrorStatus, parseViewWith, parseWith } from './vendor.ts';
export type { ParseContext, ParseOptions, ParseResult, VendorModule, VendorParser } from './vendor.ts';
export { DEFAULT_BODY_TIMEOUT_MS, DEFAULT_MAX_BODY_BYTES, isResponseLike, readResponse, viewOf } from './view.ts';
export type { BodyError, ReadLimits, ResponseLike, ResponseParts, ResponseView } from './view.ts';
