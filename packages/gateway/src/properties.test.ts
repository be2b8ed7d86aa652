import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acme, broken, stat } from './__fixtures__/vendors.ts';
import { createGateway } from './gateway.ts';
import { inProcessFetch } from './testing.ts';
import type { VendorParser } from '@errata/core';

const NULL_BODY = new Set([204, 205, 304]);
// Names the gateway drops or rewrites on passed-on responses, so they are not compared byte for byte.
const NOT_COMPARED = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'content-length', 'content-encoding']);

const headerName = fc.oneof(
  fc.constantFrom('set-cookie', 'retry-after', 'x-ratelimit-remaining', 'x-ratelimit-limit', 'x-ratelimit-reset-after', 'ratelimit', 'ratelimit-policy', 'x-request-id', 'acme-request-id', 'content-type', 'content-encoding', '__proto__', 'constructor'),
  fc.stringMatching(/^x-[a-z0-9-]{1,12}$/),
);
// Header values: printable ASCII without leading/trailing whitespace (which Headers would trim).
const headerValue = fc.oneof(fc.stringMatching(/^[!-~]([ -~]{0,38}[!-~])?$/), fc.constantFrom('1.5', '-1', '"a";r=1;t=2', 'Sun, 06 Nov 1994 08:49:37 GMT', '99999999999999999999'));
const headers = fc.array(fc.tuple(headerName, headerValue), { maxLength: 8 });

const body = fc.oneof(
  fc.string(),
  fc.uint8Array({ maxLength: 512 }),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.constant('<html><body>502 Bad Gateway</body></html>'),
  fc.constant('{"error": {"type": "rate_lim'),
  fc.constant('{"__proto__":{"polluted":true},"error":{"type":"__proto__"}}'),
  fc.record({ type: fc.string(), message: fc.string(), retry_after: fc.double() }).map((error) => JSON.stringify({ error })),
  fc.record({ stat: fc.constant('error'), code: fc.integer(), error: fc.string() }).map((value) => JSON.stringify(value)),
);

const vendors: Record<string, VendorParser | undefined> = { acme, stat, broken, none: undefined };

function bytesOf(value: string | Uint8Array): Uint8Array {
  return typeof value === 'string' ? new TextEncoder().encode(value) : value;
}

describe('gateway properties', () => {
  it('any upstream answer gives the untouched success or a valid problem+json, never a rejection', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 200, max: 599 }),
        headers,
        body,
        fc.constantFrom('acme', 'stat', 'broken', 'none'),
        fc.boolean(),
        async (status, headerList, payload, vendorName, inspectSuccess) => {
          const vendor = vendors[vendorName];
          const upstreamHeaders = new Headers();
          for (const [name, value] of headerList) upstreamHeaders.append(name, value);
          const wire = NULL_BODY.has(status) ? null : bytesOf(payload);
          const gateway = createGateway({
            routes: [{ upstream: 'https://up.test', inspectSuccess, ...(vendor === undefined ? {} : { vendor }) }],
            fetch: inProcessFetch({ 'https://up.test': () => new Response(wire === null ? null : new Uint8Array(wire), { status, headers: upstreamHeaders }) }),
          });
          const response = await gateway.handle(new Request('http://gw.test/x', { headers: { authorization: 'Bearer prop-secret-token-123' } }));

          // What the vendor (or core's fallback) makes of the same answer decides which outcome is right.
          const parsed = (vendor ?? acme).parse({ status, headers: upstreamHeaders, body: wire ?? undefined });
          const expectProblem = status >= 400 || (inspectSuccess && status < 300 && wire !== null && vendor !== undefined && parsed !== undefined);

          if (!expectProblem) {
            expect(response.status).toBe(status);
            const received = new Uint8Array(await response.arrayBuffer());
            expect(received).toEqual(wire ?? new Uint8Array());
            upstreamHeaders.forEach((_value, name) => {
              if (!NOT_COMPARED.has(name)) expect(response.headers.get(name)).toBe(upstreamHeaders.get(name));
            });
            expect(response.headers.getSetCookie()).toEqual(upstreamHeaders.getSetCookie());
            return;
          }
          expect(response.headers.get('content-type')).toBe('application/problem+json');
          expect(response.headers.has('set-cookie')).toBe(false);
          const text = await response.text();
          expect(text).not.toContain('prop-secret-token-123');
          const problem = JSON.parse(text) as Record<string, unknown>;
          expect(problem.status).toBe(response.status);
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThanOrEqual(599);
          expect(typeof problem.type).toBe('string');
          expect(typeof problem.title).toBe('string');
          expect(typeof problem.kind).toBe('string');
          if (response.status >= 500) expect(problem).not.toHaveProperty('detail');
          const retryAfter = response.headers.get('retry-after');
          if (retryAfter !== null) expect(retryAfter).toMatch(/^\d+$/);
          expect(Object.prototype).not.toHaveProperty('polluted');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a fetch that fails in any way gives a problem, never a rejection', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.boolean(), async (thrown, synchronously) => {
        const gateway = createGateway({
          routes: [{ upstream: 'https://up.test', vendor: acme }],
          fetch: synchronously
            ? () => {
                throw thrown;
              }
            : // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the point: a fetch may reject with anything
              () => Promise.reject(thrown),
        });
        const response = await gateway.handle(new Request('http://gw.test/x'));
        expect(response.headers.get('content-type')).toBe('application/problem+json');
        expect([499, 502, 504]).toContain(response.status);
      }),
      { numRuns: 100 },
    );
  });
});
