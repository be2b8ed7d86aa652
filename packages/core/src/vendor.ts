/**
 * `@errata/core/vendor`: the kit for writing an errata vendor package. A vendor module is a plain
 * object made with `defineVendor`; its parser reads the response through the view core hands it
 * (body, headers and JSON readers that never throw), classifies each code with a `CodePolicy`
 * (kept in a catalog made with `defineCatalog`), builds retry advice with `retryAdviceOf` and the
 * action with `actionOf`, and returns `createApiError(…)`. Applications import `@errata/core`.
 *
 * @module
 */

// The module object, the error value and the guard.
export { createParseContext, defineVendor, isErrorStatus } from './defineVendor.ts';
export type { ParseContext, ParseOptions, ParseResult, Specificity, VendorModule, VendorParser } from './defineVendor.ts';
export { createApiError, redactWith } from './apiError.ts';
export type { ApiError, ApiErrorInit, Code, OrUnknown, ResponseMeta } from './apiError.ts';
export type { RequestContext } from './requestContext.ts';
export { defineGuard } from './guards.ts';
export type { VendorGuard, WithCode } from './guards.ts';
export type { FieldIssue } from './fieldIssue.ts';
export type { Action } from './action.ts';
export type { Kind } from './kind.ts';
export { kindOfStatus } from './kind.ts';

// Reading the response: the view, headers and JSON fields.
export { DEFAULT_MAX_BODY_BYTES, viewOf } from './view.ts';
export type { BodyError, ReadLimits, ResponseParts, ResponseView } from './view.ts';
export { readHeaders } from './headers.ts';
export type { HeaderInput, HeaderReader } from './headers.ts';
export { isJsonObject, numberField, stringField } from './json.ts';
export type { JsonFailure, JsonObject } from './json.ts';
export { requestIdOf } from './requestId.ts';

// Header values: Retry-After, HTTP dates, structured fields, rate limits.
export { DEFAULT_MAX_RETRY_AFTER_MS, parseRetryAfter } from './retryAfter.ts';
export { parseHttpDate } from './httpDate.ts';
export { parseStructuredField } from './structuredField.ts';
export type { FieldMember } from './structuredField.ts';
export { parseDecimal, parseRateLimit } from './rateLimit.ts';
export type { RateLimitSnapshot } from './rateLimitSnapshot.ts';

// Policy: what a code means, retry advice and the next action.
export { actionOf, retryAdviceOf } from './policy.ts';
export type { CodePolicy } from './policy.ts';
export { NO_RETRY, RETRY, retryAfter } from './retry.ts';
export type { RetryAdvice, RetrySource } from './retry.ts';
export { isRetryableStatus, retryFromHeaders } from './statusRetry.ts';
export { defineCatalog } from './catalog.ts';
export type { Catalog, CatalogEntry, Provenance } from './catalog.ts';
export { isOAuthCodeText, oauthPolicyOf } from './oauth.ts';
export type { OAuthErrorCode } from './oauth.ts';

// Redaction, for what a vendor shows or echoes beyond the error's own surfaces.
export { createRedactor, REDACTED, redactHeaderValue, redactText, redactUrl, secretForms, SENSITIVE_HEADERS, SENSITIVE_PARAMS } from './redact.ts';
export type { Redactor, RedactorOptions } from './redact.ts';
