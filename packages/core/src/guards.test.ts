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
    const foreign = Object.assign(Object.create({ [Symbol.for('errata.error/v1')]: true }) as object, {
      vendor: 'demo',
      code: 10003,
      kind: 'not-found',
      status: 404,
      retry: { retryable: false },
      toJSON: () => ({}),
      toProblem: () => ({}),
    });
    expect(isApiError(foreign)).toBe(true);
    expect(Symbol.for('errata.error/v1')).toBe(ERROR_BRAND);
  });

  it('accepts an error from another realm', async () => {
    const { runInNewContext } = await import('node:vm');
    const foreign: unknown = runInNewContext(
      `({ [Symbol.for('errata.error/v1')]: true, vendor: 'demo', code: 10003, kind: 'not-found', status: 404, retry: { retryable: true }, toJSON() {}, toProblem() {} })`,
    );
    expect(isApiError(foreign)).toBe(true);
    expect(isDemoError(foreign, 10003)).toBe(true);
    expect(isRetryable(foreign)).toBe(true);
  });

  // Issue #12: a brand alone made isApiError true and isRetryable then threw reading `retry`.
  it('rejects a forged brand without well-typed fields, and never throws', () => {
    const brand = Symbol.for('errata.error/v1');
    const methods = { toJSON: () => ({}), toProblem: () => ({}) };
    const complete = { [brand]: true, vendor: 'demo', code: 1, kind: 'unknown', status: 500, retry: { retryable: false }, ...methods };
    const forged: unknown[] = [
      { [brand]: true },
      { ...complete, vendor: 1 },
      { ...complete, code: null },
      { ...complete, code: 1n },
      { ...complete, kind: undefined },
      { ...complete, status: '500' },
      { ...complete, retry: null },
      { ...complete, retry: { retryable: 'yes' } },
      { ...complete, toJSON: undefined },
      { ...complete, toProblem: 'x' },
      { ...complete, [brand]: 'true' },
    ];
    for (const value of forged) {
      expect(isApiError(value)).toBe(false);
      expect(isRetryable(value)).toBe(false);
      expect(hasKind(value, 'unknown')).toBe(false);
      expect(isDemoError(value)).toBe(false);
    }
    expect(isApiError(complete)).toBe(true);
    expect(isRetryable({ [brand]: true })).toBe(false);
  });

  it('never throws on throwing getters or Proxies, and reads each field once', () => {
    const brand = Symbol.for('errata.error/v1');
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        has() {
          throw new Error('trap');
        },
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    const getter = Object.defineProperty({ [brand]: true, vendor: 'demo', code: 1, status: 500, retry: { retryable: true } }, 'kind', {
      get() {
        throw new Error('getter');
      },
    });
    let reads = 0;
    const changing = Object.defineProperty({ [brand]: true, vendor: 'demo', code: 1, status: 500, retry: { retryable: true }, toJSON() {}, toProblem() {} }, 'kind', {
      get() {
        reads++;
        if (reads > 1) throw new Error('read twice');
        return 'unavailable';
      },
    });
    const throwingRetry = { [brand]: true, vendor: 'demo', code: 1, kind: 'unknown', status: 500, retry: throwing };
    const frozenGetter = Object.freeze(
      Object.defineProperty({ [brand]: true, vendor: 'demo', code: 1, status: 500, retry: { retryable: true } }, 'kind', {
        enumerable: true,
        get() {
          throw new Error('getter');
        },
      }),
    );
    for (const value of [throwing, getter, throwingRetry, frozenGetter]) {
      expect(isApiError(value)).toBe(false);
      expect(isRetryable(value)).toBe(false);
      expect(hasKind(value, ['unknown'])).toBe(false);
      expect(isDemoError(value, 1)).toBe(false);
    }
    expect(hasKind(changing, 'unavailable')).toBe(true);
    expect(reads).toBe(1);
    // A hostile code list from the caller matches nothing instead of throwing.
    const throwingList = new Proxy([], {
      get() {
        throw new Error('trap');
      },
    });
    expect(isDemoError(demo, throwingList as never)).toBe(false);
    expect(hasKind(demo, throwingList as never)).toBe(false);
    expect(isApiError(Object.freeze(createApiError({ vendor: 'demo', code: 1, kind: 'unknown', status: 500, message: '' })))).toBe(true);
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
