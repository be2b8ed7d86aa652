import { createParseContext, viewOf, type HeaderReader, type ResponseView } from '@errata/core/vendor';
import { cyclic, hostileValues, revoked, throwingGetters, trapAll, trapAllArray } from '@errata/core/testing';
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

/** A body whose `error_description` getter throws: only that field is lost. */
const THROWING_DESCRIPTION = throwingGetters(['error_description'], { error: 'invalid_grant' });
/** A body whose members are all inherited: none of them is the body's. */
const INHERITED = Object.assign(Object.create({ error: 'inherited_error', error_description: 'from the prototype' }) as object, {});

/**
 * Values a caller could hand over as a parsed body, a header container, or a whole view: core's
 * hostile values (throwing Proxies, a revoked Proxy, an endless array, a forged brand, throwing
 * getters, a cycle, BigInt, Symbols, frozen and null-prototype objects…), then this vendor's own.
 */
const HOSTILE: readonly unknown[] = [
  ...hostileValues,
  'error=invalid_grant',
  [],
  [1, 2],
  throwingGetters(['error']),
  THROWING_DESCRIPTION,
  { error: 10n, error_description: Symbol('d'), code: { toString: trap } },
  { error: { toString: trap, valueOf: trap } },
  Object.freeze({ error: 'invalid_grant', error_description: 'frozen' }),
  INHERITED,
  cyclic({ error: 'invalid_grant', error_description: 'loop' }, 'error_uri'),
  // A forged brand: looks like an errata error of this vendor, with hostile details.
  { [Symbol.for('errata.error/v1')]: true, vendor: 'bearer-oauth', code: 'x', details: trapAll },
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
    const headerSets: unknown[] = [throwingHeaders, wrongHeaders, trapAll, trapAllArray, undefined, viewOf({ status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } }).headers];
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
    for (const view of [throwingView, trapAll as ResponseView, revoked as ResponseView]) {
      expect(bearerOAuth.parseView(view, context)).toBeUndefined();
      expect(bearerOAuth.detect(view)).toBe(0);
    }
  });

  it('still reads what it can: a throwing body does not lose the challenge, a throwing header does not lose the body', () => {
    const fromHeader = bearerOAuth.parseView(viewWith(trapAll, viewOf({ status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } }).headers), context);
    expect(fromHeader).toMatchObject({ code: 'invalid_token', status: 401 });
    const fromBody = bearerOAuth.parseView(viewWith({ error: 'invalid_grant', error_description: 'expired' }, throwingHeaders, 400), context);
    expect(fromBody).toMatchObject({ code: 'invalid_grant', message: 'expired', status: 400 });
    // A throwing getter costs only its own field.
    const partial = bearerOAuth.parseView(viewWith(THROWING_DESCRIPTION, undefined, 400), context);
    expect(partial).toMatchObject({ code: 'invalid_grant', message: 'invalid_grant (HTTP 400)' });
    // Inherited members are not the body's.
    expect(bearerOAuth.parseView(viewWith(INHERITED, undefined, 400), context)).toBeUndefined();
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
