// The ky adapter against real ky on 127.0.0.1.
import { createRegistry, isApiError } from '@errata/core';
import { discord, failedRequestsHeader, isDiscordError } from '@errata/discord';
import ky, { HTTPError, isForceRetryError } from 'ky';
import { describe, expect, it } from 'vitest';
import { rejection } from './__fixtures__/rejection.ts';
import { serverForTests, startServer } from './__fixtures__/server.ts';
import { requestContextOf } from './context.ts';
import { errataKy } from './ky.ts';

const server = serverForTests();

describe('errataKy', () => {
  it("throws Discord's error, not a generic HTTP 403, with ky's HTTPError as cause", async () => {
    server.script('/ky/forbidden', { status: 403, body: { code: 50013, message: 'Missing Permissions' } });
    const api = ky.create(errataKy(ky, { vendors: discord }));
    const error = await rejection(api.get(`${server.origin}/ky/forbidden`).json());
    expect(isDiscordError(error, 50013)).toBe(true);
    expect(error.message).toBe('Missing Permissions');
    expect(error.cause).toBeInstanceOf(HTTPError);
    expect(requestContextOf(error)).toEqual({ method: 'GET', url: `${server.origin}/ky/forbidden`, attempts: 1, totalDelayMs: 0 });
    expect(error.request).toEqual(requestContextOf(error));
    // The cause is core's (a getter), not own data: a structured clone of the error does not try
    // to carry ky's HTTPError (its Request and Response cannot be cloned).
    expect(Object.getOwnPropertyNames(error)).not.toContain('cause');
    expect(() => structuredClone(error)).not.toThrow();
    expect(error.toJSON().cause).toMatchObject({ name: 'HTTPError' });
  });

  it('resolves successes as ky does', async () => {
    server.script('/ky/ok', { status: 200, body: { id: '1' } });
    const api = ky.create({ ...errataKy(ky, { vendors: discord }), prefix: server.origin });
    expect(await api.get('ky/ok').json()).toEqual({ id: '1' });
  });

  it('retries a 429 after the wait the body gives, sending X-Failed-Requests', async () => {
    server.script('/ky/limited', { status: 429, body: { message: 'You are being rate limited.', retry_after: 0.3, global: false } }, { status: 200, body: { ok: true } });
    const before = server.requests.length;
    const api = ky.create(errataKy(ky, { vendors: discord, retry: { retryHeaders: failedRequestsHeader } }));
    expect(await api.get(`${server.origin}/ky/limited`).json()).toEqual({ ok: true });
    const [first, second] = server.requests.slice(before);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(290);
    expect(second?.headers['x-failed-requests']).toBe('1');
  });

  it('polls a 202 "not ready" until the result is there', async () => {
    const notReady = { status: 202, body: { code: 110_000, message: 'Index not yet available', retry_after: 0.1 } };
    server.script('/ky/search', notReady, notReady, { status: 200, body: { messages: [] } });
    const api = ky.create(errataKy(ky, { vendors: discord }));
    expect(await api.get(`${server.origin}/ky/search`).json()).toEqual({ messages: [] });
  });

  it('throws the not-ready error when polling runs out (a 202 gets no HTTPError from ky)', async () => {
    server.script('/ky/never-ready', { status: 202, body: { code: 110_000, message: 'Index not yet available', retry_after: 0.05 } });
    const api = ky.create(errataKy(ky, { vendors: discord, retry: { maxAttempts: 2 } }));
    const error = await rejection(api.get(`${server.origin}/ky/never-ready`).json());
    expect(error).toMatchObject({ vendor: 'discord', code: 110_000, status: 202 });
    expect(requestContextOf(error)).toMatchObject({ attempts: 2 });
  });

  it('gives the vendor error, never ForceRetryError, when ky runs out of retries first', async () => {
    server.script('/ky/busy', { status: 503, headers: { 'retry-after': '0' }, body: { message: 'busy' } });
    const errata = errataKy(ky, { vendors: createRegistry([]), retry: { maxAttempts: 5 } });
    const api = ky.create({ ...errata, retry: { ...errata.retry, limit: 1 } });
    const error = await rejection(api.get(`${server.origin}/ky/busy`));
    expect(error).toMatchObject({ vendor: 'http', code: 503 });
    expect(isForceRetryError(error.cause)).toBe(true);
    expect(Object.getOwnPropertyNames(error)).not.toContain('cause');
  });

  it('stops at maxAttempts with the last HTTP error', async () => {
    server.script('/ky/busy2', { status: 503, headers: { 'retry-after': '0' }, body: { message: 'busy' } });
    const before = server.requests.length;
    const api = ky.create(errataKy(ky, { vendors: createRegistry([]), retry: { maxAttempts: 3 } }));
    const error = await rejection(api.get(`${server.origin}/ky/busy2`));
    expect(error).toMatchObject({ vendor: 'http', code: 503 });
    expect(error.cause).toBeInstanceOf(HTTPError);
    expect(server.requests.length - before).toBe(3);
    expect(requestContextOf(error)).toMatchObject({ attempts: 3 });
  });

  it('does not resend a POST without an idempotency key', async () => {
    server.script('/ky/post', { status: 503, headers: { 'retry-after': '0' }, body: { message: 'busy' } });
    const before = server.requests.length;
    const api = ky.create(errataKy(ky, { vendors: createRegistry([]) }));
    await rejection(api.post(`${server.origin}/ky/post`, { json: { a: 1 } }));
    expect(server.requests.length - before).toBe(1);
    await rejection(api.post(`${server.origin}/ky/post`, { json: { a: 1 }, headers: { 'idempotency-key': 'k' } }));
    expect(server.requests.length - before).toBe(4);
  });

  it('turns a network failure into a network error, with ky’s error as cause', async () => {
    const closed = await startServer();
    await closed.close();
    const api = ky.create(errataKy(ky, { vendors: discord, retry: { maxAttempts: 2, baseDelayMs: 1 } }));
    const error = await rejection(api.get(`${closed.origin}/x`));
    expect(error).toMatchObject({ vendor: 'network', code: 'unreachable' });
    expect((error.cause as Error).name).toBe('NetworkError');
    expect(requestContextOf(error)).toMatchObject({ attempts: 2 });
  });
});

describe('errataKy beforeError on an HTTPError its afterResponse did not see', () => {
  const httpError = (response: Response, data: unknown): Error => Object.assign(new Error('Request failed with status code 403'), { name: 'HTTPError', response, data });
  const state = (error: Error) => ({ request: new Request('https://discord.com/api/v10/x'), options: { context: {} }, error, retryCount: 0 });

  it("parses the data ky read to the vendor's code", async () => {
    const [beforeError] = errataKy(ky, { vendors: discord }).hooks.beforeError;
    const response = new Response(null, { status: 403 });
    const kyError = httpError(response, { code: 50001, message: 'Missing Access' });
    const error = await beforeError!(state(kyError));
    expect(error).toMatchObject({ vendor: 'discord', code: 50001 });
    expect(error.cause).toBe(kyError);
    expect(Object.getOwnPropertyNames(error)).not.toContain('cause');
  });

  it('says the body was consumed when ky could not read it, not "empty body"', async () => {
    const [beforeError] = errataKy(ky, { vendors: discord }).hooks.beforeError;
    const response = new Response('{"code": 50001}', { status: 403 });
    await response.text();
    const kyError = httpError(response, undefined);
    const error = await beforeError!(state(kyError));
    expect(isApiError(error) && error.details).toMatchObject({ bodyError: 'consumed' });
    expect(error.message).toContain('the body was already read by another consumer');
    expect(error.cause).toBe(kyError);
  });

  it('reads the Response itself when ky has no data but the body is unread', async () => {
    const [beforeError] = errataKy(ky, { vendors: discord }).hooks.beforeError;
    const response = new Response('{"code": 50001, "message": "Missing Access"}', { status: 403, headers: { 'content-type': 'application/json' } });
    const error = await beforeError!(state(httpError(response, undefined)));
    expect(error).toMatchObject({ vendor: 'discord', code: 50001 });
    expect(response.bodyUsed).toBe(false);
  });
});
