import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { looksLikeHttpResponse, parseRawResponse } from './httpMessage.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (body: Uint8Array): string => new TextDecoder().decode(body);

describe('parseRawResponse', () => {
  it('reads curl -si output with CRLF line ends', () => {
    const raw = parseRawResponse(bytes('HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nX-Request-Id: abc\r\n\r\n{"code":10003}'));
    expect(raw).toMatchObject({ status: 404, statusLine: 'HTTP/1.1 404 Not Found', skippedBlocks: 0 });
    expect(raw?.headers).toEqual([
      ['content-type', 'application/json'],
      ['x-request-id', 'abc'],
    ]);
    expect(text(raw!.body)).toBe('{"code":10003}');
  });

  it('reads bare LF line ends and HTTP/2 status lines without a reason (curl prints a trailing space)', () => {
    const raw = parseRawResponse(bytes('HTTP/2 429 \nretry-after: 2\n\n{}'));
    expect(raw).toMatchObject({ status: 429, statusLine: 'HTTP/2 429', headers: [['retry-after', '2']] });
    expect(text(raw!.body)).toBe('{}');
    expect(parseRawResponse(bytes('HTTP/3 503\r\n\r\n'))?.status).toBe(503);
  });

  it('takes the last of several header blocks: 100 Continue, redirects, a proxy CONNECT', () => {
    const raw = parseRawResponse(
      bytes(
        'HTTP/1.1 200 Connection established\r\n\r\n' +
          'HTTP/1.1 100 Continue\r\n\r\n' +
          'HTTP/1.1 301 Moved Permanently\r\nLocation: /v2\r\nContent-Length: 0\r\n\r\n' +
          'HTTP/2 403 \r\ncontent-type: application/json\r\n\r\n{"code":50013}',
      ),
    );
    expect(raw).toMatchObject({ status: 403, skippedBlocks: 3, headers: [['content-type', 'application/json']] });
    expect(text(raw!.body)).toBe('{"code":50013}');
  });

  it('keeps the body byte for byte, blank lines and UTF-8 included', () => {
    const body = '{"message": "Unbekannter Kanal — ünknown"}\r\n\r\nHTTP/1.1 is in the body now';
    const raw = parseRawResponse(bytes(`HTTP/1.1 400 Bad Request\r\n\r\n${body}`));
    expect(text(raw!.body)).toBe(body);
  });

  it('tolerates leading blank lines, folded headers, junk lines and invalid header names', () => {
    const raw = parseRawResponse(bytes('\r\n  HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer realm="api",\r\n  error="invalid_token"\r\nnot a header\r\n:authority: x\r\nbad name: 1\r\n\r\n'));
    expect(raw?.status).toBe(401);
    expect(raw?.headers).toEqual([['www-authenticate', 'Bearer realm="api", error="invalid_token"']]);
    expect(raw?.body.byteLength).toBe(0);
  });

  it('reads a response that ends after its headers', () => {
    expect(parseRawResponse(bytes('HTTP/1.1 502 Bad Gateway\r\nServer: nginx'))).toMatchObject({ status: 502, headers: [['server', 'nginx']] });
  });

  it('decodes a compressed body (curl -si without --compressed) and keeps one that is not', () => {
    const gzipped = gzipSync('{"code":50035}');
    const head = bytes('HTTP/1.1 400 Bad Request\r\nContent-Encoding: gzip\r\n\r\n');
    const joined = new Uint8Array(head.byteLength + gzipped.byteLength);
    joined.set(head);
    joined.set(gzipped, head.byteLength);
    expect(text(parseRawResponse(joined)!.body)).toBe('{"code":50035}');
    // curl --compressed decodes the body but keeps the header.
    expect(text(parseRawResponse(bytes('HTTP/1.1 400 x\r\nContent-Encoding: gzip\r\n\r\n{"code":1}'))!.body)).toBe('{"code":1}');
  });

  it('gives undefined for text that is not a response', () => {
    expect(parseRawResponse(bytes('{"code": 50013}'))).toBeUndefined();
    expect(parseRawResponse(bytes('HTTP/1.1 OK\r\n\r\n'))).toBeUndefined();
    expect(parseRawResponse(bytes('HTTP/1.1 4040 Nope\r\n\r\n'))).toBeUndefined();
    expect(parseRawResponse(bytes(''))).toBeUndefined();
  });
});

describe('looksLikeHttpResponse', () => {
  it('is true for status lines only', () => {
    expect(looksLikeHttpResponse(bytes('HTTP/2 200'))).toBe(true);
    expect(looksLikeHttpResponse(bytes('\n HTTP/1.1 404 Not Found'))).toBe(true);
    expect(looksLikeHttpResponse(bytes('{"error":"invalid_grant"}'))).toBe(false);
    expect(looksLikeHttpResponse(bytes('<html>HTTP/1.1</html>'))).toBe(false);
  });
});
