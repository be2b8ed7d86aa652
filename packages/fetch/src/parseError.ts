import type { ApiError, ResponseParts } from '@errata/core';
import { parserOf, type Vendors } from './vendors.ts';

export interface ParseErrorOptions {
  /** The request URL, for routing among several vendors (a `Response` carries its own). */
  readonly url?: string | undefined;
}

/**
 * The vendor's error for a failed response, or `undefined` for a success: a fetch `Response`
 * (read from a clone; the body stays yours) or the parts your client already read
 * (`{ status, headers, body }`, the body as text, bytes or parsed JSON). Never throws, never
 * rejects. A `Response` whose body was already consumed does not pass as an empty body: core
 * says so in the message ("the body was already read by another consumer") and in
 * `details.bodyError: 'consumed'`.
 */
export async function parseError(vendors: Vendors, input: Response | ResponseParts, options?: ParseErrorOptions): Promise<ApiError | undefined> {
  return await parserOf(vendors).parse(input, options?.url);
}
