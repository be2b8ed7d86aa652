// Issue #12, item 6: `parse` (defineVendor / parseWith / registry) never throws and never rejects,
// whatever it is given, and vendor parsers only ever see plain data.
import { describe, expect, it } from 'vitest';
import { createApiError, errorNameOf, type ApiError } from './apiError.ts';
import { isApiError } from './isApiError.ts';
import { isJsonObject, numberField } from './json.ts';
import { kindOfStatus } from './kind.ts';
import { createRegistry } from './registry.ts';
import { createParseContext, defineVendor, parseViewWith, parseWith, type VendorModule } from './defineVendor.ts';
import { viewOf, type ResponseView } from './view.ts';
import { throwingProxy } from './hostile.ts';

function throwing<T extends object>(target: T, ...keys: string[]): T {
  for (const key of keys) {
    Object.defineProperty(target, key, {
      enumerable: true,
      get() {
        throw new Error(`getter ${key}`);
      },
    });
  }
  return target;
}

// A vendor that reads whatever it is handed without any care, as a vendor may: if core ever hands
// it something that throws, parse falls back, and `seen` records what it got.
const seen: unknown[] = [];
const careless: VendorModule = {
  vendor: 'careless',
  detect: (view) => isJsonObject(view.json()),
  parseView: (view: ResponseView) => {
    const body = view.json() as { code?: unknown; nested?: { deep?: unknown } } | undefined;
    seen.push(body);
    const code = isJsonObject(body) ? numberField(body, 'code') : undefined;
    if (code === undefined) return undefined;
    JSON.stringify(body);
    const deep = body?.nested?.deep;
    return createApiError({ vendor: 'careless', code, kind: kindOfStatus(view.status), status: view.status, message: typeof deep === 'string' ? deep : '', source: view });
  },
};
const vendor = defineVendor(careless);
const registry = createRegistry([careless]);

const cyclic: Record<string, unknown> = { code: 1 };
cyclic.self = cyclic;

const hostileInputs: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['a number', 42],
  ['a string', '{"code": 1}'],
  ['a Symbol', Symbol('x')],
  ['a BigInt', 10n],
  ['a function', () => undefined],
  ['a throwing Proxy', throwingProxy({})],
  ['parts with throwing getters', throwing({}, 'status', 'headers', 'body', 'url')],
  ['parts whose body is a throwing Proxy', { status: 400, body: throwingProxy({}) }],
  ['parts whose body has a throwing getter', { status: 400, body: throwing({ code: 1 }, 'nested') }],
  ['parts whose body holds a BigInt', { status: 400, body: { code: 50013n, nested: { deep: 1n } } }],
  ['parts whose body is cyclic', { status: 400, body: cyclic }],
  ['parts whose headers are a throwing Proxy', { status: 429, headers: throwingProxy({}), body: '{"code": 2}' }],
  ['parts whose headers have throwing getters', { status: 429, headers: throwing({}, 'retry-after', 'Content-Type'), body: '{"code": 2}' }],
  ['frozen parts', Object.freeze({ status: 400, headers: Object.freeze({ 'retry-after': '5' }), body: Object.freeze({ code: 3 }) })],
  ['a forged error as parts', { [Symbol.for('errata.error/v1')]: true, status: 500 }],
];

describe('parse on hostile input', () => {
  it.each(hostileInputs)('never throws on %s, and gives an error or undefined', (_name, input) => {
    const parsers = [(value: unknown): unknown => vendor.parse(value as never), (value: unknown): unknown => parseWith(careless, value as never), (value: unknown): unknown => registry.parse(value as never)];
    for (const parse of parsers) {
      const result = parse(input) as ApiError | undefined;
      expect(result === undefined || isApiError(result)).toBe(true);
      if (result !== undefined) {
        expect(() => JSON.stringify(result)).not.toThrow();
        expect(typeof result.status).toBe('number');
      }
    }
  });

  it('answers parse(null) and parse(undefined) with a status-0 error, not a throw', () => {
    for (const input of [null, undefined]) {
      const error = vendor.parse(input as never);
      expect(error).toMatchObject({ vendor: 'http', status: 0, kind: 'unknown' });
    }
  });

  it('keeps the fields that read fine when others throw', () => {
    const error = vendor.parse(throwing({ status: 404, body: '{"code": 7}' }, 'headers', 'url') as never);
    expect(error).toMatchObject({ vendor: 'careless', code: 7, status: 404 });
  });

  it('hands vendors a plain copy of an already-parsed body (BigInt as a number)', () => {
    seen.length = 0;
    const error = vendor.parse({ status: 400, body: { code: 50013n, nested: { deep: 'x' } } });
    expect(error).toMatchObject({ vendor: 'careless', code: 50013, message: 'x' });
    expect(seen[0]).toEqual({ code: 50013, nested: { deep: 'x' } });
    expect(() => JSON.stringify(error?.body)).not.toThrow();
  });

  it('falls back to the generic error when the body cannot be read', () => {
    const error = vendor.parse({ status: 400, body: throwing({ code: 1 }, 'nested') });
    expect(error).toMatchObject({ vendor: 'http', status: 400, details: { jsonFailure: 'invalid' } });
  });

  it('never rejects on response-likes whose getters throw', async () => {
    const response = new Response('{"code": 9}', { status: 503 });
    const hostile = [
      throwing({ clone: () => response.clone(), headers: new Headers(), bodyUsed: false, body: response.body }, 'status'),
      throwing({ clone: () => response.clone(), status: 503, bodyUsed: false, body: response.body }, 'headers'),
      throwing({ clone: () => response.clone(), status: 503, headers: new Headers() }, 'bodyUsed', 'body', 'url'),
      { status: 503, headers: new Headers(), bodyUsed: false, body: {}, clone: () => throwingProxy({}) },
      new Proxy(response, {
        get(target, key) {
          if (key === 'status') return 503;
          if (key === 'clone') return () => target.clone();
          if (key === 'headers') return target.headers;
          throw new Error('trap');
        },
      }),
    ];
    for (const input of hostile) {
      for (const result of [vendor.parse(input as never), registry.parse(input as never)]) {
        const error = await result;
        expect(error === undefined || isApiError(error)).toBe(true);
      }
    }
  });

  it('survives hostile options: a throwing Proxy, throwing getters, NaN clocks', async () => {
    const options = [throwingProxy({}), throwing({}, 'now', 'maxBodyBytes', 'signal', 'vendor', 'url', 'captureStack', 'timeoutMs'), { now: Number.NaN, signal: {} }];
    for (const option of options) {
      expect(vendor.parse({ status: 400, body: '{"code": 1}' }, option as never)).toMatchObject({ code: 1 });
      expect(registry.parse({ status: 400, body: '{"code": 1}' }, option as never)).toMatchObject({ code: 1 });
      expect(await vendor.parse(new Response('{"code": 1}', { status: 400 }), option as never)).toMatchObject({ code: 1 });
    }
    const error = vendor.parse({ status: 429, headers: { 'retry-after': '5' }, body: '' }, { now: Number.NaN });
    expect(Number.isFinite(error?.retry.retryAt)).toBe(true);
  });

  it('keeps the status when even the generic fallback fails', () => {
    const view = viewOf({ status: 502, body: 'x' });
    const broken = Object.create(view, {
      headers: {
        get() {
          throw new Error('headers');
        },
      },
    }) as ResponseView;
    const error = parseViewWith(undefined, broken, undefined, 'careless');
    expect(error).toMatchObject({ vendor: 'http', code: 502, status: 502, kind: 'unavailable', details: { expectedVendor: 'careless' } });
  });

  it('reads a fixed clock only when it is a finite number', () => {
    expect(createParseContext(5).now).toBe(5);
    expect(Number.isFinite(createParseContext(Number.NaN).now)).toBe(true);
  });
});

describe('parse with a deadline', () => {
  it('settles on a body that never ends, with what arrived', async () => {
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('<html><body>upstream is'));
      },
    });
    const error = await vendor.parse(new Response(stream, { status: 504, headers: { 'content-type': 'text/html' } }), { timeoutMs: 30 });
    expect(error).toMatchObject({ vendor: 'http', status: 504, details: { jsonFailure: 'incomplete', excerpt: '<html><body>upstream is' } });
    expect(error?.response?.truncated).toBe(true);
    const viaRegistry = await registry.parse(new Response(new ReadableStream({ start() {} }), { status: 502 }), { signal: AbortSignal.timeout(30) });
    expect(viaRegistry).toMatchObject({ vendor: 'http', status: 502, details: { jsonFailure: 'incomplete' } });
  });
});

describe('defineVendor errorName', () => {
  it('records the name a module chose, so errors rebuilt from the vendor string carry it', () => {
    expect(errorNameOf('acme-oauth-named')).toBe('AcmeOauthNamedError');
    const module = defineVendor({ vendor: 'acme-oauth-named', errorName: 'AcmeOAuthNamedError', detect: () => false, parseView: () => undefined });
    expect(module.errorName).toBe('AcmeOAuthNamedError');
    expect(errorNameOf('acme-oauth-named')).toBe('AcmeOAuthNamedError');
    const rebuilt = createApiError({ vendor: 'acme-oauth-named', code: 1, kind: 'unknown', status: 500, message: 'm' });
    expect(rebuilt.name).toBe('AcmeOAuthNamedError');
    // The first choice stays: another module of the same vendor string cannot rename its errors.
    defineVendor({ vendor: 'acme-oauth-named', errorName: 'Other', detect: () => false, parseView: () => undefined });
    expect(errorNameOf('acme-oauth-named')).toBe('AcmeOAuthNamedError');
  });

  it('ignores names that cannot be error names, and hostile modules', () => {
    defineVendor({ vendor: 'acme-bad-name', errorName: 'not a name', detect: () => false, parseView: () => undefined });
    expect(errorNameOf('acme-bad-name')).toBe('AcmeBadNameError');
    const hostile = new Proxy({ vendor: 'acme-hostile', detect: () => false, parseView: () => undefined }, {
      get(target, key) {
        if (key === 'errorName') throw new Error('trap');
        return Reflect.get(target, key);
      },
    }) as VendorModule;
    expect(() => defineVendor(hostile)).not.toThrow();
    expect(errorNameOf('acme-hostile')).toBe('AcmeHostileError');
  });
});
