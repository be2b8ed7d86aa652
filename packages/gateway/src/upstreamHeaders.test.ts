import { readHeaders } from '@errata/core/vendor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { upstreamHeadersOf } from './upstreamHeaders.ts';

const NAMES = ['content-type', 'Retry-After', 'set-cookie', 'Set-Cookie', 'x-ratelimit-remaining', 'acme-request-id', 'dpop-nonce', 'WWW-Authenticate', 'link', 'x-a', 'X-A', '123'];
const VALUES = ['', 'a', 'a=b; Path=/', '2', 'Bearer realm="x"', 'é', ' spaced ', 'x, y'];
const ASKED = [...NAMES, 'absent', 'ABSENT', 'not a name', '', 'set-cookie2'];

describe('upstreamHeadersOf', () => {
  it('answers as fetch Headers do: get (repeated fields joined), iteration order and set-cookie fields (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...VALUES)), { maxLength: 12 }), (fields) => {
        const headers = new Headers();
        for (const [name, value] of fields) headers.append(name, value);
        const { reader, setCookies } = upstreamHeadersOf(headers);
        const core = readHeaders(headers);
        for (const name of ASKED) expect(reader.get(name)).toBe(core.get(name));
        expect(reader.entries()).toEqual(core.entries());
        expect(setCookies).toEqual(headers.getSetCookie());
      }),
    );
  });

  it('is a core reader: readHeaders takes it back as it is', () => {
    const { reader } = upstreamHeadersOf(new Headers({ a: '1' }));
    expect(readHeaders(reader)).toBe(reader);
  });
});
