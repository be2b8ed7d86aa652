// Property tests: the parser is total on any body and any headers, and reads back what it is given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { __CAMEL__Parts } from './testing.ts';
import { __CAMEL__ } from './vendor.ts';

const status = fc.integer({ min: 100, max: 599 });
const headers = fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 40 }), { maxKeys: 5 });

describe('__CAMEL__.parse properties', () => {
  it('never throws, on any text and any JSON', () => {
    fc.assert(
      fc.property(status, headers, fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ error: value }))), (code, head, body) => {
        const error = __CAMEL__.parse({ status: code, headers: head, body });
        if (code >= 400) expect(error).toBeDefined();
      }),
    );
  });

  it('reads back any code and message it is given', () => {
    const text = fc.string({ minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 400, max: 599 }), (code, message, errorStatus) => {
        const error = __CAMEL__.parse(__CAMEL__Parts({ code, message, status: errorStatus }));
        expect(error).toMatchObject({ vendor: '__NAME__', code, message, status: errorStatus });
      }),
    );
  });
});
