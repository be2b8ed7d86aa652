// Names the root entry still exports for the vendor packages, the gateway, the CLI and the tooling
// that import them from here today. Each is deprecated: the kit lives in `@errata/core/vendor`, and
// the internals are going away. They leave the root once those packages have moved.
//
// Said in prose ("Deprecated: …"), not with the `@deprecated` tag: the shared ESLint config makes
// `@typescript-eslint/no-deprecated` an error, so the tag would fail the lint of every package that
// still imports them, before it has had the chance to move.
import * as parsing from './defineVendor.ts';
import * as json from './json.ts';
import * as retry from './retry.ts';
import * as kit from './vendor.ts';

/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const DEFAULT_MAX_BODY_BYTES: typeof kit.DEFAULT_MAX_BODY_BYTES = kit.DEFAULT_MAX_BODY_BYTES;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const DEFAULT_MAX_RETRY_AFTER_MS: typeof kit.DEFAULT_MAX_RETRY_AFTER_MS = kit.DEFAULT_MAX_RETRY_AFTER_MS;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const NO_RETRY: typeof kit.NO_RETRY = kit.NO_RETRY;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const RETRY: typeof kit.RETRY = kit.RETRY;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const retryAfter: typeof kit.retryAfter = kit.retryAfter;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const REDACTED: typeof kit.REDACTED = kit.REDACTED;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const SENSITIVE_HEADERS: typeof kit.SENSITIVE_HEADERS = kit.SENSITIVE_HEADERS;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const SENSITIVE_PARAMS: typeof kit.SENSITIVE_PARAMS = kit.SENSITIVE_PARAMS;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const redactHeaderValue: typeof kit.redactHeaderValue = kit.redactHeaderValue;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const redactText: typeof kit.redactText = kit.redactText;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const redactUrl: typeof kit.redactUrl = kit.redactUrl;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const createApiError: typeof kit.createApiError = kit.createApiError;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const createParseContext: typeof kit.createParseContext = kit.createParseContext;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const defineVendor: typeof kit.defineVendor = kit.defineVendor;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const defineGuard: typeof kit.defineGuard = kit.defineGuard;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const isJsonObject: typeof kit.isJsonObject = kit.isJsonObject;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const numberField: typeof kit.numberField = kit.numberField;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const stringField: typeof kit.stringField = kit.stringField;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const isRetryableStatus: typeof kit.isRetryableStatus = kit.isRetryableStatus;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const retryFromHeaders: typeof kit.retryFromHeaders = kit.retryFromHeaders;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const kindOfStatus: typeof kit.kindOfStatus = kit.kindOfStatus;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const parseDecimal: typeof kit.parseDecimal = kit.parseDecimal;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const parseRateLimit: typeof kit.parseRateLimit = kit.parseRateLimit;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const parseHttpDate: typeof kit.parseHttpDate = kit.parseHttpDate;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const parseRetryAfter: typeof kit.parseRetryAfter = kit.parseRetryAfter;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const parseStructuredField: typeof kit.parseStructuredField = kit.parseStructuredField;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const readHeaders: typeof kit.readHeaders = kit.readHeaders;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const requestIdOf: typeof kit.requestIdOf = kit.requestIdOf;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export const viewOf: typeof kit.viewOf = kit.viewOf;
/** Deprecated: use `actionOf` from `@errata/core/vendor`; it leaves this entry in a later release. */
export const actionOfRetry: typeof retry.actionOfRetry = retry.actionOfRetry;
/** Deprecated and internal (it leaves this entry in a later release): read JSON with `viewOf` from `@errata/core/vendor`. */
export const JsonRejection: typeof json.JsonRejection = json.JsonRejection;
/** Deprecated and internal (it leaves this entry in a later release): read JSON with `viewOf` from `@errata/core/vendor`. */
export const parseJsonValue: typeof json.parseJsonValue = json.parseJsonValue;
/** Deprecated and internal (it leaves this entry in a later release): `viewOf` copies already-parsed bodies. */
export const copyJson: typeof json.copyJson = json.copyJson;
/** Deprecated and internal (it leaves this entry in a later release): `viewOf` applies the depth cap. */
export const exceedsDepth: typeof json.exceedsDepth = json.exceedsDepth;
/** Deprecated and internal (it leaves this entry in a later release): parse with one vendor through `createRegistry(modules).parse(parts, { vendor })`. */
export const parseViewWith: typeof parsing.parseViewWith = parsing.parseViewWith;
/** Deprecated and internal (it leaves this entry in a later release): use `defineVendor(module).parse`. */
export const parseWith: typeof parsing.parseWith = parsing.parseWith;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export type HeaderReader = kit.HeaderReader;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export type JsonObject = kit.JsonObject;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export type ParseContext = kit.ParseContext;
/** Deprecated: import it from `@errata/core/vendor`; it leaves this entry in a later release. */
export type ResponseView = kit.ResponseView;
