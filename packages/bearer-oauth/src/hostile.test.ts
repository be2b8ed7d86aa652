import { createParseContext, viewOf, type HeaderReader, type ResponseView } from '@errata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dpopNonceOf, requiredScopesOf } from './accessors.ts';
import { bearerOAuth } from './vendor.ts';

// `parse` goes through core, which snapshots its input and catches a vendor that throws. These
// tests call the package's own code directly (`parseView`, `detect`, the accessors), with views,
// bodies and headers core would never build, to prove it does not rely on that safety net.

const trap = (): never => {
  throw new Error('trap');
};

function hostileProxy<T extends object>(target: T): T {
  return new Proxy(target, {
    get: trap,
    has: trap,
    ownKeys: trap,
    getOwnPropertyDescriptor: trap,
    getPrototypeOf: trap,
    setPrototypeOf: trap,
    defineProperty: trap,
    deleteProperty: trap,
    set: trap,
    isExtensible: trap,
    preventExtensions: trap,
    apply: trap,
    construct: trap,
  });
}

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function cyclic(): Record<string, unknown> {
  const value: Record<string, unknown> = { error: 'invalid_grant', error_description: 'loop' };
  value.self = value;
  value.error_uri = value;
  return value;
}

/** Values a caller could hand over as a parsed body, a header container, or a whole view. */
const HOSTILE: readonly unknown[] = [
  null,
  undefined,
  0,
  -1,
  Number.NaN,
  10n,
  'error=invalid_grant',
  Symbol('x'),
  true,
  () => 'x',
  [],
  [1, 2],
  hostileProxy({}),
  hostileProxy([]),
  revoked(),
  Object.defineProperty({}, 'error', { get: trap, enumerable: true }),
  Object.defineProperty({ error: 'invalid_grant' }, 'error_description', { get: trap, enumerable: true }),
  { error: 10n, error_description: Symbol('d'), code: { toString: trap } },
  { error: { toString: trap, valueOf: trap } },
  Object.freeze({ error: 'invalid_grant', error_description: 'frozen' }),
  Object.create(null) as object,
  Object.assign(Object.create({ error: 'inherited_error', error_description: 'from the prototype' }) as object, {}),
  cyclic(),
  // A forged brand: looks like an errata error, is not one.
  { [Symbol.for('errata.error.v1')]: true, vendor: 'bearer-oauth', code: 'x', details: hostileProxy({}) },
];

function viewWith(body: unknown, headers: unknown, status: unknown = 401): ResponseView {
  return {
    get status(): number {
      return status as number;
    },
    get headers(): HeaderReader {
      return headers as HeaderReader;
    },
    text: undefined,
    truncated: false,
    url: undefined,
    json: () => body,
    jsonFailure: () => undefined,
  };
}

const throwingHeaders: HeaderReader = { get: trap, entries: trap };
const wrongHeaders = { get: () => 10n, entries: () => 'not an array' } as unknown as HeaderReader;

describe('the vendor module never throws, on any view, body or header', () => {
  const context = createParseContext(1_800_000_000_000);

  it('parseView and detect survive hostile bodies, headers and statuses', () => {
    const headerSets: unknown[] = [throwingHeaders, wrongHeaders, hostileProxy({}), undefined, viewOf({ status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } }).headers];
    const statuses: unknown[] = [401, 200, 0, -5, 1e9, Number.NaN, '401', 10n, undefined];
    for (const body of HOSTILE) {
      for (const headers of headerSets) {
        for (const status of statuses) {
          const view = viewWith(body, headers, status);
          expect(() => bearerOAuth.parseView(view, context)).not.toThrow();
          expect(() => bearerOAuth.detect(view)).not.toThrow();
        }
      }
    }
  });

  it('survives a view whose every member throws, and a Proxy for a view', () => {
    const throwingView = { get status(): never { return trap(); }, get headers(): never { return trap(); }, get text(): never { return trap(); }, truncated: false, url: undefined, json: trap, jsonFailure: trap } as unknown as ResponseView;
    for (const view of [throwingView, hostileProxy({}) as ResponseView, revoked() as ResponseView]) {
      expect(bearerOAuth.parseView(view, context)).toBeUndefined();
      expect(bearerOAuth.detect(view)).toBe(false);
    }
  });

  it('still reads what it can: a throwing body does not lose the challenge, a throwing header does not lose the body', () => {
    const fromHeader = bearerOAuth.parseView(viewWith(hostileProxy({}), viewOf({ status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } }).headers), context);
    expect(fromHeader).toMatchObject({ code: 'invalid_token', status: 401 });
    const fromBody = bearerOAuth.parseView(viewWith({ error: 'invalid_grant', error_description: 'expired' }, throwingHeaders, 400), context);
    expect(fromBody).toMatchObject({ code: 'invalid_grant', message: 'expired', status: 400 });
    // A throwing getter costs only its own field.
    const partial = bearerOAuth.parseView(viewWith(HOSTILE[16], undefined, 400), context);
    expect(partial).toMatchObject({ code: 'invalid_grant', message: 'invalid_grant (HTTP 400)' });
    // Inherited members are not the body's.
    expect(bearerOAuth.parseView(viewWith(HOSTILE[21], undefined, 400), context)).toBeUndefined();
  });

  it('parse (through core) gives an error or undefined for every hostile input', () => {
    for (const value of HOSTILE) {
      expect(() => bearerOAuth.parse(value as never)).not.toThrow();
      expect(() => bearerOAuth.parse({ status: 400, body: value, headers: value as never })).not.toThrow();
    }
  });

  it('the accessors survive hostile errors and details', () => {
    for (const value of HOSTILE) {
      expect(requiredScopesOf(value)).toEqual([]);
      expect(dpopNonceOf(value)).toBeUndefined();
    }
  });

  it('never throws on arbitrary JSON-ish bodies and headers (property)', () => {
    // Hostile values are picked by index inside the property: fast-check itself cannot hold a revoked Proxy.
    const body = fc.tuple(fc.anything({ withBigInt: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true }), fc.option(fc.nat(HOSTILE.length - 1)));
    const header = fc.oneof(fc.string(), fc.constant(undefined), fc.constantFrom('Bearer, realm="x"', 'Bearer\r\n error="invalid_token"', 'DPoP error="use_dpop_nonce"'));
    fc.assert(
      fc.property(body, header, fc.integer({ min: -1, max: 1000 }), ([generated, pick], challenge, status) => {
        const value = pick === null ? generated : HOSTILE[pick];
        const headers = viewOf({ status, headers: challenge === undefined ? {} : { 'www-authenticate': challenge, 'dpop-nonce': challenge } }).headers;
        const view = viewWith(value, headers, status);
        const error = bearerOAuth.parseView(view, context);
        bearerOAuth.detect(view);
        if (error !== undefined) {
          requiredScopesOf(error);
          dpopNonceOf(error);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
