import { readHeaders, type HeaderInput, type HeaderReader } from './headers.ts';
import {
  clampLimit,
  copyJson,
  DEFAULT_MAX_JSON_DEPTH,
  DEFAULT_MAX_JSON_LENGTH,
  JsonRejection,
  MAX_JSON_DEPTH,
  MAX_LIMIT,
  parseJsonValue,
  REJECTED,
  type JsonFailure,
  type JsonLimits,
} from './json.ts';

/**
 * A response that has already been read: the status, any header container, and the body as
 * text, bytes or an already-parsed value (anything else that is not a string or bytes).
 */
export interface ResponseParts {
  readonly status: number;
  /** fetch `Headers`, a record, name/value pairs, or a reader from `readHeaders` (used as it is). */
  readonly headers?: HeaderInput | HeaderReader | undefined | null;
  readonly body?: unknown;
  /** The request URL; used for routing hints and kept only in redacted form. */
  readonly url?: string | undefined;
}

/**
 * How much of a body is read, and for how long. Limits are clamped, never refused (parsing does
 * not throw): a number >= 0 is floored and capped at `MAX_LIMIT` (16 MiB; `Infinity` gives the
 * cap), anything else (`NaN`, a negative number, not a number) gives the default.
 */
export interface ReadLimits extends JsonLimits {
  /** Most body bytes read and kept. Default 256 KiB; the rest is cancelled, never buffered by us. */
  readonly maxBodyBytes?: number;
  /**
   * Read the response's own body instead of a clone, and cancel what is left past the cap. Only for
   * callers that own the response (a gateway): it saves the tee, but the body is consumed.
   */
  readonly consumeBody?: boolean;
  /**
   * Longest time reading a `Response` body may take, in milliseconds, from the call. Default
   * 10 s (`DEFAULT_BODY_TIMEOUT_MS`); clamped to 2^31 - 1 (`Infinity` gives that), other invalid
   * values give the default. When it passes, the error is built from what arrived, marked truncated,
   * with `bodyError: 'timeout'`.
   */
  readonly timeoutMs?: number;
  /** Stops reading a `Response` body when it aborts; the error is built from what arrived (`bodyError: 'aborted'`). */
  readonly signal?: AbortSignal | undefined;
}

/** How many body bytes are read and kept by default: 256 KiB. */
export const DEFAULT_MAX_BODY_BYTES = 262_144;
/** How long reading a `Response` body may take by default: 10 s. */
export const DEFAULT_BODY_TIMEOUT_MS = 10_000;
// setTimeout fires at once for longer delays.
const MAX_TIMEOUT_MS = 2_147_483_647;

/**
 * Why a body could not be read whole. `timeout`: `timeoutMs` passed; `aborted`: the caller's
 * signal fired; `stream-error`: the stream failed; `consumed`: the body was already read by
 * another consumer (`bodyUsed`: an HTTP client, a hook) before errata saw it, so nothing of it is
 * known; `unreadable`: the response could not be cloned or read at all. Whatever arrived before
 * is kept in `text`.
 */
export type BodyError = 'timeout' | 'aborted' | 'stream-error' | 'consumed' | 'unreadable';

/** The normalized form every vendor parser works on. Plain data: reading it never throws. */
export interface ResponseView {
  readonly status: number;
  readonly headers: HeaderReader;
  /** The body as text, when it arrived as text or bytes (what arrived, when the read stopped early). */
  readonly text: string | undefined;
  /** True when `text` is not the whole body: it was longer than the cap, or the read stopped early. */
  readonly truncated: boolean;
  readonly url: string | undefined;
  /** Why the read stopped early, when it did. */
  readonly bodyError?: BodyError | undefined;
  /** The body parsed as JSON (memoized); `undefined` when it is absent or not valid JSON. */
  json(): unknown;
  /** Why `json()` gave `undefined`, if it did. */
  jsonFailure(): JsonFailure | undefined;
}

/** `object[key]`, or `undefined` when reading it throws (a getter, a Proxy trap) or it is not an object. */
export function safeField(object: unknown, key: PropertyKey): unknown {
  try {
    // `?.` spares null and undefined a thrown TypeError, which costs more than a whole parse.
    return (object as Record<PropertyKey, unknown> | null | undefined)?.[key];
  } catch {
    return undefined;
  }
}

/**
 * Every option parse reads, read once with `safeField` and normalized: what core's entry points
 * hand on, so a hostile or malformed options object cannot throw or disable a cap later.
 */
export interface Settings extends Required<JsonLimits> {
  readonly maxBodyBytes: number;
  readonly consumeBody: boolean;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  /** A fixed clock (finite epoch milliseconds), if one was given. */
  readonly now: number | undefined;
  readonly captureStack: boolean;
  /** A vendor name hint (registries). */
  readonly vendor: string | undefined;
  /** A request URL hint (registries). */
  readonly url: string | undefined;
  /** The cause to give the parsed error, if one was given. */
  readonly cause: unknown;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

// Settings read from an options object; an instance is handed on as it is (no second reading).
// Private, so it cannot be forged.
class Normalized implements Settings {
  readonly maxBodyBytes: number;
  readonly maxLength: number;
  readonly maxDepth: number;
  readonly consumeBody: boolean;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  readonly now: number | undefined;
  readonly captureStack: boolean;
  readonly vendor: string | undefined;
  readonly url: string | undefined;
  readonly cause: unknown;

  constructor(options?: object) {
    const read = (key: string): unknown => safeField(options, key);
    const signal = read('signal');
    const now = read('now');
    this.maxBodyBytes = clampLimit(read('maxBodyBytes'), DEFAULT_MAX_BODY_BYTES, MAX_LIMIT);
    this.maxLength = clampLimit(read('maxLength'), DEFAULT_MAX_JSON_LENGTH, MAX_LIMIT);
    this.maxDepth = clampLimit(read('maxDepth'), DEFAULT_MAX_JSON_DEPTH, MAX_JSON_DEPTH);
    this.consumeBody = read('consumeBody') === true;
    this.timeoutMs = clampLimit(read('timeoutMs'), DEFAULT_BODY_TIMEOUT_MS, MAX_TIMEOUT_MS);
    this.signal = typeof safeField(signal, 'addEventListener') === 'function' ? (signal as AbortSignal) : undefined;
    this.now = typeof now === 'number' && Number.isFinite(now) ? now : undefined;
    this.captureStack = read('captureStack') === true;
    this.vendor = text(read('vendor'));
    this.url = text(read('url'));
    this.cause = read('cause');
  }
}

const DEFAULT_SETTINGS: Settings = /* @__PURE__ */ new Normalized();

/**
 * Reads and normalizes options (see `ReadLimits` for the clamping rules). Never throws; settings
 * it made are passed back as they are.
 */
export function settingsOf(options: unknown): Settings {
  if (typeof options !== 'object' || options === null) return DEFAULT_SETTINGS;
  try {
    // `instanceof` asks a Proxy for its prototype, which may throw.
    if (options instanceof Normalized) return options;
  } catch {
    // Read below, field by field.
  }
  return new Normalized(options);
}

const UNREAD = /* @__PURE__ */ Symbol('unread');

class View implements ResponseView {
  readonly status: number;
  #headerInput: unknown;
  #headers: HeaderReader | undefined;
  readonly text: string | undefined;
  readonly truncated: boolean;
  readonly url: string | undefined;
  readonly bodyError: BodyError | undefined;
  #limits: Settings;
  #value: unknown = UNREAD;
  #failure: JsonFailure | undefined;

  constructor(status: unknown, headers: unknown, url: unknown, limits: Settings, text?: string, truncated = false, bodyError?: BodyError) {
    this.status = typeof status === 'number' && Number.isInteger(status) && status >= 0 && status <= 999 ? status : 0;
    this.#headerInput = headers;
    this.url = typeof url === 'string' && url !== '' ? url : undefined;
    this.#limits = limits;
    this.text = text;
    this.truncated = truncated;
    this.bodyError = bodyError;
  }

  // Built on first use: many parses never look at a header. The reader never throws.
  get headers(): HeaderReader {
    return (this.#headers ??= readHeaders(this.#headerInput as HeaderInput));
  }

  /** Sets the body from an already-parsed value (copied by `copyJson`) or a `JsonRejection`. */
  settle(value: unknown): this {
    this.#value = value instanceof JsonRejection ? undefined : value;
    this.#failure = value instanceof JsonRejection ? value.reason : undefined;
    return this;
  }

  json(): unknown {
    if (this.#value === UNREAD) {
      const value = this.truncated && this.bodyError === undefined ? REJECTED['too-large'] : parseJsonValue(this.text ?? '', this.#limits);
      // A read that stopped early keeps what arrived only when it is whole: an object or array is
      // self-delimiting, a number or a string's end may have been cut.
      this.settle(this.bodyError !== undefined && (typeof value !== 'object' || value === null || value instanceof JsonRejection) ? REJECTED.incomplete : value);
    }
    return this.#value;
  }

  jsonFailure(): JsonFailure | undefined {
    this.json();
    return this.#failure;
  }
}


function bytesOf(body: ArrayBuffer | ArrayBufferView): Uint8Array {
  return body instanceof ArrayBuffer ? new Uint8Array(body) : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
}

/**
 * Normalizes already-read response parts. Never throws, whatever it is given: each field is read
 * once (a throwing getter or Proxy trap reads as absent) and an already-parsed body is copied as
 * plain JSON data (`copyJson`), so vendor parsers only ever see ordinary values.
 */
export function viewOf(parts: ResponseParts, limits?: ReadLimits): ResponseView {
  const settings = settingsOf(limits);
  let status: unknown, headers: unknown, url: unknown, body: unknown;
  try {
    ({ status, headers, url, body } = (parts as Partial<ResponseParts> | null | undefined) ?? {});
  } catch {
    // A getter or a Proxy trap threw: read field by field, each failure reading as absent.
    [status, headers, url, body] = ['status', 'headers', 'url', 'body'].map((key) => safeField(parts, key));
  }
  const maxBytes = settings.maxBodyBytes;
  // Text, the common case, first and without the closure below (one allocation less per parse).
  if (typeof body === 'string') return new View(status, headers, url, settings, body.slice(0, maxBytes), body.length > maxBytes);
  const view = (text?: string, truncated?: boolean, bodyError?: BodyError): View => new View(status, headers, url, settings, text, truncated, bodyError);
  try {
    if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
      const bytes = bytesOf(body);
      return view(new TextDecoder().decode(bytes.subarray(0, maxBytes)), bytes.byteLength > maxBytes);
    }
    // A stream cannot be read synchronously: pass the `Response` itself to read it.
    if (typeof safeField(body, 'getReader') === 'function') return view(undefined, false, 'unreadable');
  } catch {
    // Bytes that cannot be decoded (a detached buffer, a Proxy) are not JSON.
    return view().settle(REJECTED.invalid);
  }
  return view().settle(body === undefined ? REJECTED.empty : copyJson(body, settings));
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

/** True for fetch `Response` objects (from any realm). Never throws. */
export function isResponseLike(value: unknown): value is ResponseLike {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const candidate = value as Partial<ResponseLike>;
    return typeof candidate.clone === 'function' && typeof candidate.status === 'number' && typeof candidate.headers === 'object';
  } catch {
    // A getter or Proxy trap that throws: not a response we can read as one.
    return false;
  }
}

interface BodyRead {
  readonly text: string | undefined;
  readonly truncated: boolean;
  readonly error?: BodyError | undefined;
}

/**
 * Reads up to `maxBytes` of a stream, within the deadline and the signal. Never rejects: a timeout,
 * an abort or a stream error stops the read and keeps what arrived, with the reason.
 */
async function readCapped(stream: ReadableStream<Uint8Array>, settings: Settings): Promise<BodyRead> {
  const { maxBodyBytes: maxBytes, signal } = settings;
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let seen = 0;
  let truncated = false;
  let error: BodyError | undefined;
  // Resolves the read under way when the deadline or the signal stops it.
  let interrupt: ((reason: BodyError) => void) | undefined;
  const stop = (reason: BodyError): void => {
    error ??= reason;
    interrupt?.(reason);
  };
  const onAbort = (): void => {
    stop('aborted');
  };
  const timer = setTimeout(stop, settings.timeoutMs, 'timeout');
  try {
    signal?.addEventListener('abort', onAbort);
    if (signal?.aborted === true) stop('aborted');
    while (error === undefined) {
      const next = await new Promise<ReadableStreamReadResult<Uint8Array> | BodyError>((resolve, reject) => {
        interrupt = resolve;
        reader.read().then(resolve, reject);
      });
      if (typeof next === 'string' || next.done) break;
      const chunk: unknown = next.value;
      if (!ArrayBuffer.isView(chunk)) throw new TypeError('not bytes');
      const bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      const room = maxBytes - seen;
      if (bytes.byteLength > room) {
        text += decoder.decode(bytes.subarray(0, room), { stream: true });
        truncated = true;
        break;
      }
      seen += bytes.byteLength;
      text += decoder.decode(bytes, { stream: true });
    }
  } catch {
    error ??= 'stream-error';
  } finally {
    clearTimeout(timer);
    try {
      signal?.removeEventListener('abort', onAbort);
    } catch {
      // A signal that cannot unsubscribe only keeps a no-op listener.
    }
  }
  text += decoder.decode();
  try {
    // Past the cap or given up: stop the source (for a clone, only our branch of the tee).
    if (truncated || error !== undefined) reader.cancel().catch(() => undefined);
    else reader.releaseLock();
  } catch {
    // A reader that cannot be cancelled or released is dropped as it is.
  }
  // A failure before any byte leaves no text, as a body that could not be read at all.
  return { text: error !== undefined && text === '' ? undefined : text, truncated: truncated || error !== undefined, error };
}

/**
 * Reads a fetch `Response` from a clone, up to the byte cap and within `timeoutMs` and `signal`,
 * leaving the caller's body unread. Never rejects: a used body (`consumed`), a response that
 * cannot be cloned, a stalled or failing stream all give a view with what arrived and a `bodyError`.
 */
export async function readResponse(response: ResponseLike, limits?: ReadLimits): Promise<ResponseView> {
  const settings = settingsOf(limits);
  const read = (key: string): unknown => safeField(response, key);
  let body: BodyRead = { text: undefined, truncated: false };
  try {
    // Someone else read it: say so, rather than report an empty body.
    if (read('bodyUsed') === true) body = { text: undefined, truncated: false, error: 'consumed' };
    else if (read('body') !== null) {
      const source = settings.consumeBody ? response : response.clone();
      if (source.body !== null) body = await readCapped(source.body, settings);
    }
  } catch {
    body = { text: undefined, truncated: false, error: 'unreadable' };
  }
  return new View(read('status'), read('headers'), read('url'), settings, body.text, body.truncated, body.error);
}
