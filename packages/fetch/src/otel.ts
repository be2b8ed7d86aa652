import { isApiError, type ApiError } from '@errata/core';
import { requestContextOf } from './context.ts';

// OpenTelemetry semantic conventions (HTTP client spans, `error.type`, the `exception` event) by
// name: no dependency on any OpenTelemetry package. Attribute values are strings, numbers and
// booleans only, as the API requires; every string is redacted.

/** Span attributes: what `span.setAttributes()` takes. */
export type SpanAttributes = Record<string, string | number | boolean>;

/** The `exception` span event, for `span.addEvent(event.name, event.attributes)`. */
export interface SpanEvent {
  readonly name: 'exception';
  readonly attributes: SpanAttributes;
}

/** The parts of an OpenTelemetry `Span` that `recordError` calls. */
export interface SpanLike {
  setAttributes(attributes: SpanAttributes): unknown;
  addEvent(name: string, attributes?: SpanAttributes): unknown;
  setStatus(status: { code: number; message?: string }): unknown;
}

// SpanStatusCode.ERROR in @opentelemetry/api.
const STATUS_ERROR = 2;

function serverOf(url: string | undefined): { address: string; port: number | undefined } | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    const port = parsed.port === '' ? undefined : Number(parsed.port);
    return { address: parsed.hostname, port };
  } catch {
    return undefined;
  }
}

/**
 * `error.type` as the HTTP conventions ask: the status code as a string when the response had an
 * error status; the errata code of a request that got no response (`timeout`, `unreachable`,
 * `aborted`); `vendor.code` for an error sent with a success status (Discord's 202 "not ready").
 */
function errorType(error: ApiError): string {
  if (error.status >= 400) return String(error.status);
  return error.vendor === 'network' ? String(error.code) : `${error.vendor}.${String(error.code)}`;
}

function attributesOf(error: ApiError): SpanAttributes {
  const context = requestContextOf(error);
  const server = serverOf(context?.url);
  const json = error.toJSON();
  const attributes: SpanAttributes = {
    'error.type': errorType(error),
    'errata.vendor': error.vendor,
    'errata.code': String(json.code),
    'errata.kind': error.kind,
    'errata.action': error.action,
    'errata.retryable': error.retry.retryable,
  };
  if (error.status > 0) attributes['http.response.status_code'] = error.status;
  if (error.retry.retryAfterMs !== undefined) attributes['errata.retry_after_ms'] = error.retry.retryAfterMs;
  if (json.requestId !== undefined) attributes['errata.request_id'] = json.requestId;
  if (context?.method !== undefined) attributes['http.request.method'] = context.method;
  if (context !== undefined && context.attempts > 1) attributes['http.request.resend_count'] = context.attempts - 1;
  if (context?.url !== undefined) attributes['url.full'] = context.url;
  if (server !== undefined) {
    attributes['server.address'] = server.address;
    if (server.port !== undefined) attributes['server.port'] = server.port;
  }
  return attributes;
}

/**
 * Span attributes for an errata error, following the OpenTelemetry semantic conventions:
 * `error.type`, `http.response.status_code`, `http.request.method`, `http.request.resend_count`,
 * `server.address`, `server.port`, `url.full` (redacted), plus `errata.vendor`, `errata.code`,
 * `errata.kind`, `errata.action`, `errata.retryable`, `errata.retry_after_ms` and
 * `errata.request_id`. `{}` for anything that is not an errata error. Never throws.
 */
export function errorAttributes(error: unknown): SpanAttributes {
  try {
    return isApiError(error) ? attributesOf(error) : {};
  } catch {
    return {};
  }
}

/**
 * The `exception` event for an errata error (`exception.type`, the redacted `exception.message`
 * and `exception.stacktrace`), with the vendor and code. `undefined` for anything else. Never throws.
 */
export function errorEvent(error: unknown): SpanEvent | undefined {
  try {
    if (!isApiError(error)) return undefined;
    const json = error.toJSON();
    const attributes: SpanAttributes = {
      'exception.type': error.name,
      'exception.message': json.message,
      'errata.vendor': error.vendor,
      'errata.code': String(json.code),
    };
    const { stack } = error;
    if (typeof stack === 'string' && stack.includes('\n')) attributes['exception.stacktrace'] = stack;
    return { name: 'exception', attributes };
  } catch {
    return undefined;
  }
}

/**
 * Records an errata error on a span: its attributes, the `exception` event, and the error status
 * with the redacted message. Does nothing for values that are not errata errors. Never throws.
 *
 * ```ts
 * try { await fetch(url) } catch (error) { recordError(span, error); throw error }
 * ```
 */
export function recordError(span: SpanLike, error: unknown): void {
  const event = errorEvent(error);
  if (event === undefined) return;
  try {
    span.setAttributes(errorAttributes(error));
    span.addEvent(event.name, event.attributes);
    span.setStatus({ code: STATUS_ERROR, message: String(event.attributes['exception.message']) });
  } catch {
    // A broken span must not turn the caller's error handling into a crash.
  }
}
