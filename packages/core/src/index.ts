/**
 * `@errata/core`: what an application needs to handle errors from any errata vendor package:
 * guards, kinds and actions, problem details both ways, rehydration, the registry that composes
 * vendors, and fetch failures in the same shape. Vendor authors import `@errata/core/vendor`.
 *
 * @module
 */

// Guards.
export { isApiError } from './isApiError.ts';
export { hasKind, isRetryable } from './guards.ts';
export type { VendorGuard, WithCode } from './guards.ts';

// The error value.
export type { ApiError, Code, OrUnknown, ResponseMeta } from './apiError.ts';
export { Kind, isKind, statusOfKind } from './kind.ts';
export { Action, isAction } from './action.ts';
export { formatPath } from './fieldIssue.ts';
export type { FieldIssue } from './fieldIssue.ts';
export type { RetryAdvice, RetrySource } from './retry.ts';
export type { RateLimitSnapshot } from './rateLimitSnapshot.ts';
export type { HttpError, HttpErrorDetails } from './httpError.ts';
export { networkErrorOf } from './networkError.ts';
export type { NetworkError, NetworkErrorOptions } from './networkError.ts';

// The request an error came from, and a cause, recorded after the error was built (a client that retries).
export { annotate } from './apiError.ts';
export type { Annotation } from './apiError.ts';
export type { RequestContext } from './requestContext.ts';

// Problem details (RFC 9457), serialization and rehydration.
export { toProblem } from './toProblem.ts';
export type { ProblemDetails, ProblemOptions } from './toProblem.ts';
export { DEFAULT_PROBLEM_TYPE_BASE, parseProblemType, problemType } from './problemType.ts';
export { fromProblem, rehydrate } from './rehydrate.ts';
export type { SerializedApiError } from './toSerialized.ts';

// Composition and parsing options.
export { createRegistry } from './registry.ts';
export type { Registry, RegistryOptions, RegistryParseOptions, Route } from './registry.ts';
export type { ParseOptions, ParseResult, Specificity, VendorModule, VendorParser } from './defineVendor.ts';
export type { BodyError, ReadLimits, ResponseLike, ResponseParts } from './view.ts';
export type { HeaderInput } from './headers.ts';
export type { JsonFailure } from './json.ts';

// Your own secrets on every surface of the errors you get.
export { createRedactor } from './redact.ts';
export { redactWith } from './apiError.ts';
export type { Redactor, RedactorOptions } from './redact.ts';

