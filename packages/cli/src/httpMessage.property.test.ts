// Property tests for the CLI's input reader and its output redaction: arbitrary bytes never
// throw, the last header block is found whatever came before it, and redaction never grows a
// secret back or breaks JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeHttpResponse, parseRawResponse, statusOfLine } from './httpMessage.ts';
import { redactDisplayText, redactedJsonText } from './redact.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const lineEnd = fc.constantFrom('\n', '\r\n');
const headerLine = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), fc.stringMatching(/^[ -~]{0,20}$/)).map(([name, value]) => `${name}: ${value.trim()}`);
const block = fc.tuple(fc.integer({ min: 100, max: 599 }), fc.array(headerLine, { maxLength: 4 }), lineEnd).map(([status, headers, eol]) => ({
  status,
  text: [`HTTP/1.1 ${String(status)} Reason`, ...headers].join(eol) + eol + eol,
}));

describe('parseRawResponse (properties)', () => {
  it('never throws on arbitrary bytes, and reads only what starts like a response', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        const raw = parseRawResponse(bytes);
        if (raw !== undefined) {
          expect(looksLikeHttpResponse(bytes)).toBe(true);
          expect(raw.status).toBeGreaterThanOrEqual(100);
          expect(raw.status).toBeLessThanOrEqual(999);
          expect(raw.body.byteLength).toBeLessThanOrEqual(bytes.byteLength);
        }
      }),
    );
  });

  it('takes the last of any number of header blocks, in any mix of line ends, and keeps the body', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), fc.stringMatching(/^[{}a-z0-9":,]{0,40}$/), (blocks, body) => {
        const raw = parseRawResponse(encode(blocks.map((item) => item.text).join('') + body));
        const last = blocks.at(-1);
        expect(raw?.status).toBe(last?.status);
        expect(raw?.skippedBlocks).toBe(blocks.length - 1);
        expect(new TextDecoder().decode(raw?.body)).toBe(body);
      }),
    );
  });

  it('reads a status line exactly when it is HTTP/<digit>[.<digit>], blanks, three digits, then the end or a blank', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^HTTP\/[0-9](\.[0-9])?[ \t]{1,3}[0-9]{3}([ \t][ -~]{0,10})?$/), (line) => {
        expect(statusOfLine(line)).toBe(Number(/[ \t]([0-9]{3})(?:[ \t]|$)/.exec(line)?.[1]));
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (line) => {
        const status = statusOfLine(line);
        if (status !== undefined) expect(line.startsWith('HTTP/')).toBe(true);
      }),
    );
  });
});

describe('redaction of printed output (properties)', () => {
  it('never throws, and masking twice changes nothing more', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const once = redactDisplayText(text);
        expect(redactDisplayText(once)).toBe(once);
      }),
    );
  });

  it('masks the user info of any URL in any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.stringMatching(/^[A-Za-z0-9]{6,16}$/), fc.string({ maxLength: 20 }), (before, secret, after) => {
        const text = `${before} https://user:${secret}@example.com/x ${after}`;
        expect(redactDisplayText(text)).not.toContain(`user:${secret}@`);
      }),
    );
  });

  it('keeps --json output valid JSON whatever the strings hold', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(() => JSON.parse(redactedJsonText(value)) as unknown).not.toThrow();
      }),
    );
  });
});
