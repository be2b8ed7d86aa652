import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createParseContext } from './defineVendor.ts';
import { DEFAULT_MAX_RETRY_AFTER_MS } from './retryAfter.ts';
import { actionOf, retryAdviceOf, type CodePolicy } from './policy.ts';
import { viewOf } from './view.ts';

const NOW = 1_700_000_000_000;
const context = createParseContext(NOW);
const RATE_LIMITED: CodePolicy = { kind: 'resource-exhausted', action: 'retry', retryable: true, waitMs: 5000 };
const NO_WAIT: CodePolicy = { kind: 'unavailable', action: 'retry', retryable: true };
const BAD: CodePolicy = { kind: 'invalid-argument', action: 'fix-request', retryable: false };

function view(headers: Record<string, string> = {}) {
  return viewOf({ status: 429, headers });
}

describe('retryAdviceOf', () => {
  it('takes the body wait first, then Retry-After, then the policy wait', () => {
    expect(retryAdviceOf(view({ 'retry-after': '3' }), context, RATE_LIMITED, 1500)).toEqual({ retryable: true, retryAfterMs: 1500, retryAt: NOW + 1500, source: 'body' });
    expect(retryAdviceOf(view({ 'retry-after': '3' }), context, RATE_LIMITED)).toEqual({ retryable: true, retryAfterMs: 3000, retryAt: NOW + 3000, source: 'header' });
    expect(retryAdviceOf(view({ 'retry-after': 'Tue, 14 Nov 2023 22:13:30 GMT' }), context, RATE_LIMITED)).toMatchObject({ retryAfterMs: 10_000, source: 'header' });
    expect(retryAdviceOf(view(), context, RATE_LIMITED)).toEqual({ retryable: true, retryAfterMs: 5000, retryAt: NOW + 5000, source: 'policy' });
    expect(retryAdviceOf(view(), context, NO_WAIT)).toEqual({ retryable: true });
  });

  it('gives no retry when the policy says so, whatever the response sends', () => {
    expect(retryAdviceOf(view({ 'retry-after': '3' }), context, BAD, 1000)).toEqual({ retryable: false });
  });

  it('skips unusable waits and caps long ones at a day', () => {
    for (const wait of [-1, Number.NaN, Infinity]) expect(retryAdviceOf(view(), context, RATE_LIMITED, wait).source).toBe('policy');
    expect(retryAdviceOf(view({ 'retry-after': 'soon' }), context, RATE_LIMITED).source).toBe('policy');
    expect(retryAdviceOf(view(), context, RATE_LIMITED, 1e12).retryAfterMs).toBe(DEFAULT_MAX_RETRY_AFTER_MS);
    expect(retryAdviceOf(view(), context, { ...RATE_LIMITED, waitMs: 1e12 }).retryAfterMs).toBe(DEFAULT_MAX_RETRY_AFTER_MS);
  });

  it('reads the clock only when there is a wait', () => {
    let reads = 0;
    const counting = {
      get now() {
        reads++;
        return NOW;
      },
    };
    retryAdviceOf(view(), counting, NO_WAIT);
    retryAdviceOf(view(), counting, BAD);
    expect(reads).toBe(0);
  });

  it('never gives a negative wait or one over the cap, whatever the inputs (property)', () => {
    fc.assert(
      fc.property(fc.option(fc.double()), fc.option(fc.string({ maxLength: 80 })), fc.option(fc.double()), (bodyWait, header, policyWait) => {
        const policy: CodePolicy = { ...RATE_LIMITED, ...(policyWait === null ? {} : { waitMs: policyWait }) };
        const advice = retryAdviceOf(view(header === null ? {} : { 'retry-after': header }), context, policy, bodyWait ?? undefined);
        expect(advice.retryable).toBe(true);
        if (advice.retryAfterMs !== undefined) {
          expect(advice.retryAfterMs).toBeGreaterThanOrEqual(0);
          expect(advice.retryAfterMs).toBeLessThanOrEqual(DEFAULT_MAX_RETRY_AFTER_MS);
          expect(advice.retryAt).toBe(NOW + advice.retryAfterMs);
        }
      }),
    );
  });
});

describe('actionOf', () => {
  it('lets retry advice decide first, then the policy, then the kind', () => {
    expect(actionOf('unavailable', { retryable: true })).toBe('retry');
    expect(actionOf('resource-exhausted', { retryable: true, retryAfterMs: 10 }, 'user-action')).toBe('retry-after');
    expect(actionOf('failed-precondition', { retryable: false }, 'user-action')).toBe('user-action');
    // A retry action without retry advice falls back to the kind.
    expect(actionOf('unavailable', { retryable: false }, 'retry')).toBe('none');
    expect(actionOf('unauthenticated', { retryable: false })).toBe('reauthenticate');
    expect(actionOf('invalid-argument', { retryable: false })).toBe('fix-request');
    expect(actionOf('out-of-range', { retryable: false })).toBe('fix-request');
    expect(actionOf('not-found', { retryable: false })).toBe('none');
  });
});
