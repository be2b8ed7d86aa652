import { inspect } from 'node:util';
import { createRegistry, fromProblem, rehydrate, toProblem, type ApiError, type VendorModule } from '@errata/core';
import { discord, failedRequestsHeader, isDiscordError } from '@errata/discord';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rejection } from './__fixtures__/rejection.ts';
import { json, mockFetch } from './__fixtures__/mockFetch.ts';
import { requestContextOf } from './context.ts';
import { createFetch } from './createFetch.ts';
import { settle } from './__fixtures__/settle.ts';

const API = 'https://discord.com/api/v10';
const missingPermissions = json(403, { code: 50013, message: 'Missing Permissions' });
const ok = json(200, { id: '1' });

describe('createFetch: successes', () => {
  it('resolves the response itself, body unread', async () => {
    const response = new Response('{"id":"1"}', { status: 200 });
    const fetch = createFetch({ vendors: discord, fetch: () => Promise.resolve(response) });
    const result = await fetch(`${API}/users/@me`);
    expect(result).toBe(response);
    expect(result.bodyUsed).toBe(false);
    expect(await result.json()).toEqual({ id: '1' });
  });

  it('passes the init through and adds only a signal (a timer only with a timeout)', async () => {
    const fake = mockFetch(ok);
    const fetch = createFetch({ vendors: discord, timeout: 5000, fetch: fake });
    await fetch(`${API}/channels/1/messages`, { method: 'POST', body: '{"content":"hi"}', headers: { authorization: 'Bot x' } });
    const [call] = fake.calls;
    expect(call?.init?.method).toBe('POST');
    expect(call?.body).toBe('{"content":"hi"}');
    expect(call?.headers.get('authorization')).toBe('Bot x');
    expect(call?.init?.signal).toBeInstanceOf(AbortSignal);
    const untimed = mockFetch(ok);
    await createFetch({ vendors: discord, fetch: untimed })(`${API}/x`);
    expect(untimed.calls[0]?.init?.signal).toBeNull();
  });

  it('reads a 2xx that is not 202 never, a 202 without an error body as a success', async () => {
    const accepted = new Response('{"id":"2"}', { status: 202, headers: { 'content-type': 'application/json' } });
    const fetch = createFetch({ vendors: discord, fetch: () => Promise.resolve(accepted) });
    const result = await fetch(`${API}/x`);
    expect(result).toBe(accepted);
    expect(await result.json()).toEqual({ id: '2' });
  });

  it('inspects every 2xx for vendors that send errors with a success status', async () => {
    const module: VendorModule = {
      vendor: 'ok-errors',
      errorsWithSuccessStatus: true,
      detect: () => true,
      parseView: (view) => {
        const body = view.json() as { stat?: string } | undefined;
        return body?.stat === 'error' ? rehydrate({ errata: 1, vendor: 'ok-errors', code: 'E1', kind: 'invalid-argument', status: view.status, message: 'bad input' }) : undefined;
      },
    };
    const fetch = createFetch({ vendors: createRegistry([module]), retry: false, fetch: mockFetch(json(200, { stat: 'error' })) });
    const error = await rejection(fetch('https://api.example/x'));
    expect(error).toMatchObject({ vendor: 'ok-errors', code: 'E1', status: 200 });
    const fine = createFetch({ vendors: createRegistry([module]), fetch: mockFetch(json(200, { stat: 'ok' })) });
    expect(await (await fine('https://api.example/x')).json()).toEqual({ stat: 'ok' });
  });
});

describe('createFetch: failures', () => {
  it("throws the vendor's error with the request context on toJSON and toProblem", async () => {
    const fetch = createFetch({ vendors: discord, fetch: mockFetch(missingPermissions) });
    const error = await rejection(fetch(`${API}/channels/1/messages?token=very-secret-token-value`, { method: 'post' }));
    expect(isDiscordError(error, 50013)).toBe(true);
    const context = { method: 'POST', url: expect.not.stringContaining('very-secret') as unknown, attempts: 1, totalDelayMs: 0 };
    expect(requestContextOf(error)).toEqual(context);
    expect(error.request).toEqual(context);
    expect(error.toJSON().request).toEqual(context);
    expect(toProblem(error).request).toEqual(context);
    expect(error.toProblem().request).toEqual(context);
    expect(inspect(error)).toContain('totalDelayMs: 0');
    expect(inspect(error)).not.toContain('very-secret');
    // Core's own member, not a stopgap in the vendor's details.
    expect(error.details).not.toHaveProperty('request');
    // The context survives a trip through JSON, and through toProblem and back.
    expect(rehydrate(JSON.parse(JSON.stringify(error)) as unknown)?.request).toEqual(error.request);
    expect(fromProblem(JSON.parse(JSON.stringify(error.toProblem())) as unknown)?.request).toEqual(error.request);
  });

  it('keeps the vendor details next to the context', async () => {
    const fetch = createFetch({ vendors: discord, retry: false, fetch: mockFetch(json(429, { message: 'You are being rate limited.', retry_after: 1.5, global: true }, { 'retry-after': '2' })) });
    const error = await rejection(fetch(`${API}/x`));
    expect(error.details).toMatchObject({ global: true });
    expect(error.request).toMatchObject({ attempts: 1 });
  });

  it('captures a stack that starts at the caller', async () => {
    const fetch = createFetch({ vendors: discord, fetch: mockFetch(missingPermissions) });
    async function loadTheChannel(): Promise<Response> {
      return await fetch(`${API}/channels/1`);
    }
    const error = await rejection(loadTheChannel());
    expect(Object.hasOwn(error, 'stack')).toBe(true);
    expect(error.stack).toContain('loadTheChannel');
    expect(error.stack).not.toContain('stack not captured');
  });

  it('routes among several vendors by host and falls back to the generic error elsewhere', async () => {
    const fetch = createFetch({ vendors: createRegistry([discord]), retry: false, fetch: mockFetch(json(404, { message: 'nope' })) });
    expect((await rejection(fetch('https://api.other.example/x'))).vendor).toBe('http');
    const routed = createFetch({ vendors: createRegistry([discord]), retry: false, fetch: mockFetch(json(404, { code: 10003, message: 'Unknown Channel' })) });
    expect((await rejection(routed(`${API}/channels/9`))).code).toBe(10003);
  });

  it('turns a network failure into a network error with the same context, the cause kept', async () => {
    const failure = new TypeError('fetch failed');
    const fetch = createFetch({ vendors: discord, retry: false, fetch: mockFetch(failure) });
    const error = await rejection(fetch(`${API}/x`));
    expect(error).toMatchObject({ vendor: 'network', code: 'unreachable', kind: 'unavailable' });
    expect(error.cause).toBe(failure);
    expect(error.details).toMatchObject({ expectedVendor: 'discord' });
    expect(error.request).toMatchObject({ method: 'GET', attempts: 1 });
  });
});

describe('createFetch: retries (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(1_700_000_000_000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits what Retry-After says, then resolves the success', async () => {
    const fake = mockFetch(json(429, { message: 'rate limited', retry_after: 2 }, { 'retry-after': '2' }), ok);
    const fetch = createFetch({ vendors: discord, fetch: fake });
    const outcome = await settle(fetch(`${API}/x`));
    expect(outcome.error).toBeUndefined();
    expect(outcome.value?.status).toBe(200);
    expect(outcome.at).toBeGreaterThanOrEqual(2000);
    expect(outcome.at).toBeLessThan(2100);
    expect(fake.calls).toHaveLength(2);
  });

  it("waits the body's retry_after when no header is sent", async () => {
    const fake = mockFetch(json(429, { message: 'rate limited', retry_after: 0.7, global: false }), ok);
    const outcome = await settle(createFetch({ vendors: discord, fetch: fake })(`${API}/x`));
    expect(outcome.at).toBeGreaterThanOrEqual(700);
    expect(outcome.at).toBeLessThan(800);
  });

  it('waits until a rate limit resets when that is all it knows', async () => {
    const reset = json(429, { message: 'slow down' }, { 'ratelimit-remaining': '0', 'ratelimit-reset': '3' });
    const fake = mockFetch(reset, ok);
    const outcome = await settle(createFetch({ vendors: createRegistry([]), fetch: fake })('https://api.example/x'));
    expect(outcome.value?.status).toBe(200);
    expect(outcome.at).toBeGreaterThanOrEqual(3000);
    expect(outcome.at).toBeLessThan(3100);
  });

  it('backs off with full jitter when retryable without a wait', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const fake = mockFetch(json(503, { message: 'busy' }), json(503, { message: 'busy' }), ok);
    const outcome = await settle(createFetch({ vendors: createRegistry([]), retry: { baseDelayMs: 1000 }, fetch: fake })('https://api.example/x'));
    expect(outcome.value?.status).toBe(200);
    // 0.5 x 1000, then 0.5 x 2000.
    expect(outcome.at).toBeGreaterThanOrEqual(1500);
    expect(outcome.at).toBeLessThan(1600);
  });

  it("doubles a vendor policy's wait per failed attempt (Discord 502: 1 s, 2 s)", async () => {
    const fake = mockFetch(json(502, { message: 'bad gateway', code: 0 }), json(502, { message: 'bad gateway', code: 0 }), ok);
    const outcome = await settle(createFetch({ vendors: discord, fetch: fake })(`${API}/x`));
    expect(outcome.value?.status).toBe(200);
    expect(outcome.at).toBeGreaterThanOrEqual(3000);
    expect(outcome.at).toBeLessThan(3100);
  });

  it('stops after maxAttempts and says how many were made and how long it waited', async () => {
    const fake = mockFetch(json(503, { message: 'busy' }, { 'retry-after': '1' }));
    const outcome = await settle(createFetch({ vendors: createRegistry([]), retry: { maxAttempts: 4 }, fetch: fake })('https://api.example/x'));
    expect(fake.calls).toHaveLength(4);
    expect(requestContextOf(outcome.error)).toEqual({ method: 'GET', url: 'https://api.example/x', attempts: 4, totalDelayMs: 3000 });
  });

  it('does not start a wait that would pass maxTotalMs', async () => {
    const fake = mockFetch(json(429, { message: 'later' }, { 'retry-after': '120' }), ok);
    const outcome = await settle(createFetch({ vendors: discord, fetch: fake })(`${API}/x`));
    expect(outcome.at).toBeLessThan(50);
    expect(fake.calls).toHaveLength(1);
    expect((outcome.error as ApiError).retry.retryAfterMs).toBe(120_000);
  });

  it('never retries what the advice says not to', async () => {
    const fake = mockFetch(missingPermissions, ok);
    const outcome = await settle(createFetch({ vendors: discord, fetch: fake })(`${API}/x`));
    expect(fake.calls).toHaveLength(1);
    expect((outcome.error as ApiError).code).toBe(50013);
  });

  it('retries POST only with an Idempotency-Key or when asked to', async () => {
    const busy = json(503, { message: 'busy' }, { 'retry-after': '1' });
    const plain = mockFetch(busy, ok);
    expect((await settle(createFetch({ vendors: createRegistry([]), fetch: plain })('https://api.example/x', { method: 'POST', body: 'a' }))).error).toBeDefined();
    expect(plain.calls).toHaveLength(1);
    const keyed = mockFetch(busy, ok);
    const withKey = await settle(createFetch({ vendors: createRegistry([]), fetch: keyed })('https://api.example/x', { method: 'POST', body: 'a', headers: { 'Idempotency-Key': 'k1' } }));
    expect(withKey.value?.status).toBe(200);
    expect(keyed.calls.map((call) => call.body)).toEqual(['a', 'a']);
    const optedIn = mockFetch(busy, ok);
    const asked = await settle(createFetch({ vendors: createRegistry([]), retry: { retryNonIdempotent: true }, fetch: optedIn })('https://api.example/x', { method: 'PATCH', body: 'b' }));
    expect(asked.value?.status).toBe(200);
  });

  it('sends a Request body again on every attempt', async () => {
    const fake = mockFetch(json(503, { message: 'busy' }, { 'retry-after': '1' }), ok);
    const request = new Request('https://api.example/x', { method: 'PUT', body: 'payload' });
    const outcome = await settle(createFetch({ vendors: createRegistry([]), fetch: fake })(request));
    expect(outcome.value?.status).toBe(200);
    expect(fake.calls.map((call) => call.body)).toEqual(['payload', 'payload']);
  });

  it("adds Discord's X-Failed-Requests on retries through a per-vendor hook", async () => {
    const fake = mockFetch(json(502, { message: 'bad gateway', code: 0 }), json(502, { message: 'bad gateway', code: 0 }), ok);
    const fetch = createFetch({ vendors: discord, retry: { retryHeaders: failedRequestsHeader }, fetch: fake });
    await settle(fetch(`${API}/x`, { headers: { authorization: 'Bot t' } }));
    expect(fake.calls.map((call) => call.headers.get('x-failed-requests'))).toEqual([null, '1', '2']);
    expect(fake.calls.every((call) => call.headers.get('authorization') === 'Bot t')).toBe(true);
  });

  it('polls a 202 "not ready" as long as the body says', async () => {
    const notReady = json(202, { message: 'Index not yet available. Try again later', code: 110_000, retry_after: 1.5 });
    const fake = mockFetch(notReady, notReady, ok);
    const outcome = await settle(createFetch({ vendors: discord, fetch: fake })(`${API}/guilds/1/messages/search`));
    expect(outcome.value?.status).toBe(200);
    expect(outcome.at).toBeGreaterThanOrEqual(3000);
    expect(outcome.at).toBeLessThan(3100);
  });

  it('throws the not-ready error when polling runs out', async () => {
    const fake = mockFetch(json(202, { code: 110_000, message: 'not ready', retry_after: 1 }));
    const outcome = await settle(createFetch({ vendors: discord, retry: { maxAttempts: 2 }, fetch: fake })(`${API}/x`));
    expect(outcome.error).toMatchObject({ vendor: 'discord', code: 110_000, status: 202 });
    expect(requestContextOf(outcome.error)).toMatchObject({ attempts: 2, totalDelayMs: 1000 });
  });

  it('stops waiting the moment the signal aborts, and does not call fetch again', async () => {
    const fake = mockFetch(json(503, { message: 'busy' }, { 'retry-after': '30' }), ok);
    const controller = new AbortController();
    const pending = createFetch({ vendors: createRegistry([]), fetch: fake })('https://api.example/x', { signal: controller.signal });
    setTimeout(() => controller.abort(), 500);
    const outcome = await settle(pending);
    expect(outcome.at).toBeLessThan(600);
    expect(outcome.error).toMatchObject({ vendor: 'network', code: 'aborted' });
    expect(requestContextOf(outcome.error)).toMatchObject({ attempts: 1 });
    expect(fake.calls).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('times out an attempt, retries it, and reports a timeout', async () => {
    const fake = mockFetch('hang');
    const outcome = await settle(createFetch({ vendors: discord, timeout: 1000, retry: { maxAttempts: 2, baseDelayMs: 0 }, fetch: fake })(`${API}/x`));
    expect(outcome.error).toMatchObject({ vendor: 'network', code: 'timeout', kind: 'deadline-exceeded' });
    expect(fake.calls).toHaveLength(2);
    expect(outcome.at).toBeGreaterThanOrEqual(2000);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("does not retry the caller's own abort", async () => {
    const fake = mockFetch('hang');
    const controller = new AbortController();
    const pending = createFetch({ vendors: discord, fetch: fake })(`${API}/x`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const outcome = await settle(pending);
    expect(outcome.error).toMatchObject({ vendor: 'network', code: 'aborted' });
    expect(fake.calls).toHaveLength(1);
  });

  it('reports onRetry and honours a shouldRetry veto', async () => {
    const events: number[] = [];
    const fake = mockFetch(json(503, { message: 'busy' }, { 'retry-after': '1' }));
    const outcome = await settle(
      createFetch({ vendors: createRegistry([]), retry: { onRetry: (event) => events.push(event.delayMs), shouldRetry: (_error, failed) => (failed >= 2 ? false : undefined) }, fetch: fake })('https://api.example/x'),
    );
    expect(events).toEqual([1000]);
    expect(requestContextOf(outcome.error)).toMatchObject({ attempts: 2 });
  });
});
