/** Why a body could not be used as JSON. */
export type JsonFailure = 'empty' | 'too-large' | 'too-deep' | 'invalid';

export type JsonResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: JsonFailure };

export interface JsonLimits {
  /** Longest text accepted, in UTF-16 code units. Default 1 MiB. */
  readonly maxLength?: number;
  /** Deepest nesting of objects and arrays accepted. Default 64. */
  readonly maxDepth?: number;
}

export const DEFAULT_MAX_JSON_LENGTH = 1_048_576;
export const DEFAULT_MAX_JSON_DEPTH = 64;

/** True when `value` nests objects or arrays deeper than `limit`. Recursion is bounded by `limit`. */
export function exceedsDepth(value: unknown, limit: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (limit <= 0) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (exceedsDepth(item, limit - 1)) return true;
    return false;
  }
  for (const key in value) {
    if (exceedsDepth((value as Record<string, unknown>)[key], limit - 1)) return true;
  }
  return false;
}

const FAILURES: Readonly<Record<JsonFailure, { readonly ok: false; readonly reason: JsonFailure }>> = {
  empty: { ok: false, reason: 'empty' },
  'too-large': { ok: false, reason: 'too-large' },
  'too-deep': { ok: false, reason: 'too-deep' },
  invalid: { ok: false, reason: 'invalid' },
};

/**
 * `JSON.parse` with caps, returning a result instead of throwing. `JSON.parse` itself stores
 * `__proto__` as an ordinary own key, so the value is safe to read; code that copies keys out of it
 * must still not assign them onto ordinary objects (see `ownEntries`).
 */
export function parseJson(text: string, limits?: JsonLimits): JsonResult {
  const value = parseJsonValue(text, limits);
  return value instanceof JsonRejection ? FAILURES[value.reason] : { ok: true, value };
}

/**
 * True when the text has more than `limit` opening brackets. Nesting can never be deeper than the
 * bracket count, so below it the parsed value needs no walk. `indexOf` is native and fast, unlike a
 * per-node walk of the parsed value, which costs more than `JSON.parse` itself on nested bodies.
 */
function mayExceedDepth(text: string, limit: number): boolean {
  let count = 0;
  for (const bracket of ['{', '[']) {
    for (let index = text.indexOf(bracket); index !== -1; index = text.indexOf(bracket, index + 1)) {
      if (++count > limit) return true;
    }
  }
  return false;
}

/** Why `parseJsonValue` refused a text; an instance can never come out of `JSON.parse`. */
export class JsonRejection {
  readonly reason: JsonFailure;
  constructor(reason: JsonFailure) {
    this.reason = reason;
  }
}

const REJECTED: Readonly<Record<JsonFailure, JsonRejection>> = {
  empty: /* @__PURE__ */ new JsonRejection('empty'),
  'too-large': /* @__PURE__ */ new JsonRejection('too-large'),
  'too-deep': /* @__PURE__ */ new JsonRejection('too-deep'),
  invalid: /* @__PURE__ */ new JsonRejection('invalid'),
};

// The characters a JSON text can start with: { [ " - 0-9 t f n.
const JSON_START: ReadonlySet<number> = /* @__PURE__ */ new Set([123, 91, 34, 45, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 116, 102, 110]);

function firstNonSpace(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // JSON whitespace: space, tab, line feed, carriage return.
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return index;
  }
  return -1;
}

/** The hot-path form of `parseJson`: the value itself, or a `JsonRejection`. Allocates nothing extra. */
export function parseJsonValue(text: string, limits?: JsonLimits): unknown {
  if (text.length > (limits?.maxLength ?? DEFAULT_MAX_JSON_LENGTH)) return REJECTED['too-large'];
  // A thrown SyntaxError costs ~10 µs (it captures a stack): refuse what cannot be JSON up front.
  const start = firstNonSpace(text);
  if (start === -1) return REJECTED.empty;
  if (!JSON_START.has(text.charCodeAt(start))) return REJECTED.invalid;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text.trim() === '' ? REJECTED.empty : REJECTED.invalid;
  }
  const maxDepth = limits?.maxDepth ?? DEFAULT_MAX_JSON_DEPTH;
  // Each level of nesting needs two characters and one bracket: most bodies are ruled out cheaply.
  if (text.length > 2 * maxDepth && mayExceedDepth(text, maxDepth) && exceedsDepth(value, maxDepth)) return REJECTED['too-deep'];
  return value;
}

/** A plain JSON object (not an array), so vendor parsers can read fields without casts. */
export type JsonObject = Readonly<Record<string, unknown>>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value's own enumerable string-keyed entries, without risk from `__proto__` or getters on the prototype. */
export function ownEntries(value: JsonObject): [string, unknown][] {
  return Object.entries(value);
}

/** `value[key]` when it is a string. */
export function stringField(value: JsonObject, key: string): string | undefined {
  const field = Object.hasOwn(value, key) ? value[key] : undefined;
  return typeof field === 'string' ? field : undefined;
}

/** `value[key]` when it is a finite number. */
export function numberField(value: JsonObject, key: string): number | undefined {
  const field = Object.hasOwn(value, key) ? value[key] : undefined;
  return typeof field === 'number' && Number.isFinite(field) ? field : undefined;
}
