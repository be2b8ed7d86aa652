import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_RETRY_AFTER_MS, parseRetryAfter } from './retryAfter.ts';

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);

describe('parseRetryAfter', () => {
  it('reads delta-seconds, including fractions', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter('1.5', NOW)).toBe(1500);
  });

  it('turns negative values and past dates into 0', () => {
    expect(parseRetryAfter('-30', NOW)).toBe(0);
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', NOW)).toBe(0);
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

  it.each([undefined, null, '', 'soon', '1e3', '0x10', '12 seconds', '1'.repeat(80)])('gives undefined for %j', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});
