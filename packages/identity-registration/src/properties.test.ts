import { isApiError } from '@errata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identityRegistrationCatalog } from './catalog.ts';
import { codeValue } from './codeValue.ts';
import { isIdentityRegistrationError } from './guard.ts';
import { IDENTITY_REGISTRATION_ERROR_NAMES } from './names.ts';
import { buildIdentityRegistrationResponse, identityRegistrationParts, type RegistrationErrorSpec } from './testing.ts';
import { identityRegistration } from './vendor.ts';

const DOCUMENTED_CODES = identityRegistrationCatalog.entries.map((entry) => entry.code);

const status = fc.oneof(fc.constantFrom(0, 200, 201, 204, 400, 401, 404, 429, 500, 502, 503), fc.integer({ min: -10, max: 1100 }));

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 64 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', '\u0000', '\r\n', 'x'.repeat(20_000)),
);

const headers = fc.oneof(
  fc.constant(undefined),
  fc.dictionary(hostileString, fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 }), fc.integer())),
  fc.array(fc.tuple(hostileString, hostileString), { maxLength: 8 }),
  fc.constant({ 'retry-after': '9'.repeat(100_000), 'x-ratelimit-limit': '-1', 'x-request-id': ' '.repeat(1000) }),
);

// Bodies shaped like Registration errors, with every field allowed to be wrong.
const registrationLike = fc.record(
  {
    stat: fc.oneof(fc.constantFrom('error', 'Error', 'FAIL', 'failed', 'ok', ''), fc.anything()),
    code: fc.oneof(fc.constantFrom(...DOCUMENTED_CODES), fc.integer(), fc.double(), fc.string(), fc.anything()),
    error: fc.oneof(fc.string(), fc.anything()),
    sub_error: fc.anything(),
    error_description: fc.oneof(fc.string(), fc.anything()),
    message: fc.anything(),
    request_id: fc.anything(),
    request_token: fc.anything(),
    argument_name: fc.anything(),
    actual_value: fc.anything(),
    invalid_fields: fc.oneof(fc.dictionary(hostileString, fc.oneof(fc.array(fc.anything()), fc.anything())), fc.anything()),
    prereg_fields: fc.anything(),
    __proto__: fc.anything(),
  },
  { requiredKeys: [] },
);

const body = fc.oneof(
  fc.string(),
  fc.uint8Array({ maxLength: 256 }),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.jsonValue(),
  registrationLike,
  registrationLike.map((value) => JSON.stringify(value)),
  registrationLike.map((value) => JSON.stringify(value).slice(0, -3)),
  fc.constantFrom('<html><body>502 Bad Gateway</body></html>', '', '   ', 'null', '{"stat":"error"', '[]'),
  fc.anything(),
);

describe('parse never throws', () => {
  it('on arbitrary statuses, headers and bodies', () => {
    fc.assert(
      fc.property(status, headers, body, (s, h, b) => {
        const result = identityRegistration.parse({ status: s, headers: h as never, body: b });
        expect(result === undefined || isApiError(result)).toBe(true);
        if (result !== undefined) {
          // Every surface must also be safe to touch.
          expect(() => JSON.stringify(result)).not.toThrow();
          expect(() => result.toProblem()).not.toThrow();
          expect(Array.isArray(result.issues)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('claims a body exactly when stat says failure, whatever the status', () => {
    fc.assert(
      fc.property(fc.constantFrom(200, 400, 401, 500), fc.constantFrom('error', 'ERROR', 'Fail', 'failed', 'ok', 'OK', 'pending'), fc.integer(), (s, stat, code) => {
        const result = identityRegistration.parse({ status: s, body: JSON.stringify({ stat, code, error: 'x' }) });
        const failure = ['error', 'fail', 'failed'].includes(stat.toLowerCase());
        expect(isIdentityRegistrationError(result)).toBe(failure);
        if (!failure) expect(result === undefined ? 'none' : result.vendor).toBe(s >= 400 ? 'http' : 'none');
      }),
    );
  });
});

const spec: fc.Arbitrary<RegistrationErrorSpec> = fc.record(
  {
    code: fc.oneof(fc.constantFrom(...DOCUMENTED_CODES), fc.integer({ min: -1000, max: 1_000_000 })),
    error: fc.string({ maxLength: 30 }),
    description: fc.string({ minLength: 1, maxLength: 80 }),
    status: fc.constantFrom(200, 400, 401, 403, 500, 503),
    stat: fc.constantFrom('error', 'Error', 'ERROR', 'fail', 'Failed'),
    oauth: fc.boolean(),
    requestId: fc.stringMatching(/^[a-z0-9]{16}$/),
    requestIdField: fc.constantFrom('request_id', 'request_token'),
  },
  { requiredKeys: ['code'] },
);

describe('parse(build(spec)) round-trips', () => {
  it('from read parts', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const error = identityRegistration.parse(identityRegistrationParts(s));
        expect(isIdentityRegistrationError(error, s.code)).toBe(true);
        if (!isIdentityRegistrationError(error)) return;
        expect(error.status).toBe(s.status ?? (s.oauth === true ? 400 : 200));
        if (s.requestId !== undefined) expect(error.requestId).toBe(s.requestId);
        if (s.description !== undefined) expect(error.message).toBe(s.description);
        if (s.oauth === true) expect(error.details.error).toBe('invalid_request');
      }),
      { numRuns: 500 },
    );
  });

  it('from real Response objects', async () => {
    await fc.assert(
      fc.asyncProperty(spec, async (s) => {
        const error = await identityRegistration.parse(buildIdentityRegistrationResponse(s));
        expect(isIdentityRegistrationError(error, s.code)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('codes from strings and error names', () => {
  it('reads any code written as digits (up to nine), and nothing else, without throwing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.anything(), (code, other) => {
        expect(codeValue(String(code))).toBe(code);
        const read = codeValue(other);
        expect(read === undefined || Number.isSafeInteger(read)).toBe(true);
        if (typeof other === 'string') expect(read === undefined || /^[0-9]{1,9}$/.test(other)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('parse gives the same code for an integer, a numeric string or (unambiguous names) no code at all', () => {
    const unique = DOCUMENTED_CODES.filter((code) => code !== 214 && code !== 352);
    fc.assert(
      fc.property(fc.constantFrom(...unique), fc.constantFrom(200, 400), (code, s) => {
        const name = IDENTITY_REGISTRATION_ERROR_NAMES[code];
        const base = { stat: 'error', error: name, error_description: 'x' };
        const codes = [code, String(code), undefined].map((value) => {
          const error = identityRegistration.parse({ status: s, body: JSON.stringify(value === undefined ? base : { ...base, code: value }) });
          return isIdentityRegistrationError(error) ? [error.code, error.kind, error.action] : undefined;
        });
        expect(codes[1]).toEqual(codes[0]);
        expect(codes[2]).toEqual(codes[0]);
      }),
      { numRuns: 200 },
    );
  });
});

