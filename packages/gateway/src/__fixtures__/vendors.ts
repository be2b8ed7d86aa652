// Small fake vendor modules, so the gateway is tested on vendor behaviour without depending on
// the real vendor packages (which depend on nothing but core either).
import {
  createApiError,
  defineVendor,
  isJsonObject,
  kindOfStatus,
  numberField,
  parseRateLimit,
  requestIdOf,
  retryAfter,
  retryFromHeaders,
  stringField,
  type ApiError,
  type FieldIssue,
  type VendorParser,
} from '@errata/core/vendor';

export type AcmeError = ApiError<'acme', string, { readonly type: string }>;

function acmeIssues(fields: unknown): FieldIssue[] {
  if (!Array.isArray(fields)) return [];
  const issues: FieldIssue[] = [];
  for (const field of fields) {
    if (!isJsonObject(field)) continue;
    const name = stringField(field, 'name');
    if (name !== undefined) issues.push({ path: [name], code: 'invalid', message: stringField(field, 'problem') ?? '' });
  }
  return issues;
}

/** `{ "error": { "type", "message", "retry_after"?, "fields"? } }`, request id in `acme-request-id`. */
export const acme: VendorParser<AcmeError> = defineVendor<AcmeError>({
  vendor: 'acme',
  detect(view) {
    const body = view.json();
    return isJsonObject(body) && isJsonObject(body.error) && stringField(body.error, 'type') !== undefined;
  },
  parseView(view, context) {
    const body = view.json();
    if (!isJsonObject(body) || !isJsonObject(body.error)) return undefined;
    const type = stringField(body.error, 'type');
    if (type === undefined) return undefined;
    const seconds = numberField(body.error, 'retry_after');
    const limited = type === 'rate_limited';
    return createApiError({
      vendor: 'acme',
      code: type,
      kind: limited ? 'resource-exhausted' : type === 'invalid_request' ? 'invalid-argument' : kindOfStatus(view.status),
      status: view.status,
      message: stringField(body.error, 'message') ?? type,
      retry: limited && seconds !== undefined ? retryAfter(seconds * 1000, 'body', context.now) : retryFromHeaders(view.status, view.headers, context.now),
      rateLimit: parseRateLimit(view.headers, context.now),
      issues: acmeIssues(body.error.fields),
      requestId: requestIdOf(view.headers, ['acme-request-id']),
      details: { type },
      source: view,
    });
  },
});

export type StatError = ApiError<'stat', number, undefined>;

/** Errors sent with HTTP 200: `{ "stat": "error", "code": 310, "error": "record_not_found" }`. */
export const stat: VendorParser<StatError> = defineVendor<StatError>({
  vendor: 'stat',
  detect(view) {
    const body = view.json();
    return isJsonObject(body) && body.stat === 'error';
  },
  parseView(view) {
    const body = view.json();
    if (!isJsonObject(body) || body.stat !== 'error') return undefined;
    const code = numberField(body, 'code') ?? 0;
    return createApiError({
      vendor: 'stat',
      code,
      kind: code === 310 ? 'not-found' : 'invalid-argument',
      status: view.status,
      message: stringField(body, 'error_description') ?? stringField(body, 'error') ?? 'error',
      source: view,
    });
  },
});

/** A vendor with a bug: its parser throws on everything. */
export const broken: VendorParser<ApiError<'broken'>> = defineVendor<ApiError<'broken'>>({
  vendor: 'broken',
  detect: () => true,
  parseView() {
    throw new Error('vendor bug');
  },
});

export type EchoError = ApiError<'echo', string>;

/**
 * A vendor that carries everything an upstream may echo: `{ code, message, request_id, issues:
 * [{ field, message }], details: <any JSON> }`. Its `details` become the problem's `details`.
 */
export const echo: VendorParser<EchoError> = defineVendor<EchoError>({
  vendor: 'echo',
  detect: (view) => isJsonObject(view.json()),
  parseView(view) {
    const body = view.json();
    if (!isJsonObject(body)) return undefined;
    const issues: FieldIssue[] = [];
    if (Array.isArray(body.issues)) {
      for (const issue of body.issues) {
        if (isJsonObject(issue)) issues.push({ path: [stringField(issue, 'field') ?? ''], code: 'invalid', message: stringField(issue, 'message') ?? '' });
      }
    }
    return createApiError({
      vendor: 'echo',
      code: stringField(body, 'code') ?? 'unknown',
      kind: kindOfStatus(view.status),
      status: view.status,
      message: stringField(body, 'message') ?? '',
      issues,
      requestId: stringField(body, 'request_id'),
      details: body.details,
      source: view,
    });
  },
});
