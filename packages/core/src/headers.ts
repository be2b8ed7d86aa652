/**
 * Any header container callers tend to have: fetch `Headers`, a plain record (including Node's
 * `IncomingHttpHeaders`, whose values may be arrays), or `[name, value]` pairs.
 */
export type HeaderInput =
  | Headers
  | Readonly<Record<string, string | number | readonly string[] | undefined | null>>
  | Iterable<readonly [string, string]>;

/** Case-insensitive, read-only access to response headers. */
export interface HeaderReader {
  /** The header's value, repeated fields joined with `, `; `undefined` when absent. */
  get(name: string): string | undefined;
  /** Every header as lower-case name and value, at most `MAX_HEADER_COUNT` of them. */
  entries(): [string, string][];
}

/** Headers past this count are ignored: no upstream needs more, and it bounds our work. */
export const MAX_HEADER_COUNT = 256;

interface FetchHeadersLike {
  get(name: string): string | null;
  forEach(callback: (value: string, name: string) => void): void;
  append(name: string, value: string): void;
}

const EMPTY: HeaderReader = { get: () => undefined, entries: () => [] };

function isFetchHeaders(input: object): input is FetchHeadersLike {
  const candidate = input as Partial<FetchHeadersLike>;
  return typeof candidate.get === 'function' && typeof candidate.append === 'function' && typeof candidate.forEach === 'function';
}

function isPairs(input: object): input is Iterable<readonly [string, string]> {
  return typeof (input as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function';
}

function fromFetchHeaders(headers: FetchHeadersLike): HeaderReader {
  return {
    get(name) {
      try {
        return headers.get(name) ?? undefined;
      } catch {
        // Headers.get throws on names that are not valid tokens.
        return undefined;
      }
    },
    entries() {
      const out: [string, string][] = [];
      try {
        headers.forEach((value, name) => {
          if (out.length < MAX_HEADER_COUNT) out.push([name.toLowerCase(), value]);
        });
      } catch {
        // A broken Headers polyfill gives what was read so far.
      }
      return out;
    },
  };
}

function valueToString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const parts = value.filter((part): part is string => typeof part === 'string');
    return parts.length > 0 ? parts.join(', ') : undefined;
  }
  return undefined;
}

// A null-prototype map so names like `__proto__` are ordinary keys.
function fromMap(map: Record<string, string>): HeaderReader {
  return {
    get: (name) => map[name.toLowerCase()],
    entries: () => Object.entries(map),
  };
}

function fromPairs(pairs: Iterable<readonly [string, string]>): HeaderReader {
  const map: Record<string, string> = Object.create(null) as Record<string, string>;
  let count = 0;
  for (const pair of pairs) {
    if (count++ >= MAX_HEADER_COUNT) break;
    if (!Array.isArray(pair)) continue;
    const [name, raw] = pair as unknown[];
    const value = valueToString(raw);
    if (typeof name !== 'string' || value === undefined) continue;
    const key = name.toLowerCase();
    const previous = map[key];
    map[key] = previous === undefined ? value : `${previous}, ${value}`;
  }
  return fromMap(map);
}

// Lower-cased names asked for: the same few are asked for on every parse, and lower-casing one
// costs more than finding it here. Bounded, so odd names from callers cannot grow it without end.
const LOWER_NAMES = /* @__PURE__ */ new Map<string, string>();

function lowerName(name: string): string {
  let lower = LOWER_NAMES.get(name);
  if (lower === undefined) {
    lower = name.toLowerCase();
    if (LOWER_NAMES.size < MAX_HEADER_COUNT) LOWER_NAMES.set(name, lower);
  }
  return lower;
}

// The own names (enumerable or not, as `Object.hasOwn` sees them) of a record of at most 16 headers
// all named in lower case, as Node's and most callers' are; `null` for any other record.
function smallLowerNames(record: object): readonly string[] | null {
  try {
    const names = Object.getOwnPropertyNames(record);
    return names.length <= 16 && names.every((name) => name.toLowerCase() === name) ? names : null;
  } catch {
    return null;
  }
}

function lowerRecord(record: Readonly<Record<string, unknown>>): Record<string, string> {
  const map = Object.create(null) as Record<string, string>;
  try {
    let count = 0;
    for (const name of Object.keys(record)) {
      if (count++ >= MAX_HEADER_COUNT) break;
      const value = valueToString(record[name]);
      if (value !== undefined) map[name.toLowerCase()] ??= value;
    }
  } catch {
    // A record with throwing getters (or a hostile Proxy) gives what was read so far.
  }
  return map;
}

// `Array.prototype.includes` for a handful of strings, without the call into the builtin.
function includes(names: readonly string[], name: string): boolean {
  for (const candidate of names) if (candidate === name) return true;
  return false;
}

function fromRecord(record: Readonly<Record<string, unknown>>): HeaderReader {
  let lowered: Record<string, string> | undefined;
  // `undefined` until first needed, then the small record's names or `null` (kept, not recomputed).
  let names: readonly string[] | null | undefined;
  return {
    get(name) {
      if (names === undefined) names = smallLowerNames(record);
      // A parse asks for a dozen headers that are not there: in a small record of lower-case
      // names a miss is a few string compares, and only a name that lower-cases to another can match.
      if (names !== null && !includes(names, name)) {
        const key = lowerName(name);
        return key === name ? undefined : (lowered ??= lowerRecord(record))[key];
      }
      try {
        // Node and most callers already use lower-case names: try the direct hit before building a map.
        if (Object.hasOwn(record, name)) return valueToString(record[name]);
      } catch {
        return undefined;
      }
      return (lowered ??= lowerRecord(record))[lowerName(name)];
    },
    entries: () => Object.entries((lowered ??= lowerRecord(record))),
  };
}

/** Wraps any supported header container; never throws, whatever it is given. */
export function readHeaders(input: HeaderInput | undefined | null): HeaderReader {
  if (typeof input !== 'object' || input === null) return EMPTY;
  try {
    if (isFetchHeaders(input)) return fromFetchHeaders(input);
    if (isPairs(input)) return fromPairs(input);
    return fromRecord(input);
  } catch {
    return EMPTY;
  }
}
