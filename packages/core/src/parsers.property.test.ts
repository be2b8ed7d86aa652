// Property tests for the readers added or rewritten for issues #12 and #15.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHeaders } from './headers.ts';
import { parseHttpDate } from './httpDate.ts';
import { copyJson, exceedsDepth, JsonRejection, parseJson } from './json.ts';
import { parseRateLimit } from './rateLimit.ts';
import { DEFAULT_MAX_RETRY_AFTER_MS, parseDeltaSeconds, parseRetryAfter } from './retryAfter.ts';
import { viewOf } from './view.ts';

// The nesting of a JSON value, counted the plain recursive way.
function naiveHeight(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  return 1 + Math.max(0, ...Object.values(value).map(naiveHeight));
}

const DAYS = new Set(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);

describe('copyJson', () => {
  it('gives what a JSON round trip gives, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        const copy = copyJson(value);
        expect(copy).not.toBeInstanceOf(JsonRejection);
        expect(JSON.stringify(copy)).toBe(JSON.stringify(value));
      }),
    );
  });

  it('never throws and always gives something JSON.stringify accepts', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true }), (value) => {
        const copy = copyJson(value);
        if (!(copy instanceof JsonRejection)) JSON.stringify(copy);
      }),
    );
  });
});

describe('depth checks', () => {
  it('exceedsDepth and the text check agree with the plain recursive count', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 12 }), fc.integer({ min: 0, max: 12 }), (value, limit) => {
        const tooDeep = naiveHeight(value) > limit;
        expect(exceedsDepth(value, limit)).toBe(tooDeep);
        const result = parseJson(JSON.stringify(value), { maxDepth: limit });
        expect(!result.ok && result.reason === 'too-deep').toBe(tooDeep);
      }),
    );
  });

  it('a parsed body is refused as too deep exactly when its text would be', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 10 }), fc.integer({ min: 1, max: 10 }), (value, maxDepth) => {
        const fromValue = viewOf({ status: 400, body: value }, { maxDepth }).jsonFailure();
        const fromText = viewOf({ status: 400, body: JSON.stringify(value) }, { maxDepth }).jsonFailure();
        expect(fromValue === 'too-deep').toBe(fromText === 'too-deep');
      }),
    );
  });
});

describe('Retry-After', () => {
  it('reads any run of digits as that many seconds, capped', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,60}$/), (digits) => {
        const expected = Math.min(Number(digits) * 1000, DEFAULT_MAX_RETRY_AFTER_MS);
        expect(parseRetryAfter(digits, 0)).toBe(Math.round(expected));
        expect(parseDeltaSeconds(digits)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('ignores any signed value', () => {
    fc.assert(
      fc.property(fc.constantFrom('-', '+'), fc.stringMatching(/^\d{1,12}(\.\d{1,3})?$/), (sign, digits) => {
        expect(parseRetryAfter(`${sign}${digits}`, 0)).toBeUndefined();
      }),
    );
  });

  it('refuses an HTTP-date whose day name is not a day, whatever the rest', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), fc.stringMatching(/^[A-Za-z]{1,9}$/), (date, day) => {
        const rest = date.toUTCString().slice(3);
        const parsed = parseHttpDate(`${day}${rest}`);
        if (DAYS.has(day.toLowerCase())) expect(parsed).toBe(Math.floor(date.getTime() / 1000) * 1000);
        else expect(parsed).toBeUndefined();
      }),
    );
  });
});

describe('header readers', () => {
  it('parseRateLimit gives the same answer for a record, pairs, fetch Headers and a reader', () => {
    const name = fc.constantFrom('X-RateLimit-Limit', 'x-ratelimit-remaining', 'X-RATELIMIT-RESET-AFTER', 'RateLimit', 'RateLimit-Policy', 'x-ratelimit-bucket', 'x-ratelimit-global');
    const value = fc.oneof(fc.stringMatching(/^[0-9.]{1,6}$/), fc.constantFrom('"a";r=1;t=2', '10;w=60', 'true', 'bucket-1'));
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(name, value), { selector: ([key]) => key.toLowerCase(), maxLength: 7 }), (entries) => {
        const expected = parseRateLimit(readHeaders(Object.fromEntries(entries)), 0);
        expect(parseRateLimit(entries, 0)).toEqual(expected);
        expect(parseRateLimit(new Headers(entries), 0)).toEqual(expected);
        expect(parseRateLimit(Object.fromEntries(entries), 0)).toEqual(expected);
      }),
    );
  });
});
