import { REDACTED, redactHeaderValue, redactText, redactUrl } from '@errata/core/vendor';

// Everything the CLI prints passes through here, text and --json alike: upstream messages,
// details and headers can carry credentials (a token echoed in an error message, a signed URL,
// a session cookie), and the terminal or a pasted bug report is the last place they should show
// up. The masking itself is core's (`redactText`, `redactUrl`, `redactHeaderValue`), so the CLI
// hides exactly what every other errata surface hides.

const SCHEME_SEPARATOR = '://';
/** Longest URL scheme looked for before `://` (`https`, `wss`, `git+ssh`, ...). */
const MAX_SCHEME_LENGTH = 32;
/**
 * URLs longer than this are not handed to the URL parser (whose cost per URL is large); their
 * user info is masked here and the rest goes through `redactText` with the surrounding text.
 */
const MAX_PARSED_URL_LENGTH = 8 * 1024;
/**
 * At most this many URLs of one text go through `redactUrl`; later ones get the user-info mask
 * here and `redactText` (which masks credential parameters and tokens). Printed text holds a
 * handful of URLs; a text of 50,000 of them should not cost 50,000 URL parses.
 */
const MAX_PARSED_URLS = 256;

function isSchemeChar(code: number): boolean {
  // ALPHA / DIGIT / "+" / "-" / "."
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d || code === 0x2e;
}

/** Where a URL that started before `from` stops: whitespace, a quote or an angle bracket. */
function urlEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code <= 0x20 || code === 0x22 /* " */ || code === 0x27 /* ' */ || code === 0x3c /* < */ || code === 0x3e /* > */ || code === 0x60 /* ` */) break;
    at++;
  }
  return at;
}

/** A URL with the user info of its authority (`user:password@`) masked, found by hand. */
function withoutUserInfo(url: string, separator: number): string {
  const authorityStart = separator + SCHEME_SEPARATOR.length;
  let at = authorityStart;
  let lastAt = -1;
  // The authority ends at the first `/`, `?` or `#`; its last `@` ends the user info.
  while (at < url.length) {
    const code = url.charCodeAt(at);
    if (code === 0x2f || code === 0x3f || code === 0x23) break;
    if (code === 0x40) lastAt = at;
    at++;
  }
  return lastAt === -1 ? url : `${url.slice(0, authorityStart)}${REDACTED}${url.slice(lastAt)}`;
}

/**
 * Free text with every embedded absolute URL passed through `redactUrl` (user info, credential
 * query values, token-like path segments) and the rest through `redactText`. One pass: each
 * `://` is found once, and the scan resumes after the URL it belongs to.
 */
export function redactDisplayText(text: string): string {
  const out = new Pieces();
  let copied = 0;
  let searchFrom = 0;
  let parsed = 0;
  for (;;) {
    const separator = text.indexOf(SCHEME_SEPARATOR, searchFrom);
    if (separator === -1) break;
    let start = separator;
    while (start > copied && separator - start < MAX_SCHEME_LENGTH && isSchemeChar(text.charCodeAt(start - 1))) start--;
    const end = urlEnd(text, separator + SCHEME_SEPARATOR.length);
    if (start < separator) {
      const url = text.slice(start, end);
      const parse = url.length <= MAX_PARSED_URL_LENGTH && parsed < MAX_PARSED_URLS;
      if (parse) parsed++;
      const masked = parse ? redactUrl(url) : withoutUserInfo(url, separator - start);
      // Most URLs carry no credential: then nothing is copied, and the text stays one piece.
      if (masked !== url) {
        out.add(text.slice(copied, start));
        out.add(masked);
        copied = end;
      }
    }
    searchFrom = Math.max(end, separator + SCHEME_SEPARATOR.length);
  }
  if (copied === 0) return redactText(text);
  out.add(text.slice(copied));
  return redactText(out.join());
}

/**
 * A string built from many pieces. Pieces are joined into a chunk every `CHUNK` additions, so at
 * most that many small strings are alive at once: a list of 100,000 tiny strings makes every
 * minor garbage collection walk all of them, and the time of the whole grows faster than the input.
 */
class Pieces {
  static readonly CHUNK = 512;
  private readonly chunks: string[] = [];
  private pending: string[] = [];

  add(piece: string): void {
    this.pending.push(piece);
    if (this.pending.length >= Pieces.CHUNK) {
      this.chunks.push(this.pending.join(''));
      this.pending = [];
    }
  }

  /** One flat string (Array#join makes one; `a + b` would hand the redactor a rope to walk). */
  join(): string {
    this.chunks.push(this.pending.join(''));
    this.pending = [];
    return this.chunks.join('');
  }
}

/** Depth past which nested values are replaced rather than walked (the parsers' own output is shallow). */
const MAX_DEPTH = 64;

/**
 * A JSON value with every string redacted: header-named keys through `redactHeaderValue`, other
 * strings (object keys included) through `redactDisplayText`. Walking the value rather than the
 * serialized text keeps the output valid JSON: masking inside the serialized text could swallow
 * an escape.
 */
export function redactJson(value: unknown, key?: string, depth: number = 0): unknown {
  if (typeof value === 'string') {
    const byHeader = key === undefined ? value : redactHeaderValue(key, value);
    return byHeader === value ? redactDisplayText(value) : byHeader;
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[nested too deep]';
  if (Array.isArray(value)) {
    // A `[name, value]` header pair: the name decides, as for a keyed value.
    const [first, second] = value as unknown[];
    if (value.length === 2 && typeof first === 'string' && typeof second === 'string') return [redactDisplayText(first), redactJson(second, first, depth + 1)];
    // The items of a list under a header name (`set-cookie: [...]`) are that header's values.
    return value.map((item: unknown) => redactJson(item, key, depth + 1));
  }
  const out: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) out[redactDisplayText(name)] = redactJson(item, name, depth + 1);
  return out;
}

/** `JSON.stringify(value, null, space)` of the redacted value (after `toJSON` methods have run). */
export function redactedJsonText(value: unknown, space: number = 2): string {
  // JSON.stringify gives undefined for undefined, functions and symbols, whatever its types say.
  const serialized = JSON.stringify(value) as string | undefined;
  const plain = typeof serialized === 'string' ? (JSON.parse(serialized) as unknown) : null;
  return JSON.stringify(redactJson(plain), null, space);
}
