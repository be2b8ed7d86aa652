import { describe, expect, it } from 'vitest';
import { readHeaders } from './headers.ts';
import { parseDecimal, parseRateLimit, resetToEpochMs } from './rateLimit.ts';

const NOW = 1_700_000_000_000;

describe('parseRateLimit', () => {
  it('reads the X-RateLimit family as Discord sends it', () => {
    const headers = readHeaders({
      'X-RateLimit-Limit': '5',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': '1470173023.123',
      'X-RateLimit-Reset-After': '1.234',
      'X-RateLimit-Bucket': 'abcd1234',
      'X-RateLimit-Global': 'true',
      'X-RateLimit-Scope': 'shared',
    });
    expect(parseRateLimit(headers, NOW)).toEqual({
      limit: 5,
      remaining: 0,
      resetAt: 1_470_173_023_123,
      resetAfterMs: 1234,
      bucket: 'abcd1234',
      global: true,
      scope: 'shared',
    });
  });

  it('reads the IETF RateLimit and RateLimit-Policy fields', () => {
    const headers = readHeaders({ RateLimit: '"default";r=50;t=30', 'RateLimit-Policy': '"burst";q=10;w=1, "default";q=100;w=60' });
    expect(parseRateLimit(headers, NOW)).toEqual({
      limit: 100,
      remaining: 50,
      resetAt: NOW + 30_000,
      resetAfterMs: 30_000,
      bucket: 'default',
      windowMs: 60_000,
    });
  });

  it('reads the older RateLimit-Limit/-Remaining/-Reset drafts', () => {
    const headers = readHeaders([
      ['RateLimit-Limit', '100'],
      ['RateLimit-Remaining', '3'],
      ['RateLimit-Reset', '7'],
      ['RateLimit-Policy', '100;w=60'],
    ]);
    expect(parseRateLimit(headers, NOW)).toEqual({ limit: 100, remaining: 3, resetAt: NOW + 7000, resetAfterMs: 7000, windowMs: 60_000 });
  });

  it('gives undefined when nothing is there and ignores junk values', () => {
    expect(parseRateLimit(readHeaders({}), NOW)).toBeUndefined();
    expect(parseRateLimit(readHeaders({ 'x-ratelimit-limit': 'many', 'x-ratelimit-remaining': '-1' }), NOW)).toBeUndefined();
  });

  // Issue #15: parseRateLimit(new Headers(…)) threw (it expected core's reader); any container works now.
  it('takes any header container, not only a reader', () => {
    const expected = { limit: 5, remaining: 0, resetAfterMs: 1234, resetAt: NOW + 1234, bucket: 'b' };
    const entries: [string, string][] = [
      ['X-RateLimit-Limit', '5'],
      ['X-RateLimit-Remaining', '0'],
      ['X-RateLimit-Reset-After', '1.234'],
      ['X-RateLimit-Bucket', 'b'],
    ];
    expect(parseRateLimit(new Headers(entries), NOW)).toEqual(expected);
    expect(parseRateLimit(Object.fromEntries(entries), NOW)).toEqual(expected);
    expect(parseRateLimit(entries, NOW)).toEqual(expected);
    expect(parseRateLimit(Object.fromEntries(entries.map(([name, value]) => [name.toLowerCase(), [value]])), NOW)).toEqual(expected);
    expect(parseRateLimit(readHeaders(new Headers(entries)), NOW)).toEqual(expected);
    expect(parseRateLimit(undefined, NOW)).toBeUndefined();
    expect(parseRateLimit(null, NOW)).toBeUndefined();
  });

  it('uses the clock when `now` is not a finite number', () => {
    const snapshot = parseRateLimit({ 'ratelimit-reset': '10' }, Number.NaN);
    expect(Number.isFinite(snapshot?.resetAt)).toBe(true);
  });

  it('is false for a global header that is not "true"', () => {
    expect(parseRateLimit(readHeaders({ 'x-ratelimit-global': 'false' }), NOW)).toEqual({ global: false });
  });
});

describe('resetToEpochMs', () => {
  it('tells epochs from delays', () => {
    expect(resetToEpochMs(30, NOW)).toBe(NOW + 30_000);
    expect(resetToEpochMs(1_470_173_023, NOW)).toBe(1_470_173_023_000);
    expect(resetToEpochMs(1_470_173_023_000, NOW)).toBe(1_470_173_023_000);
  });
});

describe('parseDecimal', () => {
  it('accepts plain non-negative decimals only', () => {
    expect(parseDecimal(' 12.5 ')).toBe(12.5);
    expect(parseDecimal('1e3')).toBeUndefined();
    expect(parseDecimal('-1')).toBeUndefined();
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal(undefined)).toBeUndefined();
  });
});
