import { describe, expect, it } from 'vitest';
import { buildResponse, toHeaders } from './testing.ts';

describe('buildResponse', () => {
  it('serializes objects as JSON with a content type', async () => {
    const response = buildResponse({ status: 429, headers: { 'Retry-After': '2' }, body: { message: 'slow down' } });
    expect(response.status).toBe(429);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('retry-after')).toBe('2');
    expect(await response.json()).toEqual({ message: 'slow down' });
  });

  it('sends strings and bytes as they are', async () => {
    expect(await buildResponse({ status: 502, body: '<html>', contentType: 'text/html' }).text()).toBe('<html>');
    expect(buildResponse({ status: 502, body: 'x' }).headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await buildResponse({ status: 400, body: new TextEncoder().encode('ab') }).text()).toBe('ab');
  });

  it('drops bodies that a status cannot carry', async () => {
    expect(await buildResponse({ status: 204, body: { a: 1 } }).text()).toBe('');
  });

  it('copies any header container into Headers', () => {
    expect(toHeaders([['A', '1']]).get('a')).toBe('1');
    expect(toHeaders(undefined).has('a')).toBe(false);
  });
});
