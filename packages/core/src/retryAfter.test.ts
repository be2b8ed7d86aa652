import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_RETRY_AFTER_MS, parseRetryAfter } from './retryAfter.ts';

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);

describe('parseRetryAfter', () => {
  it('reads delta-seconds, including fractions', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter('1.5', NOW)).toBe(1500);
  });

  it('turns past dates into 0', () => {
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', NOW)).toBe(0);
  });

  // Issue #15: delta-seconds is `1*DIGIT`; a sign makes the value invalid, not "retry now".
  it.each(['-1', '-30', '-0', '-1.5', '+5', ' -1 '])('ignores the signed value %j', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });

  // Issue #15: an unknown day name is not an HTTP-date.
  it('ignores a date whose day name is not a day', () => {
    expect(parseRetryAfter('Zun, 22 Nov 2026 12:01:00 GMT', NOW)).toBeUndefined();
    expect(parseRetryAfter('Sun, 22 Nov 2026 12:01:00 GMT', NOW)).toBe(60_000);
  });

  // Issue #15: more than 12 digits used to be dropped; a delay too long to represent waits the most allowed.
  it('caps delays of any digit count at the maximum', () => {
    for (const digits of [13, 16, 17, 40, 64]) expect(parseRetryAfter('9'.repeat(digits), NOW)).toBe(DEFAULT_MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter(`${'9'.repeat(20)}.5`, NOW, 1000)).toBe(1000);
    expect(parseRetryAfter('1234567890123', NOW, Number.MAX_SAFE_INTEGER)).toBe(1_234_567_890_123_000);
  });

  it('falls back to the default cap for an invalid maximum', () => {
    for (const maxMs of [Number.NaN, -1, '5' as unknown as number]) expect(parseRetryAfter('99999999', NOW, maxMs)).toBe(DEFAULT_MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter('99999999', NOW, Infinity)).toBe(99_999_999_000);
  });

  it('measures HTTP-dates from now in every accepted form', () => {
    expect(parseRetryAfter('Sun, 22 Nov 2026 12:01:00 GMT', NOW)).toBe(60_000);
    expect(parseRetryAfter('Sunday, 22-Nov-26 12:01:00 GMT', NOW)).toBe(60_000);
    expect(parseRetryAfter('Sun Nov 22 12:01:00 2026', NOW)).toBe(60_000);
  });

  it('clamps long waits', () => {
    expect(parseRetryAfter('99999999', NOW)).toBe(DEFAULT_MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter('600', NOW, 60_000)).toBe(60_000);
  });

  it.each([undefined, null, '', 'soon', '1e3', '0x10', '12 seconds', '1.', '.5', '1.2.3', '1'.repeat(80)])('gives undefined for %j', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});
