import { describe, expect, it } from 'vitest';
import { retryFromHeaders } from './statusRetry.ts';
import { readHeaders } from './headers.ts';
import { requestIdOf } from './requestId.ts';

describe('requestIdOf', () => {
  it('prefers vendor headers, then the common ones', () => {
    const headers = readHeaders({ 'apple-request-id': 'a-1', 'x-request-id': 'x-1', 'cf-ray': 'ray' });
    expect(requestIdOf(headers, ['apple-request-id'])).toBe('a-1');
    expect(requestIdOf(headers)).toBe('x-1');
    expect(requestIdOf(readHeaders({ 'CF-Ray': 'ray-2' }))).toBe('ray-2');
  });

  it('skips empty and oversized values', () => {
    expect(requestIdOf(readHeaders({ 'x-request-id': '  ', 'request-id': 'r'.repeat(300), 'cf-ray': 'ok' }))).toBe('ok');
    expect(requestIdOf(readHeaders({}))).toBeUndefined();
  });
});

describe('requestIdOf and retryFromHeaders take any header container', () => {
  it('reads fetch Headers, records and pairs', () => {
    for (const headers of [new Headers({ 'X-Request-Id': 'r-1', 'Retry-After': '3' }), { 'x-request-id': 'r-1', 'retry-after': '3' }, [['X-Request-ID', 'r-1'], ['retry-after', '3']] as [string, string][]]) {
      expect(requestIdOf(headers)).toBe('r-1');
      expect(retryFromHeaders(503, headers, 0)).toEqual({ retryable: true, retryAfterMs: 3000, retryAt: 3000, source: 'header' });
    }
    expect(requestIdOf(undefined)).toBeUndefined();
  });
});
