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

// `HTTP/1.1 404 Not Found`, `HTTP/2 404`, `HTTP/3 429 `; the reason phrase is optional.
const STATUS_LINE = /^HTTP\/\d(?:\.\d)?[ \t]+(\d{3})(?:[ \t].*)?$/;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const MAX_HEADER_FIELDS = 512;

/** True when the text starts like an HTTP response (leading blank lines allowed). */
export function looksLikeHttpResponse(bytes: Uint8Array): boolean {
  return /^\s*HTTP\/\d/.test(latin1(bytes.subarray(0, 64)));
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** Where the header block starting at `from` ends: the blank line, CRLF or bare LF style. */
function headerEnd(text: string, from: number): { end: number; bodyStart: number } {
  const crlf = text.indexOf('\r\n\r\n', from);
  const lf = text.indexOf('\n\n', from);
  if (crlf === -1 && lf === -1) return { end: text.length, bodyStart: text.length };
  if (lf === -1 || (crlf !== -1 && crlf < lf)) return { end: crlf, bodyStart: crlf + 4 };
  return { end: lf, bodyStart: lf + 2 };
}

function headerFields(lines: readonly string[]): [string, string][] {
  const fields: [string, string][] = [];
  for (const line of lines) {
    if (fields.length >= MAX_HEADER_FIELDS) break;
    const last = fields.at(-1);
    // An obsolete folded line continues the previous value.
    if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined) {
      last[1] = `${last[1]} ${line.trim()}`;
      continue;
    }
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
 */
export function parseRawResponse(bytes: Uint8Array): RawResponse | undefined {
  const text = latin1(bytes);
  let start = text.length - text.trimStart().length;
  let skippedBlocks = -1;
  let block: { status: number; statusLine: string; headers: [string, string][]; bodyStart: number } | undefined;
  for (;;) {
    const lineEnd = text.indexOf('\n', start);
    const statusLine = text.slice(start, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
    const match = STATUS_LINE.exec(statusLine);
    if (match === null) break;
    const { end, bodyStart } = headerEnd(text, start);
    const lines = text.slice(start, end).split(/\r?\n/).slice(1);
    block = { status: Number(match[1]), statusLine: statusLine.trim(), headers: headerFields(lines), bodyStart };
    skippedBlocks++;
    start = bodyStart;
  }
  if (block === undefined) return undefined;
  const headers = block.headers;
  return { status: block.status, statusLine: block.statusLine, headers, body: decoded(bytes.subarray(block.bodyStart), headers), skippedBlocks };
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
