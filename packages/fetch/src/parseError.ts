import type { ApiError, ResponseParts } from '@errata/core';
import { parserOf, type Parser, type Vendors } from './vendors.ts';

/** Details of an error built from a `Response` whose body had already been read by someone else. */
export interface BodyUsedDetails {
  /** The body was consumed before errata saw it: the vendor's code, message and fields are unknown. */
  readonly bodyUsed: true;
}

export interface ParseErrorOptions {
  /** The request URL, for routing among several vendors (a `Response` carries its own). */
  readonly url?: string | undefined;
}

function readsTrue(value: object, key: string): boolean {
  try {
    return (value as Record<string, unknown>)[key] === true;
  } catch {
    return false;
  }
}

/** True for a fetch `Response` (of any realm) whose body was already read. Never throws. */
export function isBodyUsed(input: unknown): boolean {
  return typeof input === 'object' && input !== null && readsTrue(input, 'bodyUsed');
}

/**
 * Marks an error built from a consumed body: `details.bodyUsed` and a message that says what
 * happened, where core would report an "empty body" and a status-only error. Internal.
 */
export function markBodyUsed(error: ApiError): ApiError {
  let details: unknown;
  try {
    details = error.details;
  } catch {
    details = undefined;
  }
  const { jsonFailure: _empty, excerpt: _none, ...rest } = typeof details === 'object' && details !== null && !Array.isArray(details) ? (details as Record<string, unknown>) : {};
  const message =
    `HTTP ${String(error.status)}: the response body had already been read before errata saw it (bodyUsed), so the vendor's error could not be parsed. ` +
    'Pass the data your client already read instead: parse({ status, headers, body }).';
  try {
    Object.defineProperty(error, 'details', { value: { ...rest, bodyUsed: true }, enumerable: true, writable: true, configurable: true });
    Object.defineProperty(error, 'message', { value: message, enumerable: false, writable: true, configurable: true });
  } catch {
    // A frozen error stays as it is.
  }
  return error;
}

/** Parses with a normalized parser, marking errors built from a consumed body. Internal. */
export async function parseWithCheck(parser: Parser, input: Response | ResponseParts, url: string | undefined): Promise<ApiError | undefined> {
  const used = isBodyUsed(input);
  const error = await parser.parse(input, url);
  return error !== undefined && used ? markBodyUsed(error) : error;
}

/**
 * The vendor's error for a failed response, or `undefined` for a success: a fetch `Response`
 * (read from a clone; the body stays yours) or the parts your client already read
 * (`{ status, headers, body }`, the body as text, bytes or parsed JSON). Never throws, never
 * rejects. A `Response` whose body was already consumed does not pass as an empty body: the error
 * says so in its message and in `details.bodyUsed`.
 */
export function parseError(vendors: Vendors, input: Response | ResponseParts, options?: ParseErrorOptions): Promise<ApiError | undefined> {
  return parseWithCheck(parserOf(vendors), input, options?.url);
}
