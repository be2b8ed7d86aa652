import { parseRateLimit, readHeaders } from '@errata/core/vendor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rateLimitFields, retryAfterSeconds } from './rateLimitHeaders.ts';

const NOW = 1_700_000_000_000;

describe('rateLimitFields', () => {
  it('writes the IETF fields from a snapshot, rounding so clients never come back early', () => {
    expect(rateLimitFields({ limit: 50, remaining: 0, resetAfterMs: 1200, windowMs: 60_000, bucket: 'abc123' }, NOW)).toEqual({
      rateLimit: '"abc123";r=0;t=2',
      policy: '"abc123";q=50;w=60',
    });
    expect(rateLimitFields({ remaining: 3.7, resetAt: NOW + 4500 }, NOW)).toEqual({ rateLimit: '"default";r=3;t=5' });
    expect(rateLimitFields({ limit: 10 }, NOW)).toEqual({ policy: '"default";q=10' });
    expect(rateLimitFields({ resetAfterMs: 1000 }, NOW)).toEqual({});
    expect(rateLimitFields(undefined, NOW)).toEqual({});
  });

  it('never writes a reset in the past or a name that is not a plain structured-field string', () => {
    expect(rateLimitFields({ remaining: 1, resetAt: NOW - 5000 }, NOW).rateLimit).toBe('"default";r=1;t=0');
    expect(rateLimitFields({ remaining: 1, bucket: 'a"b\\c' }, NOW).rateLimit).toBe('"a\\"b\\\\c";r=1');
    expect(rateLimitFields({ remaining: 1, bucket: 'tab\there' }, NOW).rateLimit).toBe('"default";r=1');
    expect(rateLimitFields({ remaining: 1, bucket: 'é' }, NOW).rateLimit).toBe('"default";r=1');
  });

  it('round-trips through core\'s parser', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.nat(1_000_000), fc.integer({ min: 1, max: 86_400 }), fc.integer({ min: 1, max: 86_400 }), (limit, remaining, reset, window) => {
        const fields = rateLimitFields({ limit, remaining, resetAfterMs: reset * 1000, windowMs: window * 1000 }, NOW);
        const parsed = parseRateLimit(readHeaders({ ratelimit: fields.rateLimit, 'ratelimit-policy': fields.policy }), NOW);
        expect(parsed).toMatchObject({ limit, remaining, resetAfterMs: reset * 1000, windowMs: window * 1000 });
      }),
    );
  });
});

describe('retryAfterSeconds', () => {
  it('rounds up to whole seconds and refuses nonsense', () => {
    expect(retryAfterSeconds(undefined)).toBeUndefined();
    expect(retryAfterSeconds(0)).toBe('0');
    expect(retryAfterSeconds(1)).toBe('1');
    expect(retryAfterSeconds(2000)).toBe('2');
    expect(retryAfterSeconds(2001)).toBe('3');
    expect(retryAfterSeconds(-5)).toBe('0');
    expect(retryAfterSeconds(Number.NaN)).toBeUndefined();
  });
});
