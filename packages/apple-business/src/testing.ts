// Test builders: Apple Business Connect's exact wire responses and ready error values.
import type { ResponseParts } from '@errata/core';
import { buildResponse } from '@errata/core/testing';
import { appleBusinessCatalog, appleBusinessReasonCatalog } from './catalog/index.ts';
import { REQUEST_ID_HEADER } from './parse.ts';
import { splitCode } from './splitCode.ts';
import { appleBusiness } from './vendor.ts';
import type { AppleBusinessCode, AppleBusinessError } from './types.ts';

export * as appleBusinessFixtures from './fixtures.ts';
export type { AppleBusinessFixture } from './fixtures.ts';

/** One element of the error array. */
export interface AppleBusinessItemSpec {
  readonly code: AppleBusinessCode;
  /** Defaults to the catalog's template for a known code. */
  readonly message?: string;
  readonly context?: Readonly<Record<string, unknown>>;
  readonly details?: unknown;
  readonly severity?: string;
}

interface ResponseOptions {
  /** Defaults to the status the catalog gives the primary code, else 400. */
  readonly status?: number;
  /** Sent as `apple-request-id`. */
  readonly requestId?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A single item, or several with `errors`. */
export type AppleBusinessErrorSpec = ResponseOptions & (AppleBusinessItemSpec | { readonly errors: readonly AppleBusinessItemSpec[] });

export interface AppleBusinessOAuthSpec {
  readonly error: AppleBusinessCode;
  readonly description?: string;
  /** Defaults to 400, or 500 for server errors. */
  readonly status?: number;
  readonly requestId?: string;
}

function itemsOf(spec: AppleBusinessErrorSpec): readonly AppleBusinessItemSpec[] {
  return 'errors' in spec ? spec.errors : [spec];
}

function defaultStatus(code: string): number {
  const entry = appleBusinessCatalog.get(code);
  if (entry?.format === 'error-list') return entry.statuses[0] ?? 400;
  return appleBusinessReasonCatalog.get(splitCode(code).reason)?.statuses[0] ?? 400;
}

/** The first documented template of a known array-format code. */
function templateOf(code: string): string | undefined {
  const entry = appleBusinessCatalog.get(code);
  return entry?.format === 'error-list' ? entry.templates[0] : undefined;
}

/** The JSON body for items: known codes get their documented template when no message is given. */
export function appleBusinessErrorBody(items: readonly AppleBusinessItemSpec[]): Record<string, unknown>[] {
  return items.map((item) => {
    const message = item.message ?? templateOf(item.code);
    return {
      code: item.code,
      ...(message === undefined ? {} : { message }),
      ...(item.severity === undefined ? {} : { severity: item.severity }),
      ...(item.context === undefined ? {} : { context: item.context }),
      ...(item.details === undefined ? {} : { details: item.details }),
    };
  });
}

function headersOf(options: ResponseOptions): Record<string, string> {
  return {
    'content-type': 'application/json',
    ...(options.requestId === undefined ? {} : { [REQUEST_ID_HEADER]: options.requestId }),
    ...options.headers,
  };
}

/** Already-read parts (body as JSON text), for the synchronous `appleBusiness.parse(parts)`. */
export function appleBusinessParts(spec: AppleBusinessErrorSpec): ResponseParts {
  const items = itemsOf(spec);
  const first = items.find((item) => item.severity !== 'INFO' && item.severity !== 'WARNING') ?? items[0];
  return {
    status: spec.status ?? defaultStatus(first?.code ?? ''),
    headers: headersOf(spec),
    body: JSON.stringify(appleBusinessErrorBody(items)),
  };
}

/** A real fetch `Response` carrying an Apple Business error array. */
export function buildAppleBusinessResponse(spec: AppleBusinessErrorSpec): Response {
  const parts = appleBusinessParts(spec);
  return buildResponse({ status: parts.status, headers: headersOf(spec), body: parts.body });
}

/** Parts for an OAuth token-endpoint error. */
export function appleBusinessOAuthParts(spec: AppleBusinessOAuthSpec): ResponseParts {
  const status = spec.status ?? (spec.error === 'internal_server_error' || spec.error === 'server_error' ? 500 : 400);
  return {
    status,
    headers: headersOf(spec),
    body: JSON.stringify({ error: spec.error, ...(spec.description === undefined ? {} : { error_description: spec.description }) }),
  };
}

/** A real fetch `Response` from the OAuth token endpoint. */
export function buildAppleBusinessOAuthResponse(spec: AppleBusinessOAuthSpec): Response {
  const parts = appleBusinessOAuthParts(spec);
  return buildResponse({ status: parts.status, headers: headersOf(spec), body: parts.body });
}

function parsed(parts: ResponseParts): AppleBusinessError {
  const error = appleBusiness.parse(parts);
  if (error?.vendor !== 'apple-business') throw new TypeError('the spec does not describe an Apple Business error (is a code empty or the status below 400?)');
  return error;
}

/** A ready error value, parsed from the same wire form `buildAppleBusinessResponse` sends. */
export function buildAppleBusinessError(spec: AppleBusinessErrorSpec): AppleBusinessError {
  return parsed(appleBusinessParts(spec));
}

/** A ready OAuth error value. */
export function buildAppleBusinessOAuthError(spec: AppleBusinessOAuthSpec): AppleBusinessError {
  return parsed(appleBusinessOAuthParts(spec));
}
