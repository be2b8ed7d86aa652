// Names the root entry still exports for the vendor packages, the gateway, the CLI and the tooling
// that import them from here today. Each is deprecated: the kit lives in `@errata/core/vendor`, and
// the internals are going away. They leave the root once those packages have moved.
import * as parsing from './defineVendor.ts';
import * as json from './json.ts';
import * as retry from './retry.ts';
import * as kit from './vendor.ts';

/** @deprecated Import it from `@errata/core/vendor`. */
export const DEFAULT_MAX_BODY_BYTES: typeof kit.DEFAULT_MAX_BODY_BYTES = kit.DEFAULT_MAX_BODY_BYTES;
/** @deprecated Import it from `@errata/core/vendor`. */
export const DEFAULT_MAX_RETRY_AFTER_MS: typeof kit.DEFAULT_MAX_RETRY_AFTER_MS = kit.DEFAULT_MAX_RETRY_AFTER_MS;
/** @deprecated Import it from `@errata/core/vendor`. */
export const NO_RETRY: typeof kit.NO_RETRY = kit.NO_RETRY;
/** @deprecated Import it from `@errata/core/vendor`. */
export const RETRY: typeof kit.RETRY = kit.RETRY;
/** @deprecated Import it from `@errata/core/vendor`. */
export const retryAfter: typeof kit.retryAfter = kit.retryAfter;
/** @deprecated Import it from `@errata/core/vendor`. */
export const REDACTED: typeof kit.REDACTED = kit.REDACTED;
/** @deprecated Import it from `@errata/core/vendor`. */
export const SENSITIVE_HEADERS: typeof kit.SENSITIVE_HEADERS = kit.SENSITIVE_HEADERS;
/** @deprecated Import it from `@errata/core/vendor`. */
export const SENSITIVE_PARAMS: typeof kit.SENSITIVE_PARAMS = kit.SENSITIVE_PARAMS;
/** @deprecated Import it from `@errata/core/vendor`. */
export const redactHeaderValue: typeof kit.redactHeaderValue = kit.redactHeaderValue;
/** @deprecated Import it from `@errata/core/vendor`. */
export const redactText: typeof kit.redactText = kit.redactText;
/** @deprecated Import it from `@errata/core/vendor`. */
export const redactUrl: typeof kit.redactUrl = kit.redactUrl;
/** @deprecated Import it from `@errata/core/vendor`. */
export const createApiError: typeof kit.createApiError = kit.createApiError;
/** @deprecated Import it from `@errata/core/vendor`. */
export const createParseContext: typeof kit.createParseContext = kit.createParseContext;
/** @deprecated Import it from `@errata/core/vendor`. */
export const defineVendor: typeof kit.defineVendor = kit.defineVendor;
/** @deprecated Import it from `@errata/core/vendor`. */
export const defineGuard: typeof kit.defineGuard = kit.defineGuard;
/** @deprecated Import it from `@errata/core/vendor`. */
export const isJsonObject: typeof kit.isJsonObject = kit.isJsonObject;
/** @deprecated Import it from `@errata/core/vendor`. */
export const numberField: typeof kit.numberField = kit.numberField;
/** @deprecated Import it from `@errata/core/vendor`. */
export const stringField: typeof kit.stringField = kit.stringField;
/** @deprecated Import it from `@errata/core/vendor`. */
export const isRetryableStatus: typeof kit.isRetryableStatus = kit.isRetryableStatus;
/** @deprecated Import it from `@errata/core/vendor`. */
export const retryFromHeaders: typeof kit.retryFromHeaders = kit.retryFromHeaders;
/** @deprecated Import it from `@errata/core/vendor`. */
export const kindOfStatus: typeof kit.kindOfStatus = kit.kindOfStatus;
/** @deprecated Import it from `@errata/core/vendor`. */
export const parseDecimal: typeof kit.parseDecimal = kit.parseDecimal;
/** @deprecated Import it from `@errata/core/vendor`. */
export const parseRateLimit: typeof kit.parseRateLimit = kit.parseRateLimit;
/** @deprecated Import it from `@errata/core/vendor`. */
export const parseHttpDate: typeof kit.parseHttpDate = kit.parseHttpDate;
/** @deprecated Import it from `@errata/core/vendor`. */
export const parseRetryAfter: typeof kit.parseRetryAfter = kit.parseRetryAfter;
/** @deprecated Import it from `@errata/core/vendor`. */
export const parseStructuredField: typeof kit.parseStructuredField = kit.parseStructuredField;
/** @deprecated Import it from `@errata/core/vendor`. */
export const readHeaders: typeof kit.readHeaders = kit.readHeaders;
/** @deprecated Import it from `@errata/core/vendor`. */
export const requestIdOf: typeof kit.requestIdOf = kit.requestIdOf;
/** @deprecated Import it from `@errata/core/vendor`. */
export const viewOf: typeof kit.viewOf = kit.viewOf;
/** @deprecated Use `actionOf` from `@errata/core/vendor`. */
export const actionOfRetry: typeof retry.actionOfRetry = retry.actionOfRetry;
/** @deprecated Internal: read JSON with `viewOf` from `@errata/core/vendor`. */
export const JsonRejection: typeof json.JsonRejection = json.JsonRejection;
/** @deprecated Internal: read JSON with `viewOf` from `@errata/core/vendor`. */
export const parseJsonValue: typeof json.parseJsonValue = json.parseJsonValue;
/** @deprecated Internal: `viewOf` copies already-parsed bodies. */
export const copyJson: typeof json.copyJson = json.copyJson;
/** @deprecated Internal: `viewOf` applies the depth cap. */
export const exceedsDepth: typeof json.exceedsDepth = json.exceedsDepth;
/** @deprecated Internal: parse with one vendor through `createRegistry(modules).parse(parts, { vendor })`. */
export const parseViewWith: typeof parsing.parseViewWith = parsing.parseViewWith;
/** @deprecated Internal: use `defineVendor(module).parse`. */
export const parseWith: typeof parsing.parseWith = parsing.parseWith;
/** @deprecated Import it from `@errata/core/vendor`. */
export type HeaderReader = kit.HeaderReader;
/** @deprecated Import it from `@errata/core/vendor`. */
export type JsonObject = kit.JsonObject;
/** @deprecated Import it from `@errata/core/vendor`. */
export type ParseContext = kit.ParseContext;
/** @deprecated Import it from `@errata/core/vendor`. */
export type ResponseView = kit.ResponseView;
