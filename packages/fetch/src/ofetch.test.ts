// The ofetch adapter against real ofetch on 127.0.0.1.
import { createRegistry } from '@errata/core';
import { discord, failedRequestsHeader, isDiscordError } from '@errata/discord';
import { ofetch } from 'ofetch';
import { describe, expect, it } from 'vitest';
import { rejection } from './__fixtures__/rejection.ts';
import { serverForTests, startServer } from './__fixtures__/server.ts';
import { requestContextOf } from './context.ts';
import { errataOfetch } from './ofetch.ts';

const server = serverForTests();

describe('errataOfetch', () => {
  it("throws Discord's error from onResponseError, the FetchError ofetch would throw as cause", async () => {
    server.script('/of/forbidden', { status: 403, body: { code: 50013, message: 'Missing Permissions' } });
    const api = ofetch.create(errataOfetch(ofetch, { vendors: discord }));
    const error = await rejection(api(`${server.origin}/of/forbidden`));
    expect(isDiscordError(error, 50013)).toBe(true);
    expect(error.cause).toMatchObject({ name: 'FetchError', status: 403 });
    expect(requestContextOf(error)).toEqual({ method: 'GET', url: `${server.origin}/of/forbidden`, attempts: 1, totalDelayMs: 0 });
    // The cause is core's (a getter), not own data: a structured clone does not try to carry it.
    expect(Object.getOwnPropertyNames(error)).not.toContain('cause');
    expect(() => structuredClone(error)).not.toThrow();
  });

  it('returns data for successes, with the base URL and other defaults kept', async () => {
    server.script('/of/ok', { status: 200, body: { id: '1' } });
    const api = ofetch.create({ ...errataOfetch(ofetch, { vendors: discord }), baseURL: server.origin });
    expect(await api('/of/ok')).toEqual({ id: '1' });
  });

  it('polls a 202 "not ready" instead of returning it as data', async () => {
    const notReady = { status: 202, body: { code: 110_000, message: 'Index not yet available', retry_after: 0.1 } };
    server.script('/of/search', notReady, { status: 200, body: { messages: [] } });
    const api = ofetch.create(errataOfetch(ofetch, { vendors: discord }));
    expect(await api(`${server.origin}/of/search`)).toEqual({ messages: [] });
  });

  it('throws the not-ready error when polling runs out', async () => {
    server.script('/of/never', { status: 202, body: { code: 110_000, message: 'Index not yet available', retry_after: 0.05 } });
    const api = ofetch.create(errataOfetch(ofetch, { vendors: discord, retry: { maxAttempts: 2 } }));
    const error = await rejection(api(`${server.origin}/of/never`));
    expect(error).toMatchObject({ vendor: 'discord', code: 110_000 });
    expect(requestContextOf(error)).toMatchObject({ attempts: 2, totalDelayMs: expect.closeTo(50, -1) as unknown });
  });

  it('retries a 429 after its wait with X-Failed-Requests, then returns the data', async () => {
    server.script('/of/limited', { status: 429, body: { message: 'You are being rate limited.', retry_after: 0.2, global: false } }, { status: 200, body: { ok: true } });
    const before = server.requests.length;
    const api = ofetch.create(errataOfetch(ofetch, { vendors: discord, retry: { retryHeaders: failedRequestsHeader } }));
    expect(await api(`${server.origin}/of/limited`)).toEqual({ ok: true });
    const [first, second] = server.requests.slice(before);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(190);
    expect(second?.headers['x-failed-requests']).toBe('1');
  });

  it('stops at maxAttempts', async () => {
    server.script('/of/busy', { status: 503, headers: { 'retry-after': '0' }, body: { message: 'busy' } });
    const before = server.requests.length;
    const api = ofetch.create(errataOfetch(ofetch, { vendors: createRegistry([]), retry: { maxAttempts: 3 } }));
    const error = await rejection(api(`${server.origin}/of/busy`));
    expect(error).toMatchObject({ vendor: 'http', code: 503 });
    expect(server.requests.length - before).toBe(3);
    expect(requestContextOf(error)).toMatchObject({ attempts: 3 });
  });

  it('does not resend a POST', async () => {
    server.script('/of/post', { status: 503, headers: { 'retry-after': '0' }, body: { message: 'busy' } });
    const before = server.requests.length;
    const api = ofetch.create(errataOfetch(ofetch, { vendors: createRegistry([]) }));
    await rejection(api(`${server.origin}/of/post`, { method: 'POST', body: { a: 1 } }));
    expect(server.requests.length - before).toBe(1);
  });

  it('retries a network failure as errata allows, then throws a network error', async () => {
    const closed = await startServer();
    await closed.close();
    const api = ofetch.create(errataOfetch(ofetch, { vendors: discord, retry: { maxAttempts: 2, baseDelayMs: 1 } }));
    const error = await rejection(api(`${closed.origin}/x`));
    expect(error).toMatchObject({ vendor: 'network', code: 'unreachable' });
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(Object.getOwnPropertyNames(error)).not.toContain('cause');
    expect(requestContextOf(error)).toMatchObject({ attempts: 2 });
  });

  it('parses a text body ofetch read as text', async () => {
    server.script('/of/html', { status: 502, headers: { 'content-type': 'text/html' }, body: '<html>bad gateway</html>' });
    const api = ofetch.create(errataOfetch(ofetch, { vendors: createRegistry([]), retry: false }));
    const error = await rejection(api(`${server.origin}/of/html`));
    expect(error).toMatchObject({ vendor: 'http', code: 502 });
    expect(error.response?.bodyExcerpt).toContain('bad gateway');
  });
});
