import { readHeaders, type HeaderReader, type JsonObject, type ResponseView } from '@errata/core/vendor';
import { parseFormFields } from './form.ts';

// Everything here reads what the caller handed over: a view may be any object, and an
// already-parsed body may be a Proxy, have throwing getters, hold BigInts or cycles. Each read is
// guarded, so a hostile value costs this parser only the field it could not read.

const EMPTY_HEADERS: HeaderReader = { get: () => undefined, entries: () => [] };

/** The view's status when it is an HTTP status code, else 0 (unknown, treated as a failure). */
export function statusOf(view: ResponseView): number {
  try {
    const { status } = view;
    return typeof status === 'number' && Number.isInteger(status) && status >= 0 && status <= 999 ? status : 0;
  } catch {
    return 0;
  }
}

/** The view's headers behind a reader that answers only strings and never throws. */
export function safeHeaders(view: ResponseView): HeaderReader {
  let headers: HeaderReader;
  try {
    headers = view.headers;
  } catch {
    return EMPTY_HEADERS;
  }
  // Core's own reader (what every view core built has) already answers only strings and never
  // throws: used as it is, it spares a wrapper per parse, and `requestIdOf` and `parseRateLimit`
  // then take it without wrapping it once more.
  if (readHeaders(headers) === headers) return headers;
  return {
    get(name) {
      try {
        const value = headers.get(name);
        return typeof value === 'string' ? value : undefined;
      } catch {
        return undefined;
      }
    },
    entries() {
      try {
        const entries = headers.entries();
        return Array.isArray(entries) ? entries : [];
      } catch {
        return [];
      }
    },
  };
}

/** `body[key]` when it is an own, non-empty string. */
export function field(body: JsonObject | undefined, key: string): string | undefined {
  if (body === undefined) return undefined;
  try {
    if (!Object.hasOwn(body, key)) return undefined;
    const value = body[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** True when `body` has its own member `key` (whatever its value). */
export function hasMember(body: JsonObject | undefined, key: string): boolean {
  if (body === undefined) return false;
  try {
    return Object.hasOwn(body, key);
  } catch {
    return false;
  }
}

function isFormContentType(value: string | undefined): boolean {
  return value !== undefined && value.length < 256 && value.toLowerCase().includes('application/x-www-form-urlencoded');
}

// The form fields an error reads; `access_token` only for its presence (a success), never its value.
const FORM_FIELDS: ReadonlyMap<string, boolean> = /* @__PURE__ */ new Map([
  ['error', true],
  ['error_description', true],
  ['error_uri', true],
  ['scope', true],
  ['access_token', false],
]);

/**
 * The body as an object to read fields from: the JSON object, or the fields of a form-encoded body
 * (sent with `application/x-www-form-urlencoded`, or a body that is plainly a form beginning with
 * `error=`, which GitHub sends under a JSON content type too). `undefined` for anything else.
 */
export function bodyOf(view: ResponseView, headers: HeaderReader): JsonObject | undefined {
  try {
    const json = view.json();
    if (json !== undefined) return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as JsonObject) : undefined;
    const { text } = view;
    if (typeof text !== 'string' || text === '') return undefined;
    if (!text.startsWith('error=') && !isFormContentType(headers.get('content-type'))) return undefined;
    return parseFormFields(text, FORM_FIELDS);
  } catch {
    return undefined;
  }
}
