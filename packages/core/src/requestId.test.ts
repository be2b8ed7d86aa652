import { describe, expect, it } from 'vitest';
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
