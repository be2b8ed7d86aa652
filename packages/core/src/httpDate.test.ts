import { describe, expect, it } from 'vitest';
import { parseHttpDate } from './httpDate.ts';

const EXPECTED = Date.UTC(1994, 10, 6, 8, 49, 37);
const NOW = Date.UTC(2026, 0, 1);

describe('parseHttpDate', () => {
  it('reads the three forms RFC 9110 requires', () => {
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT', NOW)).toBe(EXPECTED);
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT', Date.UTC(1995, 0, 1))).toBe(EXPECTED);
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994', NOW)).toBe(EXPECTED);
  });

  it('puts a two-digit year no more than 50 years ahead', () => {
    expect(parseHttpDate('Monday, 01-Jan-30 00:00:00 GMT', NOW)).toBe(Date.UTC(2030, 0, 1));
    expect(parseHttpDate('Monday, 01-Jan-99 00:00:00 GMT', NOW)).toBe(Date.UTC(1999, 0, 1));
  });

  it('is case-insensitive for month names and the zone', () => {
    expect(parseHttpDate('Sun, 06 nov 1994 08:49:37 gmt', NOW)).toBe(EXPECTED);
  });

  it('accepts short and long day names in any case, and does not check the weekday against the date', () => {
    expect(parseHttpDate('SUN, 06 Nov 1994 08:49:37 GMT', NOW)).toBe(EXPECTED);
    expect(parseHttpDate('Sunday, 06 Nov 1994 08:49:37 GMT', NOW)).toBe(EXPECTED);
    expect(parseHttpDate('sun, 06-Nov-94 08:49:37 GMT', Date.UTC(1995, 0, 1))).toBe(EXPECTED);
    // 6 Nov 1994 was a Sunday: a wrong weekday is tolerated (RFC 9110 asks for lenient recipients).
    expect(parseHttpDate('Mon, 06 Nov 1994 08:49:37 GMT', NOW)).toBe(EXPECTED);
  });

  // Issue #15: `Zun` used to pass; a token that is no day name makes the value not an HTTP-date.
  it.each([
    'Zun, 29 Sep 2023 10:00:00 GMT',
    'Sonntag, 06-Nov-94 08:49:37 GMT',
    'Sunn Nov  6 08:49:37 1994',
    'Su, 06 Nov 1994 08:49:37 GMT',
    '1994, 06 Nov 1994 08:49:37 GMT',
    '06 Nov 1994 08:49:37 GMT',
  ])('rejects the unknown day name in %j', (value) => {
    expect(parseHttpDate(value, NOW)).toBeUndefined();
  });

  it.each([
    '',
    'tomorrow',
    'Sun, 06 Nov 1994 08:49:37 PST',
    'Sun, 31 Feb 1994 08:49:37 GMT',
    'Sun, 06 Foo 1994 08:49:37 GMT',
    'Sun, 06 Nov 1994 25:49:37 GMT',
    'Sun, 06 Nov 1994 08:49 GMT',
    'Sun, 0x6 Nov 1994 08:49:37 GMT',
    `Sun, 06 Nov 1994 08:49:37 GMT${' '.repeat(100)}`,
    'Sun, 06 Nov 1994 08:49:37 GMT extra tokens',
  ])('rejects %j', (value) => {
    expect(parseHttpDate(value, NOW)).toBeUndefined();
  });
});
