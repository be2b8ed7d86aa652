import { describe, expect, it } from 'vitest';
import { createApiError, type ApiError, type OrUnknown } from './apiError.ts';
import { ERROR_BRAND } from './brand.ts';
import { defineGuard, hasKind, isRetryable } from './guards.ts';
import { isApiError } from './isApiError.ts';

type DemoError = ApiError<'demo', OrUnknown<10003 | 50013>>;
const isDemoError = defineGuard<DemoError>('demo');
const demo = createApiError({ vendor: 'demo', code: 50013, kind: 'permission-denied', status: 403, message: 'Missing Permissions' });
const other = createApiError({ vendor: 'other', code: 50013, kind: 'permission-denied', status: 403, message: 'x' });

describe('isApiError', () => {
  it('accepts errors and rejects look-alikes', () => {
    expect(isApiError(demo)).toBe(true);
    for (const value of [null, undefined, 0, 'ApiError', new Error('x'), { vendor: 'demo', code: 1 }, JSON.parse(JSON.stringify(demo))]) {
      expect(isApiError(value)).toBe(false);
    }
  });

  it('accepts an error from another copy of the package (same registered brand)', () => {
    const foreign = Object.create({ [Symbol.for('errata.error/v1')]: true }) as object;
    expect(isApiError(foreign)).toBe(true);
    expect(Symbol.for('errata.error/v1')).toBe(ERROR_BRAND);
  });

  it('accepts an error from another realm', async () => {
    const { runInNewContext } = await import('node:vm');
    const foreign: unknown = runInNewContext(`({ [Symbol.for('errata.error/v1')]: true, vendor: 'demo', code: 10003 })`);
    expect(isApiError(foreign)).toBe(true);
    expect(isDemoError(foreign, 10003)).toBe(true);
  });
});

describe('defineGuard', () => {
  it('matches the vendor and optionally one or several codes', () => {
    expect(isDemoError(demo)).toBe(true);
    expect(isDemoError(other)).toBe(false);
    expect(isDemoError(demo, 50013)).toBe(true);
    expect(isDemoError(demo, 10003)).toBe(false);
    expect(isDemoError(demo, [10003, 50013])).toBe(true);
    expect(isDemoError(demo, 99999)).toBe(false);
    expect(isDemoError('demo')).toBe(false);
  });
});

describe('hasKind and isRetryable', () => {
  it('narrow by kind and retryability', () => {
    expect(hasKind(demo, 'permission-denied')).toBe(true);
    expect(hasKind(demo, ['not-found', 'permission-denied'])).toBe(true);
    expect(hasKind(demo, 'not-found')).toBe(false);
    expect(hasKind({ kind: 'not-found' }, 'not-found')).toBe(false);
    expect(isRetryable(demo)).toBe(false);
    expect(isRetryable(createApiError({ vendor: 'x', code: 1, kind: 'unavailable', status: 503, message: '', retry: { retryable: true } }))).toBe(true);
  });
});
