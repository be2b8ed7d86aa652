/**
 * Why a body could not be used as JSON. `incomplete`: the read stopped early (a timeout, an abort
 * or a failing stream; the view's `bodyError` says which) and what arrived is not whole JSON.
 */
export type JsonFailure = 'empty' | 'too-large' | 'too-deep' | 'invalid' | 'incomplete';

export type JsonResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: JsonFailure };

export interface JsonLimits {
  /** Longest text accepted, in UTF-16 code units. Default 1 MiB, at most `MAX_LIMIT`. */
  readonly maxLength?: number;
  /** Deepest nesting of objects and arrays accepted. Default 64, at most `MAX_JSON_DEPTH`. */
  readonly maxDepth?: number;
}

export const DEFAULT_MAX_JSON_LENGTH = 1_048_576;
export const DEFAULT_MAX_JSON_DEPTH = 64;
/** The largest byte or length limit accepted (16 MiB); larger ones, `Infinity` included, are clamped to it. */
export const MAX_LIMIT = 16_777_216;
/** The deepest `maxDepth` accepted; it also bounds the recursion of the depth walks. */
export const MAX_JSON_DEPTH = 1024;

/**
 * A size or count limit from options: a number >= 0 is floored and clamped to `ceiling`
 * (`Infinity` becomes the ceiling); anything else (NaN, negative, not a number) gives `fallback`.
 */
export function clampLimit(value: unknown, fallback: number, ceiling: number): number {
  return typeof value === 'number' && value >= 0 ? Math.min(Math.floor(value), ceiling) : fallback;
}

// Objects with at most this many entries and no object among them are leaves: walked without
// bookkeeping (meeting one again costs no more than its entries, the references to it already did).
const SMALL_LEAF = 8;

/**
 * The nesting height of `value` (a scalar is 0, `{}` is 1), or `Infinity` once it passes `limit`
 * or loops. Heights are memoized per object (small leaves aside), so each object is walked once
 * however many parents share it: a DAG costs its distinct objects and references, not its paths.
 * `path` holds the objects whose walk is under way (at most `limit` of them): meeting one again is
 * a cycle. Recursion is at most `limit + 1` deep.
 */
function heightOf(value: unknown, limit: number, heights: Map<object, number>, path: object[]): number {
  if (typeof value !== 'object' || value === null) return 0;
  if (limit <= 0) return Infinity;
  const record = value as Record<string, unknown>;
  const keys = Array.isArray(value) ? undefined : Object.keys(value);
  const count = keys === undefined ? (value as unknown[]).length : keys.length;
  if (count <= SMALL_LEAF) {
    let leaf = true;
    for (let index = 0; index < count && leaf; index++) {
      const item = keys === undefined ? record[index] : record[keys[index] ?? ''];
      leaf = typeof item !== 'object' || item === null;
    }
    if (leaf) return 1;
  }
  const known = heights.get(value);
  if (known !== undefined) return known;
  if (path.includes(value)) return Infinity;
  path.push(value);
  let height = 0;
  for (let index = 0; index < count; index++) {
    const below = heightOf(keys === undefined ? record[index] : record[keys[index] ?? ''], limit - 1, heights, path);
    if (below > height && (height = below) >= limit) return Infinity;
  }
  path.pop();
  heights.set(value, height + 1);
  return height + 1;
}

/**
 * True when `value` nests objects or arrays deeper than `limit`, or is cyclic. Linear in the
 * distinct objects it holds: shared references are walked once. Never throws (a value whose
 * getters or Proxy traps throw counts as too deep, since it cannot be checked).
 */
export function exceedsDepth(value: unknown, limit: number): boolean {
  const cap = clampLimit(limit, 0, MAX_JSON_DEPTH);
  try {
    return heightOf(value, cap, new Map(), []) > cap;
  } catch {
    return true;
  }
}

const FAILURES: Readonly<Record<JsonFailure, { readonly ok: false; readonly reason: JsonFailure }>> = {
  empty: { ok: false, reason: 'empty' },
  'too-large': { ok: false, reason: 'too-large' },
  'too-deep': { ok: false, reason: 'too-deep' },
  invalid: { ok: false, reason: 'invalid' },
  incomplete: { ok: false, reason: 'incomplete' },
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

/**
 * True when the brackets of a JSON text (outside strings) nest deeper than `limit`. For valid JSON
 * that is exactly the nesting of the value. One pass over the characters, stopping at `limit + 1`.
 */
function nestingExceeds(text: string, limit: number): boolean {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 34) {
      // A string: jump to its closing quote, the first one after an even run of backslashes (the
      // native search is several times faster than a loop over the characters of long strings).
      // Each backslash is counted once, by the quote right after its run: linear overall.
      let close = text.indexOf('"', index + 1);
      while (close !== -1) {
        let backslashes = 0;
        while (text.charCodeAt(close - 1 - backslashes) === 92) backslashes++;
        if (backslashes % 2 === 0) break;
        close = text.indexOf('"', close + 1);
      }
      // An unterminated string: no bracket after it counts, as before (JSON.parse refuses it).
      if (close === -1) return false;
      index = close;
    } else if (code === 123 || code === 91) {
      if (++depth > limit) return true;
    } else if (code === 125 || code === 93) {
      depth--;
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

/** One rejection per reason, shared (internal: `JsonRejection` instances are compared by reason). */
export const REJECTED: Readonly<Record<JsonFailure, JsonRejection>> = {
  empty: /* @__PURE__ */ new JsonRejection('empty'),
  'too-large': /* @__PURE__ */ new JsonRejection('too-large'),
  'too-deep': /* @__PURE__ */ new JsonRejection('too-deep'),
  invalid: /* @__PURE__ */ new JsonRejection('invalid'),
  incomplete: /* @__PURE__ */ new JsonRejection('incomplete'),
};

// Stands for values JSON has no form for (undefined, functions, symbols): dropped from objects, null in arrays.
const OMITTED = /* @__PURE__ */ Symbol('omitted');

/**
 * A copy of an already-parsed body as plain JSON data, so parsers downstream read ordinary objects
 * that cannot throw or change under them: own enumerable string keys, arrays by index, finite
 * numbers (others become null, as in JSON), BigInts as the number they stand for; Symbols, functions
 * and `undefined` are dropped (null in arrays). The depth, and the length the JSON text would have,
 * are held to `limits` as text is, and every step of the walk adds to that length: the work is
 * bounded by `maxLength` whatever the value, and a DAG counts its shared parts each time they
 * appear (as its JSON text would), so a graph that would expand past the cap is refused, not walked.
 * A `JsonRejection` when a cap is passed, the value is cyclic (`too-deep`), has no JSON form, or
 * reading it throws (`invalid`: a getter or a Proxy trap that throws). Never throws.
 */
export function copyJson(value: unknown, limits?: JsonLimits): unknown {
  const maxDepth = clampLimit(limits?.maxDepth, DEFAULT_MAX_JSON_DEPTH, MAX_JSON_DEPTH);
  const maxLength = clampLimit(limits?.maxLength, DEFAULT_MAX_JSON_LENGTH, MAX_LIMIT);
  let failure: JsonFailure | undefined;
  // The least length the JSON text of what was walked so far would have.
  let size = 0;

  const copy = (input: unknown, room: number): unknown => {
    switch (typeof input) {
      case 'string':
        size += input.length + 2;
        return input;
      case 'bigint':
      case 'number': {
        size += 1;
        const number = Number(input);
        return Number.isFinite(number) ? number : null;
      }
      case 'boolean':
        size += 4;
        return input;
      case 'object':
        break;
      default:
        size += 4;
        return OMITTED;
    }
    if (input === null) {
      size += 4;
      return null;
    }
    if (room <= 0) {
      failure = 'too-deep';
      return null;
    }
    size += 2;
    if (Array.isArray(input)) {
      const out: unknown[] = [];
      for (let index = 0, { length } = input as unknown[]; index < length && failure === undefined; index++) {
        const item = copy((input as unknown[])[index], room - 1);
        out.push(item === OMITTED ? null : item);
        if (++size > maxLength) failure = 'too-large';
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(input)) {
      const item = copy((input as Record<string, unknown>)[key], room - 1);
      if (item !== OMITTED) {
        // `__proto__` must stay an own key, as JSON.parse leaves it, not become the copy's prototype.
        if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
        else out[key] = item;
      }
      if ((size += key.length + 3) > maxLength) failure = 'too-large';
      if (failure !== undefined) break;
    }
    return out;
  };

  try {
    const copied = copy(value, maxDepth);
    if (size > maxLength) failure ??= 'too-large';
    // A body that JSON has no form for at all (a Symbol, a function) is not JSON.
    return failure === undefined ? (copied === OMITTED ? REJECTED.invalid : copied) : REJECTED[failure];
  } catch {
    return REJECTED.invalid;
  }
}

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
  if (text.length > clampLimit(limits?.maxLength, DEFAULT_MAX_JSON_LENGTH, MAX_LIMIT)) return REJECTED['too-large'];
  // A thrown SyntaxError costs ~10 µs (it captures a stack): refuse what cannot be JSON up front.
  const start = firstNonSpace(text);
  if (start === -1) return REJECTED.empty;
  if (!JSON_START.has(text.charCodeAt(start))) return REJECTED.invalid;
  const maxDepth = clampLimit(limits?.maxDepth, DEFAULT_MAX_JSON_DEPTH, MAX_JSON_DEPTH);
  // Each level of nesting needs two characters and one bracket: most bodies are ruled out cheaply.
  // The rest are checked on the text, before JSON.parse: deep nesting costs JSON.parse far more than
  // its length (1 MiB of `[` takes it ~90 ms), and the text scan is linear and cheap.
  if (text.length > 2 * maxDepth && mayExceedDepth(text, maxDepth) && nestingExceeds(text, maxDepth)) return REJECTED['too-deep'];
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text.trim() === '' ? REJECTED.empty : REJECTED.invalid;
  }
}

/** A plain JSON object (not an array), so vendor parsers can read fields without casts. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** True for a non-null object that is not an array (an already-parsed JSON object). Never throws. */
export function isJsonObject(value: unknown): value is JsonObject {
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    // `Array.isArray` throws on a revoked Proxy: not a JSON object.
    return false;
  }
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
