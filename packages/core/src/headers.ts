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

// Marks the readers made here, so passing one back to `readHeaders` costs nothing.
const CORE_READER = /* @__PURE__ */ Symbol('errata.headerReader');

/** What fetch `Headers` (or a polyfill) and other `HeaderReader`s offer; any part may be missing or lie. */
interface GetterLike {
  get?(name: string): unknown;
  entries?(): Iterable<readonly unknown[]>;
  append?: unknown;
}

const EMPTY: HeaderReader = { [CORE_READER]: true, get: () => undefined, entries: () => [] } as HeaderReader;

function isPairs(input: object): input is Iterable<readonly [string, string]> {
  return typeof (input as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function';
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * fetch `Headers` (or a polyfill), or another `HeaderReader`: answers are checked (a polyfill may
 * give something that is not a string), failures read as absent (`Headers.get` throws on names
 * that are not tokens), and at most `MAX_HEADER_COUNT` entries are listed.
 */
function fromGetter(source: GetterLike): HeaderReader {
  return {
    [CORE_READER]: true,
    get(name) {
      try {
        return text(source.get?.(name));
      } catch {
        return undefined;
      }
    },
    entries() {
      const out: [string, string][] = [];
      try {
        for (const [name, value] of source.entries?.() ?? []) {
          if (out.length >= MAX_HEADER_COUNT) break;
          if (typeof name === 'string' && typeof value === 'string') out.push([name.toLowerCase(), value]);
        }
      } catch {
        // A broken polyfill or reader gives what was read so far.
      }
      return out;
    },
  } as HeaderReader;
}

function valueToString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    // Repeated fields (Node's `set-cookie`): at most MAX_HEADER_COUNT parts, like the headers themselves.
    const parts = (value as unknown[]).slice(0, MAX_HEADER_COUNT).filter((part) => typeof part === 'string');
    return parts.length > 0 ? parts.join(', ') : undefined;
  }
  return undefined;
}

// A null-prototype map so names like `__proto__` are ordinary keys.
function fromMap(map: Record<string, string>): HeaderReader {
  return {
    [CORE_READER]: true,
    get: (name) => map[name.toLowerCase()],
    entries: () => Object.entries(map),
  } as HeaderReader;
}

function fromPairs(pairs: Iterable<readonly [string, string]>): HeaderReader {
  const map: Record<string, string> = Object.create(null) as Record<string, string>;
  let count = 0;
  for (const pair of pairs) {
    if (count++ >= MAX_HEADER_COUNT) break;
    if (!Array.isArray(pair)) continue;
    const name: unknown = pair[0];
    const value = valueToString(pair[1]);
    if (typeof name !== 'string' || value === undefined) continue;
    const key = name.toLowerCase();
    const previous = map[key];
    map[key] = previous === undefined ? value : `${previous}, ${value}`;
  }
  return fromMap(map);
}

// Names (asked for, or found in records) known to be in lower case: the same few come with every
// parse, and a set answers "is it?" in a fraction of the time of `toLowerCase`; that question is
// all a miss in a lower-case record needs. Bounded, so odd names cannot grow it without end: past
// the bound, names are checked each time.
const LOWER_CASE_NAMES = /* @__PURE__ */ new Set<string>();

// The names of a record of at most 16 headers all named in lower case, as Node's and most callers'
// are; `null` for any other record.
function smallLowerNames(names: readonly string[]): readonly string[] | null {
  return names.length <= 16 && names.every((name) => isLowerCase(name)) ? names : null;
}

function isLowerCase(name: string): boolean {
  if (LOWER_CASE_NAMES.has(name)) return true;
  if (name.toLowerCase() !== name) return false;
  if (LOWER_CASE_NAMES.size < MAX_HEADER_COUNT) LOWER_CASE_NAMES.add(name);
  return true;
}

function lowerRecord(record: Readonly<Record<string, unknown>>, names: readonly string[]): Record<string, string> {
  const map = Object.create(null) as Record<string, string>;
  try {
    for (let index = 0; index < names.length && index < MAX_HEADER_COUNT; index++) {
      const name = names[index] ?? '';
      const value = valueToString(record[name]);
      if (value !== undefined) map[name.toLowerCase()] ??= value;
    }
  } catch {
    // A record with throwing getters (or a hostile Proxy) gives what was read so far.
  }
  return map;
}

// The record's own enumerable names, listed once per reader (a huge record costs one walk);
// none when the record cannot list them (a hostile Proxy).
function namesOf(record: object): readonly string[] {
  try {
    return Object.keys(record);
  } catch {
    return [];
  }
}

function fromRecord(record: Readonly<Record<string, unknown>>): HeaderReader {
  let all: readonly string[] | undefined;
  let lowered: Record<string, string> | undefined;
  // `undefined` until first needed, then the small record's names or `null` (kept, not recomputed).
  let names: readonly string[] | null | undefined;
  // Bit `c & 31` for the first character `c` of each name, when ASCII (an upper-case letter shares
  // its lower case's bit); every bit when a name begins with another character.
  let firsts: number | undefined;
  const lower = (): Record<string, string> => (lowered ??= lowerRecord(record, (all ??= namesOf(record))));
  return {
    [CORE_READER]: true,
    get(name) {
      if (firsts === undefined) {
        firsts = 0;
        for (const known of (all ??= namesOf(record))) {
          const first = known.charCodeAt(0);
          firsts |= first >= 128 ? -1 : 1 << (first & 31);
        }
      }
      // A parse asks for a dozen headers that are not there. Only a name that lower-cases as a
      // header's name does can match it, and so begins as it does: most misses end at a bit test.
      const first = name.charCodeAt(0);
      if (first < 128 && ((firsts >>> (first & 31)) & 1) === 0) return undefined;
      names ??= smallLowerNames(all ?? []);
      // In a small record of lower-case names, the rest is a few string compares and a set lookup.
      if (names !== null && !names.includes(name)) return isLowerCase(name) ? undefined : lower()[name.toLowerCase()];
      try {
        // Node and most callers already use lower-case names: try the direct hit before building a map.
        if (Object.hasOwn(record, name)) return valueToString(record[name]);
      } catch {
        return undefined;
      }
      return lower()[name.toLowerCase()];
    },
    entries: () => Object.entries(lower()),
  } as HeaderReader;
}

/**
 * Wraps any supported header container (or returns a reader made here as it is); never throws,
 * whatever it is given, and neither do the reader's methods. Work is bounded: at most
 * `MAX_HEADER_COUNT` headers (and parts of a repeated one) are read.
 */
export function readHeaders(input: HeaderInput | HeaderReader | undefined | null): HeaderReader {
  if (typeof input !== 'object' || input === null) return EMPTY;
  try {
    if ((input as { [CORE_READER]?: unknown })[CORE_READER] === true) return input as HeaderReader;
    const getter = input as GetterLike;
    const hasGet = typeof getter.get === 'function';
    // fetch Headers first (they are iterable too), then pairs (a Map among them), then other readers.
    if (hasGet && typeof getter.append === 'function') return fromGetter(getter);
    if (isPairs(input)) return fromPairs(input);
    if (hasGet && typeof getter.entries === 'function') return fromGetter(getter);
    return fromRecord(input as Readonly<Record<string, unknown>>);
  } catch {
    return EMPTY;
  }
}
