import { createParseContext, readHeaders, type ResponseView } from '@errata/core/vendor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discord, isDiscordError } from './index.ts';
import { detect as detectDiscord, parseView as parseDiscordView } from './parse.ts';
import { throwingProxy } from '@errata/core/testing';

const STATUSES = [0, 202, 400, 401, 403, 404, 423, 429, 500, 502, 503, 522];

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** An object whose `key` getter throws, with the other fields of a plausible body. */
function throwingField(key: string, base: Record<string, unknown>): object {
  return Object.defineProperty({ ...base }, key, {
    enumerable: true,
    get(): never {
      throw new Error(key);
    },
  });
}

const cyclic: Record<string, unknown> = { code: 50_035, message: 'Invalid Form Body' };
cyclic.errors = cyclic;

const formBody = { code: 50_035, message: 'Invalid Form Body', errors: { name: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] } } };
const rateBody = { message: 'You are being rate limited.', retry_after: 1.5, global: false };
const oauthBody = { error: 'invalid_grant', error_description: 'bad code' };

/** Parsed bodies no JSON text can produce, each aimed at one field the parser reads. */
const HOSTILE_BODIES: [string, unknown][] = [
  ['a Proxy that throws on every trap', throwingProxy({})],
  ['an array Proxy that throws', throwingProxy([])],
  ['a revoked Proxy', revoked()],
  ...['code', 'message', 'errors'].map((key): [string, unknown] => [`a throwing ${key} getter`, throwingField(key, formBody)]),
  ...['retry_after', 'global', 'message'].map((key): [string, unknown] => [`a throwing 429 ${key} getter`, throwingField(key, rateBody)]),
  ...['error', 'error_description'].map((key): [string, unknown] => [`a throwing OAuth ${key} getter`, throwingField(key, oauthBody)]),
  ['errors holding a throwing Proxy', { ...formBody, errors: { name: throwingProxy({}) } }],
  ['BigInt code and retry_after', { code: 50_035n, message: 'x', retry_after: 5n, global: 1n }],
  ['BigInt everywhere in the tree', { ...formBody, errors: { a: 1n, b: { _errors: [{ code: 2n, message: 3n }] } } }],
  ['Symbol fields', { code: Symbol('c'), message: Symbol('m'), error: Symbol('e'), retry_after: Symbol('r') }],
  ['a cyclic errors tree', cyclic],
  ['a frozen body', Object.freeze({ ...formBody, errors: Object.freeze(formBody.errors) })],
  ['a null-prototype body', Object.assign(Object.create(null) as object, rateBody)],
  ['null', null],
  ['a Symbol', Symbol('body')],
  ['a BigInt', 10n],
  ['a function', () => formBody],
];

/** A view as core builds it, but with a hostile already-parsed body (what a caller could hand over). */
function viewWith(status: number, body: unknown, headers: Record<string, string> = {}): ResponseView {
  return {
    status,
    headers: readHeaders(headers),
    text: undefined,
    truncated: false,
    url: undefined,
    json: () => body,
    jsonFailure: () => undefined,
  };
}

describe('parseDiscordView and detectDiscord never throw on hostile parsed bodies', () => {
  it.each(HOSTILE_BODIES)('%s, at every status', (_name, body) => {
    for (const status of STATUSES) {
      const error = parseDiscordView(viewWith(status, body, { 'retry-after': '2' }), createParseContext(0));
      if (error !== undefined) {
        expect(isDiscordError(error)).toBe(true);
        expect(error.status).toBe(status);
      }
      expect(typeof detectDiscord(viewWith(status, body))).toBe('number');
    }
  });

  it('still reads the fields of a frozen body', () => {
    const error = parseDiscordView(viewWith(400, Object.freeze({ ...formBody })), createParseContext(0));
    expect(isDiscordError(error, 50_035) && error.issues).toHaveLength(1);
  });

  it('keeps the issues before a throwing node in the errors tree', () => {
    const body = { ...formBody, errors: { first: { _errors: [{ code: 'A', message: 'a' }] }, second: throwingProxy({}) } };
    const error = parseDiscordView(viewWith(400, body), createParseContext(0));
    expect(isDiscordError(error) && error.issues.map((issue) => issue.code)).toEqual(['A']);
  });

  it('survives a view whose headers and body accessors throw', () => {
    const view = {
      status: 503,
      get headers(): never {
        throw new Error('headers');
      },
      text: undefined,
      truncated: false,
      url: undefined,
      json: (): never => {
        throw new Error('json');
      },
      jsonFailure: () => undefined,
    } satisfies ResponseView;
    expect(parseDiscordView(view, createParseContext(0))).toBeUndefined();
  });
});

describe('discord.parse never throws on any JavaScript value', () => {
  it.each(HOSTILE_BODIES)('%s as the body', (_name, body) => {
    for (const status of STATUSES) expect(() => discord.parse({ status, body })).not.toThrow();
  });

  it('on anything fast-check builds, as the body or the whole input', () => {
    const anything = fc.anything({ withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true, withDate: true });
    fc.assert(
      fc.property(fc.constantFrom(...STATUSES), anything, (status, body) => {
        expect(() => discord.parse({ status, body })).not.toThrow();
        expect(() => discord.parse(body as never)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
