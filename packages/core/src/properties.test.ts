import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApiError, type ApiError } from './apiError.ts';
import { Action } from './action.ts';
import { readHeaders } from './headers.ts';
import { parseHttpDate } from './httpDate.ts';
import { isApiError } from './isApiError.ts';
import { Kind } from './kind.ts';
import { parseRateLimit } from './rateLimit.ts';
import { createRegistry } from './registry.ts';
import { fromProblem, rehydrate } from './rehydrate.ts';
import { parseRetryAfter } from './retryAfter.ts';
import { parseStructuredField } from './structuredField.ts';
import { viewOf } from './view.ts';

const headerName = fc.oneof(fc.constantFrom('retry-after', 'x-ratelimit-reset', 'ratelimit', 'ratelimit-policy', 'x-ratelimit-global', 'content-type', '__proto__', 'constructor'), fc.string());
const headerValue = fc.oneof(fc.string(), fc.constantFrom('"a";r=1;t=2', '1.5', '-1', 'Sun, 06 Nov 1994 08:49:37 GMT'), fc.stringMatching(/^[\d.;=",a-z ]*$/));
const headerRecord = fc.dictionary(headerName, headerValue);
const anyBody = fc.oneof(fc.string(), fc.json(), fc.jsonValue(), fc.uint8Array(), fc.constant(undefined), fc.constant('{"__proto__":{"x":1}}'));
const kind = fc.constantFrom(...Object.values(Kind));
const action = fc.constantFrom(...Object.values(Action));
const fieldIssue = fc.record({ path: fc.array(fc.oneof(fc.string(), fc.nat()), { maxLength: 5 }), code: fc.string(), message: fc.string() });

const apiError = fc
  .record({
    vendor: fc.string({ minLength: 1 }),
    code: fc.oneof(fc.string(), fc.integer()),
    kind,
    status: fc.integer({ min: 0, max: 599 }),
    message: fc.string(),
    publicMessage: fc.string(),
    action,
    retryable: fc.boolean(),
    retryAfterMs: fc.option(fc.nat(), { nil: undefined }),
    issues: fc.array(fieldIssue, { maxLength: 3 }),
    requestId: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
    rateLimit: fc.option(fc.record({ limit: fc.nat(), remaining: fc.nat(), bucket: fc.string() }, { requiredKeys: [] }), { nil: undefined }),
  })
  .map(
    (init): ApiError =>
      createApiError({
        ...init,
        retry: init.retryAfterMs === undefined ? { retryable: init.retryable } : { retryable: true, retryAfterMs: init.retryAfterMs, retryAt: 1_700_000_000_000 + init.retryAfterMs },
      }),
  );

describe('core properties', () => {
  it('header parsers never throw', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer(), (value, now) => {
        parseRetryAfter(value, now);
        parseHttpDate(value, now);
        parseStructuredField(value);
      }),
    );
    fc.assert(
      fc.property(headerRecord, fc.integer(), (record, now) => {
        parseRateLimit(readHeaders(record), now);
      }),
    );
  });

  it('Retry-After is never negative and never above the clamp', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double().map(String), fc.date({ noInvalidDate: true }).map((date) => date.toUTCString())), (value) => {
        const delay = parseRetryAfter(value, 1_700_000_000_000, 60_000);
        expect(delay === undefined || (delay >= 0 && delay <= 60_000)).toBe(true);
      }),
    );
  });

  it('IMF-fixdate output of Date round-trips through parseHttpDate', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (date) => {
        const seconds = Math.floor(date.getTime() / 1000) * 1000;
        expect(parseHttpDate(new Date(seconds).toUTCString())).toBe(seconds);
      }),
    );
  });

  it('parsing any response through the registry never throws and loses no error status', () => {
    const registry = createRegistry([]);
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 1000 }), headerRecord, anyBody, (status, headers, body) => {
        const error = registry.parse({ status, headers, body });
        if (status >= 400 && status <= 999) {
          expect(isApiError(error)).toBe(true);
          expect(error?.status).toBe(status);
          expect(error?.response?.status).toBe(status);
          JSON.stringify(error);
          JSON.stringify(error?.toProblem());
        }
        expect(({} as Record<string, unknown>).x).toBeUndefined();
      }),
    );
  });

  it('toJSON → rehydrate gives back the same error', () => {
    fc.assert(
      fc.property(apiError, (error) => {
        const back = rehydrate(JSON.parse(JSON.stringify(error)));
        expect(back?.toJSON()).toEqual(error.toJSON());
      }),
    );
  });

  it('toProblem → fromProblem keeps vendor, code, kind, status, action and retry', () => {
    fc.assert(
      fc.property(apiError, (error) => {
        const back = fromProblem(JSON.parse(JSON.stringify(error.toProblem())));
        expect(back && [back.vendor, back.code, back.kind, back.status, back.action, back.retry.retryable, back.retry.retryAfterMs]).toEqual([
          error.vendor,
          error.code,
          error.kind,
          error.status,
          error.action,
          error.retry.retryable,
          error.retry.retryAfterMs,
        ]);
        expect(back?.issues).toEqual(error.issues);
      }),
    );
  });

  it('no surface ever shows a credential header value given as input', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{12,24}$/).map((value) => `S3CR3T${value}`);
    const credentialHeader = fc.constantFrom('authorization', 'Proxy-Authorization', 'cookie', 'Set-Cookie', 'x-api-key');
    fc.assert(
      fc.property(credentialHeader, secret, fc.integer({ min: 400, max: 599 }), anyBody, (name, value, status, body) => {
        const error = createRegistry([]).parse({ status, headers: { [name]: `Bearer ${value}`, 'x-request-id': 'r' }, body, url: `https://x.test/a?access_token=${value}` });
        const surfaces = [inspect(error, { depth: 10 }), JSON.stringify(error), JSON.stringify(error?.toProblem()), JSON.stringify(error?.response), String(error)];
        for (const surface of surfaces) expect(surface).not.toContain(value);
      }),
    );
  });

  it('views never throw, whatever the parts', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (status, headers, body) => {
        const view = viewOf({ status: status as number, headers: headers as Record<string, string>, body });
        view.json();
        view.headers.entries();
      }),
    );
  });
});

describe('linear time on hostile headers', () => {
  it('parseStructuredField handles its cap quickly', () => {
    const hostile = [';'.repeat(4096), '"'.repeat(4096), '\\'.repeat(4096), 'a=,'.repeat(1365)];
    const started = performance.now();
    for (const value of hostile) for (let round = 0; round < 20; round++) parseStructuredField(value);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('parseRetryAfter rejects long values without scanning them', () => {
    const started = performance.now();
    for (let round = 0; round < 100; round++) parseRetryAfter('9'.repeat(1_000_000));
    expect(performance.now() - started).toBeLessThan(100);
  });
});
