import { networkErrorOf, type ApiError } from '@errata/core';
import { discord } from '@errata/discord';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from './__fixtures__/mockFetch.ts';
import { hostileValues } from './__fixtures__/hostile.ts';
import { createFetch } from './createFetch.ts';
import { errorAttributes, errorEvent, recordError, type SpanAttributes } from './otel.ts';

// A webhook token in a URL path, as Discord issues them.
const TOKEN = 'Xy9_kLm-3QwErTyUiOpAsDfGhJkLzXcVbNm1234567890abcdefghijklmnopqrstu';

async function thrownBy(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('resolved');
}

describe('errorAttributes', () => {
  it('follows the HTTP semantic conventions and adds the vendor code', async () => {
    const fetch = createFetch({ vendors: discord, retry: false, fetch: mockFetch(json(403, { code: 50013, message: 'Missing Permissions' }, { 'x-request-id': 'req-1' })) });
    const error = await thrownBy(fetch(`https://discord.com:8443/api/v10/webhooks/123456789012345678/${TOKEN}`, { method: 'POST' }));
    const attributes = errorAttributes(error);
    expect(attributes).toMatchObject({
      'error.type': '403',
      'http.response.status_code': 403,
      'http.request.method': 'POST',
      'server.address': 'discord.com',
      'server.port': 8443,
      'errata.vendor': 'discord',
      'errata.code': '50013',
      'errata.kind': 'permission-denied',
      'errata.retryable': false,
    });
    expect(String(attributes['url.full'])).not.toContain(TOKEN);
    expect(Object.values(attributes).every((value) => ['string', 'number', 'boolean'].includes(typeof value))).toBe(true);
  });

  it('names a failure without a response by its errata code, and counts resends', async () => {
    const fetch = createFetch({ vendors: discord, retry: { maxAttempts: 2, baseDelayMs: 0 }, fetch: mockFetch(new TypeError('fetch failed')) });
    const attributes = errorAttributes(await thrownBy(fetch('https://discord.com/api/v10/x')));
    expect(attributes).toMatchObject({ 'error.type': 'unreachable', 'http.request.resend_count': 1, 'errata.vendor': 'network' });
    expect(attributes).not.toHaveProperty('http.response.status_code');
    expect(errorAttributes(networkErrorOf(new DOMException('t', 'TimeoutError')))['error.type']).toBe('timeout');
  });

  it('names an error sent with a success status by vendor and code', () => {
    const notReady = discord.parse({ status: 202, body: { code: 110_000, message: 'not ready', retry_after: 1 } });
    expect(errorAttributes(notReady)).toMatchObject({ 'error.type': 'discord.110000', 'http.response.status_code': 202, 'errata.retry_after_ms': 1000 });
  });

  it('gives nothing for other values, and never throws', () => {
    for (const value of hostileValues()) {
      expect(errorAttributes(value)).toEqual({});
      expect(errorEvent(value)).toBeUndefined();
    }
  });
});

describe('errorEvent and recordError', () => {
  it('records attributes, the exception event and the error status on a span', async () => {
    const fetch = createFetch({ vendors: discord, retry: false, fetch: mockFetch(json(401, { code: 0, message: '401: Unauthorized Bot abcdefghijklmnopqrstuvwx.yz' })) });
    const error = await thrownBy(fetch('https://discord.com/api/v10/users/@me'));
    const calls: { attributes?: SpanAttributes; event?: [string, SpanAttributes | undefined]; status?: { code: number; message?: string } } = {};
    recordError(
      {
        setAttributes: (attributes) => (calls.attributes = attributes),
        addEvent: (name, attributes) => (calls.event = [name, attributes]),
        setStatus: (status) => (calls.status = status),
      },
      error,
    );
    expect(calls.attributes).toMatchObject({ 'error.type': '401', 'errata.vendor': 'discord' });
    expect(calls.event?.[0]).toBe('exception');
    expect(calls.event?.[1]).toMatchObject({ 'exception.type': error.name, 'errata.code': '0' });
    expect(calls.event?.[1]?.['exception.stacktrace']).toContain('\n');
    expect(calls.status?.code).toBe(2);
    expect(JSON.stringify(calls)).not.toContain('abcdefghijklmnopqrstuvwx');
  });

  it('survives a span that throws', async () => {
    const error = await thrownBy(createFetch({ vendors: discord, retry: false, fetch: mockFetch(json(404, { code: 10003, message: 'Unknown Channel' })) })('https://discord.com/x'));
    const broken = {
      setAttributes: () => {
        throw new Error('exporter down');
      },
      addEvent: () => undefined,
      setStatus: () => undefined,
    };
    expect(() => recordError(broken, error)).not.toThrow();
  });
});
