// Issue #14: the request an error came from (method, redacted URL, attempts, total delay) on the
// error itself and on every surface, `annotate` for clients that learn it late, and the `cause`
// parse option, so adapters never set `cause` as own data.
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate, createApiError, redactWith, type ApiError } from './apiError.ts';
import { defineVendor } from './defineVendor.ts';
import { hostileValues, trapAll } from './hostile.ts';
import { isApiError } from './isApiError.ts';
import { isJsonObject, numberField } from './json.ts';
import { networkErrorOf } from './networkError.ts';
import { createRedactor, REDACTED } from './redact.ts';
import { createRegistry } from './registry.ts';
import { fromProblem, rehydrate } from './rehydrate.ts';
import { MAX_CONTEXT_URL_LENGTH, requestContextOf, type RequestContext } from './requestContext.ts';
import { DEFAULT_REDACTOR } from './redact.ts';

const WEBHOOK_TOKEN = 'aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdefghijklmnopqrstuvwxyzABCD';
const URL_WITH_SECRETS = `https://alice:s3cretPW@discord.com/api/webhooks/123456789012345678/${WEBHOOK_TOKEN}?access_token=abc123xyz&wait=true`;
const SECRETS = ['s3cretPW', WEBHOOK_TOKEN, 'abc123xyz'];
// URLs from hand-picked origins and generated paths and queries (fc.webUrl costs seconds to warm up).
const segment = fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/);
const urls = fc
  .tuple(fc.constantFrom('https://discord.com/api/v10', 'http://127.0.0.1:3000', 'https://api.example.test'), fc.array(segment, { maxLength: 4 }), fc.array(fc.tuple(segment, segment), { maxLength: 3 }))
  .map(([origin, path, query]) => `${origin}/${path.join('/')}${query.length === 0 ? '' : `?${query.map(([key, value]) => `${key}=${value}`).join('&')}`}`);
const REQUEST: RequestContext = { method: 'POST', url: URL_WITH_SECRETS, attempts: 3, totalDelayMs: 1500 };

function errorWith(init: { request?: RequestContext; cause?: unknown } = {}): ApiError {
  return createApiError({ vendor: 'demo', code: 'bad', kind: 'unavailable', status: 503, message: 'busy', ...init });
}

/** Every text an error shows, joined. */
function surfaces(error: ApiError): string {
  return [JSON.stringify(error), JSON.stringify(error.toProblem()), inspect(error, { depth: Infinity }), JSON.stringify({ ...error }), String(error), error.stack].join('\n');
}

describe('the request context on an error', () => {
  it('is own data with the URL redacted, and shows on toJSON, toProblem and inspect', () => {
    const error = errorWith({ request: REQUEST });
    expect(error.request).toEqual({ method: 'POST', url: expect.stringContaining('discord.com/api/webhooks/123456789012345678/') as unknown, attempts: 3, totalDelayMs: 1500 });
    expect(Object.keys(error)).toContain('request');
    const shown = surfaces(error);
    for (const secret of SECRETS) expect(shown).not.toContain(secret);
    expect(error.toJSON().request).toEqual(error.request);
    expect(error.toProblem().request).toEqual(error.request);
    expect(inspect(error)).toContain('attempts: 3');
    expect(error.request?.url).toContain('wait=true');
  });

  it('is absent (no own key) on errors built without one', () => {
    const error = errorWith();
    expect(error.request).toBeUndefined();
    expect(Object.hasOwn(error, 'request')).toBe(false);
    expect(error.toJSON()).not.toHaveProperty('request');
    expect(error.toProblem()).not.toHaveProperty('request');
  });

  it('can be left out of a problem', () => {
    expect(errorWith({ request: REQUEST }).toProblem({ includeRequest: false })).not.toHaveProperty('request');
  });

  it('comes back from toJSON, toProblem and a copy of the own data, still redacted', () => {
    const error = errorWith({ request: REQUEST });
    const copies = [rehydrate(JSON.parse(JSON.stringify(error))), rehydrate(structuredClone(error.toJSON())), fromProblem(JSON.parse(JSON.stringify(error.toProblem()))), rehydrate({ ...error })];
    for (const back of copies) {
      expect(back?.request).toEqual(error.request);
      if (back !== undefined) for (const secret of SECRETS) expect(surfaces(back)).not.toContain(secret);
    }
  });

  it('is redacted on the way in from outside, and dropped unless it has the shape', () => {
    const foreign = fromProblem({ type: 'about:blank', title: 'x', status: 502, request: { method: 'GET', url: URL_WITH_SECRETS, attempts: 1, totalDelayMs: 0 } });
    for (const secret of SECRETS) expect(JSON.stringify(foreign?.request)).not.toContain(secret);
    const bad: unknown[] = [
      { attempts: -1, totalDelayMs: 0 },
      { attempts: 1.5, totalDelayMs: 0 },
      { attempts: '1', totalDelayMs: 0 },
      { attempts: 1, totalDelayMs: Number.NaN },
      { attempts: 1 },
      'GET /x',
      [1, 2],
      ...hostileValues,
    ];
    for (const request of bad) {
      const serialized = { ...errorWith().toJSON(), request };
      expect(rehydrate(serialized)?.request).toBeUndefined();
      expect(fromProblem({ type: 'about:blank', title: 'x', request })?.request).toBeUndefined();
      expect(() => createApiError({ vendor: 'x', code: 1, kind: 'internal', status: 500, message: '', request: request as RequestContext })).not.toThrow();
    }
  });

  it('keeps a method only when it is a token, and bounds the URL', () => {
    expect(requestContextOf({ method: 'GET / HTTP/1.1\r\nAuthorization: Bearer x', attempts: 1, totalDelayMs: 0 }, DEFAULT_REDACTOR)).toEqual({ attempts: 1, totalDelayMs: 0 });
    expect(requestContextOf({ method: 'M'.repeat(33), attempts: 1, totalDelayMs: 0 }, DEFAULT_REDACTOR)).toEqual({ attempts: 1, totalDelayMs: 0 });
    expect(requestContextOf({ method: 'PROPFIND', attempts: 0, totalDelayMs: 2.5 }, DEFAULT_REDACTOR)).toEqual({ method: 'PROPFIND', attempts: 0, totalDelayMs: 2.5 });
    const long = requestContextOf({ url: `https://api.test/${'a/'.repeat(10_000)}`, attempts: 1, totalDelayMs: 0 }, DEFAULT_REDACTOR);
    expect(long?.url).toHaveLength(MAX_CONTEXT_URL_LENGTH);
  });

  it('follows redactWith: a URL secret only the request knows is masked too', () => {
    const error = errorWith({ request: { method: 'GET', url: 'https://api.test/tenants/tenant-42-key/items', attempts: 1, totalDelayMs: 0 } });
    expect(error.request?.url).toContain('tenant-42-key');
    redactWith(error, createRedactor({ secrets: ['tenant-42-key'] }));
    expect(error.request?.url).toBe(`https://api.test/tenants/${REDACTED}/items`);
    expect(surfaces(error)).not.toContain('tenant-42-key');
    // An error built with a redactor uses it from the start.
    const built = createApiError({ vendor: 'x', code: 1, kind: 'internal', status: 500, message: '', redactor: createRedactor({ secrets: ['tenant-42-key'] }), request: { url: 'https://api.test/tenant-42-key', attempts: 1, totalDelayMs: 0 } });
    expect(JSON.stringify({ ...built })).not.toContain('tenant-42-key');
  });

  it('reads anything without throwing, into a well-formed context or none (property)', () => {
    const contexts = fc.record({ method: fc.oneof(fc.string(), fc.constantFrom('GET', 'POST')), url: fc.string(), attempts: fc.oneof(fc.nat(), fc.double()), totalDelayMs: fc.double() }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), contexts), (value) => {
        const read = requestContextOf(value, DEFAULT_REDACTOR);
        if (read === undefined) return;
        expect(Number.isInteger(read.attempts) && read.attempts >= 0).toBe(true);
        expect(Number.isFinite(read.totalDelayMs) && read.totalDelayMs >= 0).toBe(true);
        if (read.method !== undefined) expect(read.method.length).toBeLessThanOrEqual(32);
        // Reading what was read changes nothing: redaction is idempotent, the checks hold.
        expect(requestContextOf(read, DEFAULT_REDACTOR)).toEqual(read);
      }),
      { numRuns: 500 },
    );
  });

  it('a planted secret never shows, whatever URL it sits in (property)', () => {
    fc.assert(
      fc.property(urls, fc.constantFrom('access_token', 'token', 'api_key', 'client_secret', 'X-Amz-Signature'), fc.stringMatching(/^[A-Za-z0-9]{12,30}$/), (url, name, secret) => {
        const planted = `${url}${url.includes('?') ? '&' : '?'}${name}=${secret}`;
        const error = errorWith({ request: { method: 'GET', url: planted, attempts: 1, totalDelayMs: 0 } });
        expect(surfaces(error)).not.toContain(secret);
        expect(rehydrate(error.toJSON())?.request).toEqual(error.request);
      }),
      { numRuns: 200 },
    );
  });
});

describe('annotate', () => {
  it('records the request and the cause on an error already built, the cause never as own data', () => {
    const cause = Object.assign(new Error(`ky failed for ${URL_WITH_SECRETS}`), { response: new Response('x') });
    const error = annotate(errorWith(), { request: REQUEST, cause });
    expect(error.cause).toBe(cause);
    expect(Object.getOwnPropertyNames(error)).not.toContain('cause');
    expect(error.request?.attempts).toBe(3);
    for (const secret of SECRETS) expect(surfaces(error)).not.toContain(secret);
    // A cause that cannot be cloned (a Response) does not stop a structured clone of the error.
    expect(() => structuredClone(error)).not.toThrow();
  });

  it('replaces what the error had, and leaves it alone for fields not given', () => {
    const first = new Error('first');
    const error = errorWith({ request: REQUEST, cause: first });
    annotate(error, {});
    expect([error.cause, error.request?.attempts]).toEqual([first, 3]);
    annotate(error, { request: { attempts: 1, totalDelayMs: 0 } });
    expect(error.request).toEqual({ attempts: 1, totalDelayMs: 0 });
  });

  it('sets the cause on a frozen error too, and never throws', () => {
    const frozen = Object.freeze(errorWith());
    const cause = new Error('late');
    expect(annotate(frozen, { cause, request: REQUEST }).cause).toBe(cause);
    for (const value of hostileValues) {
      expect(() => annotate(value, { request: REQUEST, cause })).not.toThrow();
      expect(() => annotate(errorWith(), value as never)).not.toThrow();
      expect(() => annotate(errorWith(), { request: value as never, cause: value })).not.toThrow();
    }
  });

  it('leaves values that are not errata errors alone', () => {
    const plain = new Error('plain');
    annotate(plain, { cause: 'x', request: REQUEST });
    expect(plain.cause).toBeUndefined();
    expect(Object.hasOwn(plain, 'request')).toBe(false);
  });
});

describe('networkErrorOf with the request context', () => {
  it('takes { expectedVendor, request }, and still the vendor alone', () => {
    const error = networkErrorOf(new TypeError('fetch failed'), { expectedVendor: 'discord', request: REQUEST });
    expect(error).toMatchObject({ code: 'unreachable', details: { expectedVendor: 'discord' }, request: { method: 'POST', attempts: 3, totalDelayMs: 1500 } });
    for (const secret of SECRETS) expect(surfaces(error)).not.toContain(secret);
    expect(networkErrorOf(new TypeError('x'), 'discord').details).toEqual({ expectedVendor: 'discord' });
    expect(networkErrorOf(new TypeError('x'), {}).details).toEqual({});
    expect(networkErrorOf(new TypeError('x')).request).toBeUndefined();
  });

  it('never throws on hostile options', () => {
    for (const options of hostileValues) {
      const error = networkErrorOf(new Error('x'), options as never);
      expect(isApiError(error)).toBe(true);
      expect(() => JSON.stringify(error)).not.toThrow();
    }
  });
});

describe('the cause parse option', () => {
  // A vendor that claims bodies with a numeric `code`, and leaves everything else to core.
  const demo = defineVendor({
    vendor: 'demo',
    detect: (view) => isJsonObject(view.json()) && numberField(view.json() as never, 'code') !== undefined,
    parseView: (view) => {
      const body = view.json();
      const code = isJsonObject(body) ? numberField(body, 'code') : undefined;
      return code === undefined ? undefined : createApiError({ vendor: 'demo', code, kind: 'permission-denied', status: view.status, message: 'denied', cause: 'the vendor’s own' });
    },
  });
  const clientError = Object.assign(new Error(`Request failed: ${URL_WITH_SECRETS}`), { name: 'HTTPError', response: new Response('{}') });

  it("gives the parsed error the client's error as cause (getter, not own data), from parts and from a Response", async () => {
    const fromParts = demo.parse({ status: 403, body: { code: 50013 } }, { cause: clientError });
    const fromResponse = await demo.parse(new Response('{"code":50013}', { status: 403 }), { cause: clientError });
    for (const error of [fromParts, fromResponse]) {
      expect(error?.cause).toBe(clientError);
      expect(Object.getOwnPropertyNames(error)).not.toContain('cause');
      expect(error?.toJSON().cause).toMatchObject({ name: 'HTTPError' });
      if (error !== undefined) for (const secret of SECRETS) expect(surfaces(error)).not.toContain(secret);
      expect(() => structuredClone(error)).not.toThrow();
    }
  });

  it('reaches the generic fallback, every registry path and a captured stack alike', () => {
    expect(demo.parse({ status: 502, body: '<html>' }, { cause: clientError })?.cause).toBe(clientError);
    const registry = createRegistry([demo]);
    expect(registry.parse({ status: 403, body: { code: 1 } }, { cause: clientError })?.cause).toBe(clientError);
    expect(registry.parse({ status: 500, body: 'oops' }, { cause: clientError })?.cause).toBe(clientError);
    const problem = { status: 403, headers: { 'content-type': 'application/problem+json' }, body: { type: 'urn:errata:demo:1', title: 't', vendor: 'demo', code: 1 } };
    const rebuilt = registry.parse(problem, { cause: clientError, captureStack: true });
    expect(rebuilt?.cause).toBe(clientError);
    expect(rebuilt?.stack).toContain('requestContext.test.ts');
  });

  it('sets nothing without the option, or on a success', () => {
    expect(demo.parse({ status: 403, body: { code: 1 } })?.cause).toBe('the vendor’s own');
    expect(demo.parse({ status: 200, body: {} }, { cause: clientError })).toBeUndefined();
  });

  it('is read once and safely from hostile options', async () => {
    const options = { get cause(): never {
      throw new Error('getter');
    } };
    expect(demo.parse({ status: 403, body: { code: 1 } }, options)?.cause).toBe('the vendor’s own');
    expect(demo.parse({ status: 403, body: { code: 1 } }, trapAll as never)?.code).toBe(1);
    await expect(demo.parse(new Response('{"code":1}', { status: 403 }), trapAll as never)).resolves.toMatchObject({ code: 1 });
  });
});

describe('a consumed body through a vendor parse', () => {
  const demo = defineVendor({ vendor: 'demo', detect: () => false, parseView: () => undefined });

  it('falls back to the generic error, which says the body was read by another consumer', async () => {
    const response = new Response('{"code":50013}', { status: 403, headers: { 'content-type': 'application/json' } });
    await response.json();
    for (const error of [await demo.parse(response), await createRegistry([demo]).parse(response)]) {
      expect(error?.message).toContain('the body was already read by another consumer');
      expect(error?.details).toMatchObject({ bodyError: 'consumed' });
      expect(error?.message).not.toContain('empty body');
    }
  });
});
