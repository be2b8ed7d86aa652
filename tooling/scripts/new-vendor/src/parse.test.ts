import { isApiError } from '@errata/core';
import { describe, expect, it } from 'vitest';
import { fixtures } from './__fixtures__/responses.ts';
import { is__PASCAL__Error } from './guard.ts';
import { __CAMEL__ } from './vendor.ts';

describe('__CAMEL__.parse', () => {
  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', async (_name, fixture) => {
    const error = __CAMEL__.parse(fixture.parts);
    expect(error).toMatchObject({ vendor: '__NAME__', code: fixture.code, kind: fixture.kind, action: fixture.action, status: fixture.parts.status });
    expect(is__PASCAL__Error(error, fixture.code)).toBe(true);
    expect(error?.name).toBe('__PASCAL__Error');
    // The same from a fetch Response, which is read from a clone.
    const response = new Response(fixture.parts.body, { status: fixture.parts.status, headers: fixture.parts.headers });
    expect(await __CAMEL__.parse(response)).toMatchObject({ code: fixture.code, kind: fixture.kind });
    expect(response.bodyUsed).toBe(false);
  });

  it('reads the wait, the request id and the target', () => {
    expect(__CAMEL__.parse(fixtures[2]!.parts)?.retry).toMatchObject({ retryable: true, retryAfterMs: 3000, source: 'header' });
    expect(__CAMEL__.parse({ status: 429, headers: {}, body: '{"error": {"code": "RATE_LIMITED", "message": "x"}}' })?.retry).toMatchObject({ retryAfterMs: 1000, source: 'policy' });
    expect(__CAMEL__.parse(fixtures[0]!.parts)?.requestId).toBe('req-1');
    expect(__CAMEL__.parse(fixtures[1]!.parts)?.details).toEqual({ target: 'name' });
  });

  it('claims its own body shape only', () => {
    for (const body of ['{"error": "invalid_grant"}', '{"code": 50013, "message": "Missing Permissions"}', '[{"code": "X"}]', '<html>502</html>', '']) {
      const error = __CAMEL__.parse({ status: 502, headers: { 'content-type': 'application/json' }, body });
      expect(isApiError(error), body).toBe(true);
      expect(error?.vendor, body).toBe('http');
    }
  });

  it('gives undefined for a success', () => {
    expect(__CAMEL__.parse({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok": true}' })).toBeUndefined();
  });
});
