// Property tests: parsing is total on any input, and parse(build(x)) gives x back.
import type { ResponseParts } from '@errata/core';
import { createApiError, viewOf } from '@errata/core/vendor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appleBusiness } from './vendor.ts';
import { fieldPath } from './fieldPath.ts';
import { isAppleBusinessError, isAppleBusinessReason } from './guard.ts';
import { appleBusinessItems } from './items.ts';
import { renderMessage } from './renderMessage.ts';
import { splitCode } from './splitCode.ts';
import { appleBusinessParts, buildAppleBusinessResponse } from './testing.ts';

const now = { now: 1_700_000_000_000 };
const statuses = fc.oneof(fc.constantFrom(0, 200, 400, 401, 403, 404, 405, 412, 413, 415, 429, 500, 503), fc.integer({ min: -5, max: 1200 }));
const hostileKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'code', 'context', 'details', '{{id}}');
const key = fc.oneof(fc.string(), hostileKeys);
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(key, tie('value'), { maxKeys: 4 })),
})).value;
const item = fc.record(
  {
    code: fc.oneof(fc.string(), fc.constantFrom('LOCATION__NOT_FOUND', 'Unauthorized', '__', 'A__B__C')),
    message: fc.oneof(fc.string(), fc.constant('{{id}} {{__proto__}} {{ x }}')),
    context: fc.oneof(fc.dictionary(key, jsonValue, { maxKeys: 5 }), jsonValue),
    details: fc.oneof(
      fc.record({ createdDate: fc.string(), submitted: fc.array(fc.record({ field: fc.string(), value: jsonValue }, { requiredKeys: [] })) }, { requiredKeys: [] }),
      jsonValue,
    ),
    severity: fc.oneof(fc.constantFrom('VIOLATION', 'WARNING', 'INFO'), fc.string()),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  fc.string(),
  fc.uint8Array({ maxLength: 64 }),
  jsonValue,
  fc.array(fc.oneof(item, jsonValue), { maxLength: 5 }),
  fc.record({ error: fc.oneof(fc.string(), jsonValue), error_description: fc.oneof(fc.string(), jsonValue) }, { requiredKeys: [] }),
  fc.array(item, { maxLength: 5 }).map((items) => JSON.stringify(items)),
  fc.array(item, { maxLength: 3 }).map((items) => JSON.stringify(items).slice(0, -3)),
);
const headers = fc.dictionary(
  fc.oneof(fc.constantFrom('apple-request-id', 'retry-after', 'content-type', 'x-ratelimit-reset'), fc.string()),
  fc.oneof(fc.string(), fc.string({ minLength: 300, maxLength: 2000 }), fc.constantFrom('120', '-1', 'Wed, 21 Oct 2015 07:28:00 GMT')),
  { maxKeys: 6 },
);

describe('parse never throws', () => {
  it('on arbitrary statuses, headers and bodies (parseView itself, not only the wrapper)', () => {
    fc.assert(
      fc.property(statuses, headers, body, (status, head, raw) => {
        const parts: ResponseParts = { status, headers: head, body: raw };
        const view = viewOf(parts);
        appleBusiness.detect(view);
        const direct = appleBusiness.parseView(view, now);
        const wrapped = appleBusiness.parse(parts);
        if (direct !== undefined) {
          expect(isAppleBusinessError(direct)).toBe(true);
          expect(typeof direct.message).toBe('string');
          JSON.stringify(direct);
        }
        if (status >= 400 && status <= 999) expect(wrapped).toBeDefined();
      }),
      { numRuns: 400 },
    );
  });

  it('on arbitrary bytes served as a Response', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 256 }), fc.integer({ min: 400, max: 599 }), async (bytes, status) => {
        const error = await appleBusiness.parse(new Response(bytes, { status }));
        expect(error?.status).toBe(status);
      }),
      { numRuns: 100 },
    );
  });

  it('helpers are total and bounded', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.dictionary(key, jsonValue), (text, context) => {
        expect(renderMessage(text, context).length).toBeLessThanOrEqual(4097);
        expect(fieldPath(text).length).toBeLessThanOrEqual(64);
        const { resource, reason } = splitCode(text);
        expect(resource === undefined ? reason : `${resource}__${reason}`).toBe(text);
      }),
    );
  });
});

describe('parse(build(x)) round-trips', () => {
  const resource = fc.stringMatching(/^[A-Z][A-Z_]{0,20}[A-Z]$/);
  const reason = fc.stringMatching(/^[A-Za-z][A-Za-z_]{0,30}$/);
  const code = fc.oneof(
    fc.tuple(resource, reason).map(([r, s]) => `${r}__${s}`),
    fc.constantFrom('LOCATION__NOT_FOUND', 'APPLE_OVERRIDE__ALREADY_ACCEPTED', 'Unauthorized', 'RESOURCE_HAS_NO_NEW_CHANGES', 'BRAND__ALREADY_EXISTS'),
    fc.string({ minLength: 1 }),
  );
  const context = fc.dictionary(fc.oneof(fc.string(), hostileKeys), fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 })), { maxKeys: 4 });
  const status = fc.constantFrom(400, 401, 403, 404, 405, 412, 413, 415, 500, 503);

  it('keeps code, status, request id, every item and the resource/reason split (parts)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ code, context, message: fc.string() }), { minLength: 1, maxLength: 4 }), status, fc.uuid(), (items, httpStatus, requestId) => {
        const error = appleBusiness.parse(appleBusinessParts({ errors: items, status: httpStatus, requestId }));
        expect(isAppleBusinessError(error, items[0]?.code ?? '')).toBe(true);
        if (!isAppleBusinessError(error) || error.details.format !== 'error-list') return;
        expect(error.status).toBe(httpStatus);
        expect(error.requestId).toBe(requestId);
        expect(error.details.errors.map((entry) => entry.code)).toEqual(items.map((entry) => entry.code));
        expect(error.details.errors.map((entry) => entry.template)).toEqual(items.map((entry) => entry.message));
        const split = splitCode(items[0]?.code ?? '');
        expect(isAppleBusinessReason(error, split.reason)).toBe(true);
        expect(error.retry.retryable).toBe(httpStatus >= 500);
      }),
      { numRuns: 200 },
    );
  });

  it('holds through a real Response', async () => {
    await fc.assert(
      fc.asyncProperty(code, status, async (value, httpStatus) => {
        const error = await appleBusiness.parse(buildAppleBusinessResponse({ code: value, status: httpStatus }));
        expect(isAppleBusinessError(error, value)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('appleBusinessItems', () => {
  it('reads back exactly the items parse kept, and never throws on any details', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), fc.anything(), (items, junk) => {
        const error = appleBusiness.parse({ status: 400, body: JSON.stringify(items) });
        if (isAppleBusinessError(error) && error.details.format === 'error-list') {
          expect(JSON.parse(JSON.stringify(appleBusinessItems(error)))).toEqual(JSON.parse(JSON.stringify(error.details.errors)));
        }
        const forged = createApiError({ vendor: 'apple-business', code: 'A__B', kind: 'unknown', status: 400, message: '', details: { errors: [junk, ...items] } as never });
        expect(appleBusinessItems(forged).length).toBeLessThanOrEqual(items.length + 1);
      }),
      { numRuns: 300 },
    );
  });
});

