// The axios adapter against real axios on 127.0.0.1.
import { createRegistry } from '@errata/core';
import { discord, failedRequestsHeader, isDiscordError } from '@errata/discord';
import axios, { AxiosError } from 'axios';
import { describe, expect, it } from 'vitest';
import { rejection } from './__fixtures__/rejection.ts';
import { serverForTests, startServer } from './__fixtures__/server.ts';
import { errataAxios } from './axios.ts';
import { requestContextOf } from './context.ts';

const server = serverForTests();

describe('errataAxios', () => {
  it("rejects with Discord's error, the AxiosError as cause", async () => {
    server.script('/ax/forbidden', { status: 403, body: { code: 50013, message: 'Missing Permissions' } });
    const api = errataAxios(axios.create({ baseURL: server.origin }), { vendors: discord });
    const error = await rejection(api.get('/ax/forbidden'));
    expect(isDiscordError(error, 50013)).toBe(true);
    expect(error.cause).toBeInstanceOf(AxiosError);
    expect(requestContextOf(error)).toEqual({ method: 'GET', url: `${server.origin}/ax/forbidden`, attempts: 1, totalDelayMs: 0 });
    // The cause is core's (a getter), not own data: a structured clone does not try to carry it.
    expect(Object.getOwnPropertyNames(error)).not.toContain('cause');
    expect(() => structuredClone(error)).not.toThrow();
  });

  it('resolves successes untouched', async () => {
    server.script('/ax/ok', { status: 200, body: { id: '1' } });
    const api = errataAxios(axios.create(), { vendors: discord });
    const response = await api.get<{ id: string }>(`${server.origin}/ax/ok`);
    expect(response.data).toEqual({ id: '1' });
  });

  it('reads the rate-limit headers axios hands over', async () => {
    server.script('/ax/limited', {
      status: 429,
      headers: { 'retry-after': '40', 'x-ratelimit-remaining': '0', 'x-ratelimit-bucket': 'abc', 'x-ratelimit-limit': '5' },
      body: { message: 'You are being rate limited.', retry_after: 40, global: false },
    });
    const api = errataAxios(axios.create(), { vendors: discord, retry: { maxTotalMs: 1000 } });
    const error = await rejection(api.get(`${server.origin}/ax/limited`));
    expect(error.retry).toMatchObject({ retryable: true, retryAfterMs: 40_000, source: 'header' });
    expect(error.rateLimit).toMatchObject({ limit: 5, remaining: 0, bucket: 'abc' });
  });

  it('polls a 202 "not ready" instead of resolving it', async () => {
    const notReady = { status: 202, body: { code: 110_000, message: 'Index not yet available', retry_after: 0.1 } };
    server.script('/ax/search', notReady, { status: 200, body: { messages: [] } });
    const api = errataAxios(axios.create(), { vendors: discord });
    expect((await api.get(`${server.origin}/ax/search`)).data).toEqual({ messages: [] });
  });

  it('throws the not-ready error when polling runs out', async () => {
    server.script('/ax/never', { status: 202, body: { code: 110_000, message: 'Index not yet available', retry_after: 0.05 } });
    const api = errataAxios(axios.create(), { vendors: discord, retry: { maxAttempts: 2 } });
    const error = await rejection(api.get(`${server.origin}/ax/never`));
    expect(error).toMatchObject({ vendor: 'discord', code: 110_000 });
    expect(requestContextOf(error)).toMatchObject({ attempts: 2, totalDelayMs: expect.closeTo(50, -1) as unknown });
  });

  it('retries after the advised wait with X-Failed-Requests, keeping the request headers', async () => {
    server.script('/ax/busy', { status: 429, body: { message: 'slow down', retry_after: 0.2, global: false } }, { status: 200, body: { ok: true } });
    const before = server.requests.length;
    const api = errataAxios(axios.create({ headers: { authorization: 'Bot token' } }), { vendors: discord, retry: { retryHeaders: failedRequestsHeader } });
    expect((await api.get(`${server.origin}/ax/busy`)).data).toEqual({ ok: true });
    const [first, second] = server.requests.slice(before);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(190);
    expect(second?.headers['x-failed-requests']).toBe('1');
    expect(second?.headers.authorization).toBe('Bot token');
  });

  it('stops at maxAttempts, counting attempts across the requests it made again', async () => {
    server.script('/ax/down', { status: 503, headers: { 'retry-after': '0' }, body: { message: 'busy' } });
    const before = server.requests.length;
    const api = errataAxios(axios.create(), { vendors: createRegistry([]), retry: { maxAttempts: 3 } });
    const error = await rejection(api.get(`${server.origin}/ax/down`));
    expect(error).toMatchObject({ vendor: 'http', code: 503 });
    expect(server.requests.length - before).toBe(3);
    expect(requestContextOf(error)).toMatchObject({ attempts: 3 });
  });

  it('resends a POST only with an Idempotency-Key, body intact', async () => {
    server.script('/ax/post', { status: 503, headers: { 'retry-after': '0' }, body: { message: 'busy' } });
    const before = server.requests.length;
    const api = errataAxios(axios.create(), { vendors: createRegistry([]) });
    await rejection(api.post(`${server.origin}/ax/post`, { a: 1 }));
    expect(server.requests.length - before).toBe(1);
    await rejection(api.post(`${server.origin}/ax/post`, { a: 1 }, { headers: { 'Idempotency-Key': 'k' } }));
    const sent = server.requests.slice(before + 1);
    expect(sent).toHaveLength(3);
    expect(sent.map((request) => request.body)).toEqual(['{"a":1}', '{"a":1}', '{"a":1}']);
  });

  it('turns a network failure into a network error, a timeout into a timeout', async () => {
    const closed = await startServer();
    await closed.close();
    const api = errataAxios(axios.create(), { vendors: discord, retry: false });
    const error = await rejection(api.get(`${closed.origin}/x`));
    expect(error).toMatchObject({ vendor: 'network', code: 'unreachable' });
    expect(error.cause).toBeInstanceOf(AxiosError);
    server.script('/ax/hang', { status: 200, hang: true });
    const timedOut = await rejection(api.get(`${server.origin}/ax/hang`, { timeout: 100 }));
    expect(timedOut).toMatchObject({ vendor: 'network', code: 'timeout' });
    expect(timedOut.cause).toBeInstanceOf(AxiosError);
    expect(Object.getOwnPropertyNames(timedOut)).not.toContain('cause');
  });

  it('stops on cancellation without retrying', async () => {
    server.script('/ax/hang2', { status: 200, hang: true });
    const before = server.requests.length;
    const controller = new AbortController();
    const api = errataAxios(axios.create(), { vendors: discord });
    const pending = api.get(`${server.origin}/ax/hang2`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await rejection(pending);
    expect(error).toMatchObject({ vendor: 'network', code: 'aborted' });
    expect(server.requests.length - before).toBe(1);
  });
});
