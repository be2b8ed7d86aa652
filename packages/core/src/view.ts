import { readHeaders, type HeaderInput, type HeaderReader } from './headers.ts';
import { DEFAULT_MAX_JSON_DEPTH, exceedsDepth, JsonRejection, parseJsonValue, type JsonFailure, type JsonLimits } from './json.ts';

/**
 * A response that has already been read: the status, any header container, and the body as
 * text, bytes or an already-parsed value (anything else that is not a string or bytes).
 */
export interface ResponseParts {
  readonly status: number;
  readonly headers?: HeaderInput | undefined | null;
  readonly body?: unknown;
  /** The request URL; used for routing hints and kept only in redacted form. */
  readonly url?: string | undefined;
}

export interface ReadLimits extends JsonLimits {
  /** Most body bytes read and kept. Default 256 KiB; the rest is cancelled, never buffered by us. */
  readonly maxBodyBytes?: number;
  /**
   * Read the response's own body instead of a clone, and cancel what is left past the cap. Only for
   * callers that own the response (a gateway): it saves the tee, but the body is consumed.
   */
  readonly consumeBody?: boolean;
}

export const DEFAULT_MAX_BODY_BYTES = 262_144;

/** The normalized form every vendor parser works on. */
export interface ResponseView {
  readonly status: number;
  readonly headers: HeaderReader;
  /** The body as text, when it arrived as text or bytes. */
  readonly text: string | undefined;
  /** True when the body was longer than the cap and was cut. */
  readonly truncated: boolean;
  readonly url: string | undefined;
  /** The body parsed as JSON (memoized); `undefined` when it is absent or not valid JSON. */
  json(): unknown;
  /** Why `json()` gave `undefined`, if it did. */
  jsonFailure(): JsonFailure | undefined;
}

const UNREAD = /* @__PURE__ */ Symbol('unread');

class View implements ResponseView {
  readonly status: number;
  #headerInput: ResponseParts['headers'];
  #headers: HeaderReader | undefined;
  readonly text: string | undefined;
  readonly truncated: boolean;
  readonly url: string | undefined;
  #limits: JsonLimits | undefined;
  #value: unknown = UNREAD;
  #failure: JsonFailure | undefined;

  constructor(
    status: number,
    headers: ResponseParts['headers'],
    text: string | undefined,
    parsed: unknown,
    truncated: boolean,
    url: string | undefined,
    limits: JsonLimits | undefined,
  ) {
    this.status = status;
    this.#headerInput = headers;
    this.text = text;
    this.truncated = truncated;
    this.url = url;
    this.#limits = limits;
    if (text === undefined) {
      // An already-parsed body is trusted for shape but not for depth (it may even be cyclic).
      const tooDeep = exceedsDepth(parsed, limits?.maxDepth ?? DEFAULT_MAX_JSON_DEPTH);
      this.#value = tooDeep ? undefined : parsed;
      if (parsed === undefined) this.#failure = 'empty';
      else if (tooDeep) this.#failure = 'too-deep';
    }
  }

  // Built on first use: many parses never look at a header.
  get headers(): HeaderReader {
    return (this.#headers ??= readHeaders(this.#headerInput));
  }

  json(): unknown {
    if (this.#value === UNREAD) {
      if (this.truncated) {
        this.#value = undefined;
        this.#failure = 'too-large';
      } else {
        const value = parseJsonValue(this.text ?? '', this.#limits);
        if (value instanceof JsonRejection) {
          this.#value = undefined;
          this.#failure = value.reason;
        } else {
          this.#value = value;
        }
      }
    }
    return this.#value;
  }

  jsonFailure(): JsonFailure | undefined {
    this.json();
    return this.#failure;
  }
}

function isBytes(body: unknown): body is Uint8Array | ArrayBuffer {
  return body instanceof Uint8Array || body instanceof ArrayBuffer;
}

function decode(bytes: Uint8Array | ArrayBuffer, maxBytes: number): { text: string; truncated: boolean } {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const truncated = view.byteLength > maxBytes;
  return { text: new TextDecoder().decode(truncated ? view.subarray(0, maxBytes) : view), truncated };
}

function safeStatus(status: unknown): number {
  return typeof status === 'number' && Number.isInteger(status) && status >= 0 && status <= 999 ? status : 0;
}

/** Normalizes already-read response parts. Never throws. */
export function viewOf(parts: ResponseParts, limits?: ReadLimits): ResponseView {
  const maxBytes = limits?.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const status = safeStatus(parts.status);
  const headers = parts.headers;
  const url = typeof parts.url === 'string' ? parts.url : undefined;
  const body = parts.body;
  if (typeof body === 'string') {
    const truncated = body.length > maxBytes;
    return new View(status, headers, truncated ? body.slice(0, maxBytes) : body, undefined, truncated, url, limits);
  }
  if (isBytes(body)) {
    const { text, truncated } = decode(body, maxBytes);
    return new View(status, headers, text, undefined, truncated, url, limits);
  }
  return new View(status, headers, undefined, body ?? undefined, false, url, limits);
}

/** Fields of a fetch `Response` we use; structural so responses from other realms or polyfills work. */
export interface ResponseLike {
  readonly status: number;
  readonly headers: Headers;
  readonly url: string;
  readonly bodyUsed: boolean;
  clone(): ResponseLike;
  readonly body: ReadableStream<Uint8Array> | null;
}

/** True for fetch `Response` objects (from any realm). */
export function isResponseLike(value: unknown): value is ResponseLike {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<ResponseLike>;
  return typeof candidate.clone === 'function' && typeof candidate.status === 'number' && typeof candidate.headers === 'object';
}

async function readCapped(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<{ text: string; truncated: boolean }> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let seen = 0;
  let truncated = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = maxBytes - seen;
      if (value.byteLength > room) {
        text += decoder.decode(value.subarray(0, room), { stream: true });
        truncated = true;
        break;
      }
      seen += value.byteLength;
      text += decoder.decode(value, { stream: true });
    }
    text += decoder.decode();
  } finally {
    if (truncated) reader.cancel().catch(() => undefined);
    else reader.releaseLock();
  }
  return { text, truncated };
}

/**
 * Reads a fetch `Response` from a clone, up to the byte cap, leaving the caller's body unread.
 * A body that is already used, or a stream that fails, gives a view without text; never rejects.
 */
export async function readResponse(response: ResponseLike, limits?: ReadLimits): Promise<ResponseView> {
  const status = safeStatus(response.status);
  const { headers } = response;
  const url = typeof response.url === 'string' && response.url !== '' ? response.url : undefined;
  let text: string | undefined;
  let truncated = false;
  try {
    if (!response.bodyUsed && response.body !== null) {
      const source = limits?.consumeBody === true ? response : response.clone();
      if (source.body !== null) ({ text, truncated } = await readCapped(source.body, limits?.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES));
    }
  } catch {
    text = undefined;
  }
  return new View(status, headers, text, undefined, truncated, url, limits);
}
