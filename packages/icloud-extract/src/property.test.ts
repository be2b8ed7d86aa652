import { isApiError, rehydrate } from '@errata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IcloudExtractCode } from './icloudExtractCode.ts';
import { isIcloudExtractError } from './guard.ts';
import { nextStep } from './nextStep.ts';
import { icloudExtract } from './vendor.ts';
import { errorFromResource } from './resource.ts';
import { buildIcloudErrorResponse, icloudErrorParts, icloudResource } from './testing.ts';

const knownCode = fc.constantFrom(...Object.values(IcloudExtractCode));
// Codes riCloud may add later: lower-case words joined by `-`.
const futureCode = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((words) => words.join('-'));
const anyCode = fc.oneof(knownCode, futureCode);
const headerName = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
const headers = fc.dictionary(fc.oneof(headerName, fc.constantFrom('retry-after', 'x-request-id', 'x-ratelimit-limit', 'ratelimit', 'content-type')), fc.string({ maxLength: 200 }), { maxKeys: 8 });
const status = fc.oneof(fc.integer({ min: -5, max: 1100 }), fc.constantFrom(0, 400, 409, 429, 500, 503), fc.double());
const errorBody = fc.record(
  {
    error: fc.oneof(anyCode, fc.string(), fc.jsonValue()),
    message: fc.oneof(fc.string(), fc.jsonValue()),
    params: fc.jsonValue(),
    devices: fc.oneof(fc.array(fc.jsonValue()), fc.jsonValue()),
    data: fc.record({ trustedDevices: fc.array(fc.oneof(fc.string(), fc.jsonValue())), key: fc.string() }, { requiredKeys: [] }),
    __proto__: fc.jsonValue(),
  },
  { requiredKeys: ['error'] },
);
const body = fc.oneof(
  fc.string(),
  fc.uint8Array({ maxLength: 300 }),
  fc.jsonValue(),
  errorBody,
  errorBody.map((value) => JSON.stringify(value)),
  errorBody.map((value) => JSON.stringify(value).slice(0, -3)),
  fc.constantFrom('', '<html>oops</html>', 'null', '{"error":"code-required"'),
);

describe('properties', () => {
  it('parse never throws, and gives an errata error or undefined', () => {
    fc.assert(
      fc.property(status, headers, body, (s, h, b) => {
        const result = icloudExtract.parse({ status: s, headers: h, body: b });
        expect(result === undefined || isApiError(result)).toBe(true);
        if (isIcloudExtractError(result)) {
          expect(() => nextStep(result)).not.toThrow();
          expect(() => JSON.stringify(result)).not.toThrow();
          expect(() => result.toProblem()).not.toThrow();
        }
      }),
      { numRuns: 400 },
    );
  });

  it('errorFromResource never throws, on anything', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), errorBody.map((b) => ({ ...b, state: 'failed' })), fc.string()), (value) => {
        const result = errorFromResource(value);
        expect(result === undefined || isIcloudExtractError(result)).toBe(true);
        if (result !== undefined) expect(() => nextStep(result)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('parse(build(x)) gives back the code, message and status', () => {
    fc.assert(
      fc.property(anyCode, fc.string({ minLength: 1 }), fc.integer({ min: 400, max: 599 }), (code, message, s) => {
        const error = icloudExtract.parse(icloudErrorParts({ code, message, status: s }));
        expect(isIcloudExtractError(error)).toBe(true);
        expect(error).toMatchObject({ code, message: message.slice(0, 2048), status: s });
      }),
      { numRuns: 200 },
    );
  });

  it('the Response builder round-trips too', async () => {
    await fc.assert(
      fc.asyncProperty(knownCode, fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 4 }), async (code, devices) => {
        const error = await icloudExtract.parse(buildIcloudErrorResponse({ code, devices }));
        if (!isIcloudExtractError(error, code)) throw new Error(`not parsed back: ${code}`);
        if (code === 'choice-required' || code === '2fa-required') expect(error.details.devices?.map((device) => device.raw)).toEqual(devices);
      }),
      { numRuns: 60 },
    );
  });

  it('errorFromResource(resource(x)) gives back the code', () => {
    fc.assert(
      fc.property(anyCode, fc.constantFrom('session' as const, 'task' as const), (code, resource) => {
        const error = errorFromResource(icloudResource({ code, resource }));
        expect(error).toMatchObject({ code, status: 0, details: { origin: resource, state: 'failed' } });
      }),
    );
  });

  it('nextStep gives the same step after toJSON → rehydrate, for any code, devices, params and Retry-After', () => {
    fc.assert(
      fc.property(
        anyCode,
        fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.record({ id: fc.string({ maxLength: 10 }), name: fc.string({ maxLength: 10 }) })), { maxLength: 40 }),
        fc.jsonValue({ maxDepth: 3 }),
        fc.option(fc.integer({ min: 0, max: 100_000 }).map(String)),
        (code, devices, params, retryAfter) => {
          const error = icloudExtract.parse(icloudErrorParts({ code, devices, params, ...(retryAfter === null ? {} : { headers: { 'retry-after': retryAfter } }) }), { now: 0 });
          if (!isIcloudExtractError(error)) throw new Error('expected a riCloud error');
          const back = rehydrate(JSON.parse(JSON.stringify(error)));
          if (!isIcloudExtractError(back)) throw new Error('rehydrate lost the vendor');
          const { legacyKey: _notSerialized, ...step } = nextStep(error) as { legacyKey?: string };
          expect(nextStep(back)).toEqual(step);
        },
      ),
      { numRuns: 200 },
    );
  });
});
