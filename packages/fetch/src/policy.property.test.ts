import { rehydrate, type ApiError } from '@errata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerRecord } from './clientParts.ts';
import { hostileValues } from './__fixtures__/hostile.ts';
import { nextDelay, policyOf, waitFor } from './policy.ts';

const NOW = 1_700_000_000_000;

const advice = fc.record(
  {
    retryable: fc.boolean(),
    retryAfterMs: fc.nat({ max: 10_000_000 }),
    retryAt: fc.integer({ min: NOW - 100_000, max: NOW + 10_000_000 }).map((at) => new Date(at).toISOString()),
  },
  { requiredKeys: ['retryable'] },
);
const rateLimit = fc.record({ remaining: fc.nat({ max: 3 }), resetAfterMs: fc.nat({ max: 1_000_000 }) }, { requiredKeys: [] });

function errorWith(retry: unknown, limit: unknown): ApiError {
  const error = rehydrate({ errata: 1, vendor: 'acme', code: 'x', kind: 'unavailable', status: 503, message: '', retry, rateLimit: limit });
  if (error === undefined) throw new Error('fixture');
  return error;
}

const options = fc.record(
  {
    maxAttempts: fc.oneof(fc.integer({ min: -5, max: 10 }), fc.double()),
    maxTotalMs: fc.oneof(fc.nat({ max: 1_000_000 }), fc.double()),
    baseDelayMs: fc.oneof(fc.nat({ max: 10_000 }), fc.double()),
    maxDelayMs: fc.oneof(fc.nat({ max: 100_000 }), fc.double()),
  },
  { requiredKeys: [] },
);

describe('retry policy (properties)', () => {
  it('keeps an infinite maxAttempts an integer count (the property run found it)', () => {
    expect(policyOf({ maxAttempts: Number.POSITIVE_INFINITY }).maxAttempts).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('normalizes any options to usable numbers', () => {
    fc.assert(
      fc.property(options, (given) => {
        const policy = policyOf(given);
        expect(Number.isInteger(policy.maxAttempts) && policy.maxAttempts >= 1).toBe(true);
        for (const value of [policy.maxTotalMs, policy.baseDelayMs, policy.maxDelayMs]) expect(value >= 0).toBe(true);
      }),
    );
  });

  it('never waits a negative, NaN or infinite time; backoff stays under its ceiling', () => {
    fc.assert(
      fc.property(advice, rateLimit, fc.integer({ min: 1, max: 60 }), options, (retry, limit, failed, given) => {
        const policy = policyOf(given);
        const error = errorWith(retry, limit);
        const wait = waitFor(error, failed, policy, NOW);
        expect(Number.isFinite(wait) && wait >= 0).toBe(true);
        const { retryAfterMs, retryAt } = error.retry;
        const noHint = retryAfterMs === undefined && retryAt === undefined && error.rateLimit?.remaining !== 0;
        if (noHint) expect(wait).toBeLessThanOrEqual(Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failed - 1)));
      }),
    );
  });

  it('gives up past maxAttempts and never plans a wait past maxTotalMs', () => {
    fc.assert(
      fc.property(advice, fc.integer({ min: 1, max: 12 }), fc.nat({ max: 200_000 }), options, (retry, failed, elapsed, given) => {
        const policy = policyOf(given);
        const delay = nextDelay(errorWith(retry, undefined), failed, elapsed, policy, true, NOW);
        if (failed >= policy.maxAttempts || !retry.retryable) expect(delay).toBeUndefined();
        if (delay !== undefined) expect(elapsed + delay).toBeLessThanOrEqual(policy.maxTotalMs);
      }),
    );
  });
});

describe('headerRecord (properties)', () => {
  it('copies only string names to strings or string lists, never throwing', () => {
    const check = (input: unknown): void => {
      const record = headerRecord(input);
      for (const value of Object.values(record)) expect(typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'))).toBe(true);
      expect(Object.keys(record).length).toBeLessThanOrEqual(256);
    };
    fc.assert(fc.property(fc.anything(), check));
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()))), check));
    for (const value of hostileValues()) check(value);
    check(new Headers({ a: '1', 'retry-after': '2' }));
    expect(headerRecord(new Headers({ 'Retry-After': '2' }))).toEqual({ 'retry-after': '2' });
    expect(headerRecord({ 'x-count': 3, 'x-flag': true, 'set-cookie': ['a', 'b'], skip: null })).toEqual({ 'x-count': '3', 'x-flag': 'true', 'set-cookie': ['a', 'b'] });
  });
});
