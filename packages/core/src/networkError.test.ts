import { describe, expect, it } from 'vitest';
import { isApiError } from './isApiError.ts';
import { networkErrorOf } from './networkError.ts';

describe('networkErrorOf', () => {
  it('classifies timeouts, aborts and the rest', () => {
    expect(networkErrorOf(new DOMException('t', 'TimeoutError'))).toMatchObject({ code: 'timeout', kind: 'deadline-exceeded', retry: { retryable: true } });
    expect(networkErrorOf(new DOMException('a', 'AbortError'))).toMatchObject({ code: 'aborted', kind: 'cancelled', retry: { retryable: false } });
    expect(networkErrorOf(new TypeError('fetch failed'), 'discord')).toMatchObject({ code: 'unreachable', kind: 'unavailable', details: { expectedVendor: 'discord' } });
  });

  // Issue #12: a cause whose `name` getter threw made networkErrorOf throw.
  it('never throws, whatever the cause, and keeps the cause as given', () => {
    const fail = (): never => {
      throw new Error('trap');
    };
    const causes: unknown[] = [
      null,
      undefined,
      'text',
      7n,
      Symbol('s'),
      Object.defineProperty({}, 'name', { get: fail }),
      new Proxy({}, { get: fail, has: fail, getPrototypeOf: fail, ownKeys: fail, getOwnPropertyDescriptor: fail }),
      Object.freeze({ name: 'TimeoutError' }),
    ];
    for (const cause of causes) {
      const error = networkErrorOf(cause);
      expect(isApiError(error)).toBe(true);
      expect(error.cause).toBe(cause);
    }
    expect(networkErrorOf(causes.at(-1)).code).toBe('timeout');
  });

  it('drops an expected vendor that is not a string', () => {
    expect(networkErrorOf(new Error('x'), 5n as never).details).toEqual({});
    expect(() => JSON.stringify(networkErrorOf(new Error('x'), 5n as never))).not.toThrow();
  });
});
