import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/** A response read from text such as `curl -si` prints. */
export interface RawResponse {
  readonly status: number;
  /** The status line of the response that counts (the last one). */
  readonly statusLine: string;
  /** Header fields in order, repeated names kept apart. */
  readonly headers: readonly (readonly [name: string, value: string])[];
  readonly body: Uint8Array;
  /** How many header blocks came before it (redirects, 100 Continue, a proxy's CONNECT answer). */
  readonly skippedBlocks: number;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const MAX_HEADER_FIELDS = 512;
/** A folded header value stops growing here (the parsers read far less of any header). */
const MAX_HEADER_VALUE_LENGTH = 16 * 1024;

const CR = 0x0d;

/** Leading characters `String.prototype.trimStart` would drop from Latin-1 text: TAB..CR, space, NBSP. */
function isLeadingSpace(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

function firstNonSpace(text: string): number {
  let at = 0;
  while (at < text.length && isLeadingSpace(text.charCodeAt(at))) at++;
  return at;
}

/** True when the text starts like an HTTP response (leading blank lines allowed). */
export function looksLikeHttpResponse(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 64));
  const at = firstNonSpace(head);
  return head.startsWith('HTTP/', at) && isDigit(head.charCodeAt(at + 5));
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/**
 * The status of the status line `text[start, end)`, or `undefined`: `HTTP/1.1 404 Not Found`,
 * `HTTP/2 404`, `HTTP/3 429 ` (the reason phrase is optional). A scanner, not a regular
 * expression: each character is looked at once, and nothing is copied.
 */
function statusAt(text: string, start: number, end: number): number | undefined {
  // Past `end` (the line's LF or CR) reads as NaN, which no test below accepts.
  const at = (index: number): number => (index < end ? text.charCodeAt(index) : Number.NaN);
  if (!text.startsWith('HTTP/', start) || !isDigit(at(start + 5))) return undefined;
  let cursor = start + 6;
  if (at(cursor) === 0x2e /* . */) {
    if (!isDigit(at(cursor + 1))) return undefined;
    cursor += 2;
  }
  if (!isBlank(at(cursor))) return undefined;
  while (isBlank(at(cursor))) cursor++;
  if (!isDigit(at(cursor)) || !isDigit(at(cursor + 1)) || !isDigit(at(cursor + 2))) return undefined;
  // After the three digits: the end of the line, or a space or tab before the reason phrase.
  if (cursor + 3 < end && !isBlank(at(cursor + 3))) return undefined;
  return (at(cursor) - 0x30) * 100 + (at(cursor + 1) - 0x30) * 10 + (at(cursor + 2) - 0x30);
}

/** The status of one status line, or `undefined`. */
export function statusOfLine(line: string): number | undefined {
  return statusAt(line, 0, line.length);
}

/** Where the line starting at `start` ends: its LF, or the end of the text. */
function lineEndAt(text: string, start: number): number {
  const lf = text.indexOf('\n', start);
  return lf === -1 ? text.length : lf;
}

/** `end` less a CR just before it: a CRLF line's content ends there. */
function withoutCr(text: string, start: number, end: number): number {
  return end > start && text.charCodeAt(end - 1) === CR ? end - 1 : end;
}

/** The lines of `text[start, end)` without their CRs, at most `limit` of them. */
function linesOf(text: string, start: number, end: number, limit: number): string[] {
  const lines: string[] = [];
  let cursor = start;
  while (cursor < end && lines.length < limit) {
    const lineEnd = Math.min(lineEndAt(text, cursor), end);
    lines.push(text.slice(cursor, withoutCr(text, cursor, lineEnd)));
    cursor = lineEnd + 1;
  }
  return lines;
}

/** Header fields in order from a header block's lines; folded lines continue the previous value. */
function headerFields(lines: readonly string[]): [string, string][] {
  const fields: [string, string][] = [];
  for (const line of lines) {
    const last = fields.at(-1);
    // An obsolete folded line continues the previous value (up to a cap).
    if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined) {
      if (last[1].length < MAX_HEADER_VALUE_LENGTH) last[1] = `${last[1]} ${line.trim()}`;
      continue;
    }
    if (fields.length >= MAX_HEADER_FIELDS) break;
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim();
    // Names fetch's Headers would reject (and HTTP/2 pseudo-headers) are not fields.
    if (!TOKEN.test(name)) continue;
    fields.push([name.toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return fields;
}

/**
 * Reads a raw HTTP response. Several header blocks (`curl -siL` redirects, `100 Continue`, a
 * proxy's `200 Connection established`) are skipped: the last response counts. Header bytes are
 * read as Latin-1 (as HTTP defines them); the body is kept as bytes. `undefined` when the text
 * does not start with a status line.
 *
 * One pass over the bytes: each line end is found once (a header block ends at its first empty
 * line, CRLF or bare LF, and the next block or the body starts right after it); only the last
 * block's status line and headers are decoded. The time grows linearly with the input whatever
 * mix of blocks, line ends and junk it holds.
 */
export function parseRawResponse(bytes: Uint8Array): RawResponse | undefined {
  const text = latin1(bytes);
  const length = text.length;
  let start = firstNonSpace(text);
  let skippedBlocks = -1;
  // The last block seen, as offsets (no per-block objects: 1 MiB of tiny blocks is 75,000 of them).
  let status: number | undefined;
  let statusStart = 0;
  let statusEnd = 0;
  let headersStart = 0;
  let headersEnd = 0;
  let bodyStart = 0;
  while (start < length) {
    const statusLineEnd = lineEndAt(text, start);
    const lineEnd = withoutCr(text, start, statusLineEnd);
    const lineStatus = statusAt(text, start, lineEnd);
    if (lineStatus === undefined) break;
    status = lineStatus;
    statusStart = start;
    statusEnd = lineEnd;
    headersStart = Math.min(statusLineEnd + 1, length);
    headersEnd = length;
    bodyStart = length;
    let cursor = headersStart;
    while (cursor < length) {
      const end = lineEndAt(text, cursor);
      if (withoutCr(text, cursor, end) === cursor) {
        // The empty line: the headers end before it, the body (or the next block) after it.
        headersEnd = cursor;
        bodyStart = Math.min(end + 1, length);
        break;
      }
      cursor = end + 1;
    }
    skippedBlocks++;
    start = bodyStart;
  }
  if (status === undefined) return undefined;
  // Folded lines count towards the limit too: more than this many lines cannot become more fields.
  const headers = headerFields(linesOf(text, headersStart, headersEnd, MAX_HEADER_FIELDS * 4));
  const statusLine = text.slice(statusStart, statusEnd).trim();
  return { status, statusLine, headers, body: decoded(bytes.subarray(bodyStart), headers), skippedBlocks };
}

/**
 * `curl -si` without `--compressed` prints the body as sent, still compressed. Decode it when the
 * response says how; on failure keep the bytes (the parser then reports what it can).
 */
function decoded(body: Uint8Array, headers: readonly (readonly [string, string])[]): Uint8Array {
  const encoding = headers.find(([name]) => name === 'content-encoding')?.[1].trim().toLowerCase();
  if (encoding === undefined || body.byteLength === 0) return body;
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') return gunzipSync(body, { maxOutputLength: MAX_DECODED_BYTES });
    if (encoding === 'deflate') return inflateSync(body, { maxOutputLength: MAX_DECODED_BYTES });
    if (encoding === 'br') return brotliDecompressSync(body, { maxOutputLength: MAX_DECODED_BYTES });
  } catch {
    // Already decoded (curl --compressed keeps the header), truncated, or a bomb: keep the bytes.
  }
  return body;
}

/** A decoded body never grows past this: the parsers read far less. */
const MAX_DECODED_BYTES = 8 * 1024 * 1024;
