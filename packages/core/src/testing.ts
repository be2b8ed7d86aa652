import { readHeaders, type HeaderInput } from './headers.ts';

/** What a test builder describes: a status, headers and a body (objects become JSON). */
export interface ResponseSpec {
  readonly status: number;
  readonly headers?: HeaderInput;
  /** A string or bytes are sent as they are; anything else is serialized as JSON. */
  readonly body?: unknown;
  /** Set when the body is a string or bytes and no content-type header is given. */
  readonly contentType?: string;
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** A `Headers` object from any supported header container. */
export function toHeaders(input: HeaderInput | undefined): Headers {
  const headers = new Headers();
  for (const [name, value] of readHeaders(input).entries()) headers.append(name, value);
  return headers;
}

/**
 * Bytes backed by a plain `ArrayBuffer`, which fetch's `BodyInit` asks for: `Uint8Array<ArrayBuffer>`
 * on TypeScript 5.7 and later, where typed arrays are generic, and plain `Uint8Array` before.
 * Spelled through `slice()` (which returns exactly that on every version) because the declaration
 * `Uint8Array<ArrayBuffer>` is an error ("not generic") on TypeScript 5.6 and older.
 */
export type WireBytes = ReturnType<Uint8Array['slice']>;

/** The wire body of a spec, as a string or bytes, or `null`. */
export function wireBody(spec: ResponseSpec): string | WireBytes | null {
  const { body } = spec;
  if (body === undefined || body === null || NULL_BODY_STATUSES.has(spec.status)) return null;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return body.slice();
  return JSON.stringify(body);
}

/**
 * A real fetch `Response` for a spec. Object bodies get `content-type: application/json`.
 * Throws `RangeError` for statuses `Response` cannot carry (outside 200–599): this is a test helper.
 */
export function buildResponse(spec: ResponseSpec): Response {
  const headers = toHeaders(spec.headers);
  const body = wireBody(spec);
  if (body !== null && !headers.has('content-type')) {
    const isJson = typeof spec.body !== 'string' && !(spec.body instanceof Uint8Array);
    headers.set('content-type', isJson ? 'application/json' : (spec.contentType ?? 'text/plain; charset=utf-8'));
  }
  return new Response(body, { status: spec.status, headers });
}

export { bestTime, cpuTimeMs, fill, growth, KiB, measureGrowth, MiB, paired } from './growth.ts';
export type { Growth, GrowthOptions } from './growth.ts';
export { bodyFamilyTable, checkBodyFamily } from './bodyFamilies.ts';
export type { BodyFamily, FamilyVerdict } from './bodyFamilies.ts';
export { cyclic, endless, forgedBrand, hostileValues, oddValues, revoked, throwingGetters, throwingProxy, trapAll, trapAllArray, viewWithBody } from './hostile.ts';
