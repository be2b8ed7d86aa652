// End to end on 127.0.0.1: real fetch, a real node:http server, real timers.

import { discord, failedRequestsHeader } from '@errata/discord';
import { describe, expect, it } from 'vitest';
import { rejection } from './__fixtures__/rejection.ts';
import { serverForTests, startServer } from './__fixtures__/server.ts';
import { requestContextOf } from './context.ts';
import { createFetch } from './createFetch.ts';

const server = serverForTests();

describe('createFetch on loopback', () => {
  it('429 with Retry-After: 1 waits about a second, then resolves the 200', async () => {
    server.script('/rate-limited', { status: 429, headers: { 'retry-after': '1' }, body: { message: 'You are being rate limited.', retry_after: 1, global: false } }, { status: 200, body: { ok: true } });
    const fetch = createFetch({ vendors: discord, retry: { retryHeaders: failedRequestsHeader } });
    const before = server.requests.length;
    const started = performance.now();
    const response = await fetch(`${server.origin}/rate-limited`);
    const elapsed = performance.now() - started;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    const [first, second] = server.requests.slice(before);
    expect(elapsed).toBeGreaterThanOrEqual(990);
    expect(elapsed).toBeLessThan(3000);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(990);
    expect(second?.headers['x-failed-requests']).toBe('1');
  });

  it("throws Discord's error with its code and the request context", async () => {
    server.script('/forbidden', { status: 403, body: { code: 50013, message: 'Missing Permissions' } });
    const error = await rejection(createFetch({ vendors: discord })(`${server.origin}/forbidden`, { method: 'DELETE' }));
    expect(error).toMatchObject({ vendor: 'discord', code: 50013, status: 403 });
    expect(requestContextOf(error)).toEqual({ method: 'DELETE', url: `${server.origin}/forbidden`, attempts: 1, totalDelayMs: 0 });
    expect(error.response?.bodyExcerpt).toContain('Missing Permissions');
  });

  it('times out a hanging upstream', async () => {
    server.script('/hang', { status: 200, hang: true });
    const started = performance.now();
    const error = await rejection(createFetch({ vendors: discord, timeout: 200, retry: false })(`${server.origin}/hang`));
    expect(error).toMatchObject({ vendor: 'network', code: 'timeout' });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reports an unreachable upstream as a network error', async () => {
    const closed = await startServer();
    await closed.close();
    const error = await rejection(createFetch({ vendors: discord, retry: false })(`${closed.origin}/x`));
    expect(error).toMatchObject({ vendor: 'network', code: 'unreachable' });
    expect(error.cause).toBeInstanceOf(TypeError);
  });
});
