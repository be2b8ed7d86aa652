import { readHeaders, type HeaderInput, type HeaderReader } from './headers.ts';

/** Headers that carry an upstream request id, most specific first. */
export const REQUEST_ID_HEADERS: readonly string[] = ['x-request-id', 'request-id', 'x-amzn-requestid', 'x-correlation-id', 'cf-ray'];

const MAX_ID_LENGTH = 256;

/**
 * The first request id among `names` (vendor-specific ones first) and the common headers. Takes any
 * header container; never throws.
 */
export function requestIdOf(input: HeaderReader | HeaderInput | undefined | null, names?: readonly string[]): string | undefined {
  const headers = readHeaders(input);
  return (names === undefined ? undefined : firstId(headers, names)) ?? firstId(headers, REQUEST_ID_HEADERS);
}

function firstId(headers: HeaderReader, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = headers.get(name)?.trim();
    if (value !== undefined && value !== '' && value.length <= MAX_ID_LENGTH) return value;
  }
  return undefined;
}
