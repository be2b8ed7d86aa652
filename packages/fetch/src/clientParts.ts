import type { ApiError } from '@errata/core';
import { captureAt, withContext, type ContextInit } from './context.ts';

/** Most header fields copied from a client's header object (core caps what it reads at 256 too). */
const MAX_FIELDS = 256;

/**
 * A client's response headers as a plain record core reads: fetch `Headers`, axios's
 * `AxiosHeaders` or raw object (values may be numbers, booleans, arrays or null), Node's
 * incoming headers. Functions and other non-data values are skipped. Never throws. Internal.
 */
export function headerRecord(headers: unknown): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  try {
    if (typeof headers !== 'object' || headers === null) return record;
    const entries: Iterable<readonly [unknown, unknown]> =
      typeof (headers as Partial<Headers>).forEach === 'function' && typeof (headers as Partial<Headers>).get === 'function' && Symbol.iterator in headers
        ? (headers as Headers)
        : Object.entries(headers);
    let count = 0;
    for (const [name, value] of entries) {
      if (++count > MAX_FIELDS) break;
      if (typeof name !== 'string') continue;
      if (typeof value === 'string') record[name] = value;
      else if (typeof value === 'number' || typeof value === 'boolean') record[name] = String(value);
      else if (Array.isArray(value)) record[name] = value.filter((item): item is string => typeof item === 'string');
    }
  } catch {
    // A hostile header object reads as what was copied so far.
  }
  return record;
}

/** A body a client already read, in a form core parses: Blobs become text, everything else passes. Internal. */
export async function readBody(data: unknown): Promise<unknown> {
  try {
    if (typeof Blob === 'function' && data instanceof Blob) return await data.text();
  } catch {
    return undefined;
  }
  return data;
}

/**
 * Finishes an error an adapter throws: the request context, a stack (from the caller of `above`
 * when it is on the stack, else the whole one), and `cause` when the error was built before the
 * client's own error existed (errors parsed here get theirs from core's `cause` parse option).
 * Internal.
 */
export function finishClientError<TError extends ApiError>(error: TError, context: ContextInit, above: (...args: never[]) => unknown, cause?: unknown): TError {
  captureAt(error, above);
  // A hook runs inside the client: when `above` is not among the frames, keep the whole stack, not none.
  const { stack } = error;
  if (typeof stack !== 'string' || !stack.includes('\n')) captureAt(error, finishClientError);
  return withContext(error, context, cause);
}
