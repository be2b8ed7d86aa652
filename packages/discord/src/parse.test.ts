import { createApiError, viewOf } from '@errata/core/vendor';
import { createRegistry, type ApiError, type ParseOptions, type ResponseParts } from '@errata/core';
import { buildResponse } from '@errata/core/testing';
import { describe, expect, it } from 'vitest';
import { DiscordCode, discord, failedRequestsHeader, isDiscordError, isNotReadyBody, isRetryableServerStatus, RETRY_BACKOFF_MS, type DiscordError } from './index.ts';

const NOW = 1_700_000_000_000;
const options: ParseOptions = { now: NOW };

function parse(parts: ResponseParts): ApiError | undefined {
  return discord.parse(parts, options);
}

function discordOf(parts: ResponseParts): DiscordError {
  const error = parse(parts);
  if (!isDiscordError(error)) throw new Error(`expected a Discord error, got ${JSON.stringify(error)}`);
  return error;
}

const json = { 'content-type': 'application/json' };

// Payloads below are the verbatim examples from the official docs, the unofficial docs and
// discord.js's tests, as collected in shared/reference/discord-wire.md.
describe('field errors (50035)', () => {
  it('flattens the official array error with indices from string keys', () => {
    const body = `{"code":50035,"errors":{"activities":{"0":{"platform":{"_errors":[{"code":"BASE_TYPE_CHOICES","message":"Value must be one of ('desktop', 'android', 'ios')."}]},"type":{"_errors":[{"code":"BASE_TYPE_CHOICES","message":"Value must be one of (0, 1, 2, 3, 4, 5)."}]}}}},"message":"Invalid Form Body"}`;
    const error = discordOf({ status: 400, headers: json, body });
    expect(error.code).toBe(DiscordCode.InvalidFormBodyOrContentType);
    expect(error.kind).toBe('invalid-argument');
    expect(error.action).toBe('fix-request');
    expect(error.message).toBe('Invalid Form Body');
    expect(error.issues).toEqual([
      { path: ['activities', 0, 'platform'], code: 'BASE_TYPE_CHOICES', message: "Value must be one of ('desktop', 'android', 'ios')." },
      { path: ['activities', 0, 'type'], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of (0, 1, 2, 3, 4, 5).' },
    ]);
  });

  it('flattens the official object error', () => {
    const body = { code: 50035, errors: { access_token: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] } }, message: 'Invalid Form Body' };
    expect(discordOf({ status: 400, body }).issues).toEqual([{ path: ['access_token'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }]);
  });

  it('gives root-level _errors an empty path', () => {
    const body = { code: 50035, message: 'Invalid Form Body', errors: { _errors: [{ code: 'APPLICATION_COMMAND_TOO_LARGE', message: 'Command exceeds maximum size (8000)' }] } };
    expect(discordOf({ status: 400, body }).issues).toEqual([{ path: [], code: 'APPLICATION_COMMAND_TOO_LARGE', message: 'Command exceeds maximum size (8000)' }]);
  });

  it('adds the list position of a wrapper nested in _errors (discord.js test payload)', () => {
    const body = {
      code: 50035,
      errors: { form_fields: { label: { _errors: [{ _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] }] } } },
      message: 'Invalid Form Body',
    };
    expect(discordOf({ status: 400, body }).issues).toEqual([{ path: ['form_fields', 'label', 0], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }]);
  });

  it('keeps legacy string errors with an empty code', () => {
    const body = { code: 50035, message: 'Invalid Form Body', errors: { content: ['Must be 2000 or fewer in length.'] } };
    expect(discordOf({ status: 400, body }).issues).toEqual([{ path: ['content'], code: '', message: 'Must be 2000 or fewer in length.' }]);
  });

  it('treats __proto__ keys as plain field names without polluting prototypes', () => {
    const body = '{"code":50035,"message":"Invalid Form Body","errors":{"__proto__":{"_errors":[{"code":"X","message":"m"}]},"constructor":{"_errors":[{"code":"Y","message":"n"}]}}}';
    const error = discordOf({ status: 400, body });
    expect(error.issues.map((issue) => issue.path)).toEqual([['__proto__'], ['constructor']]);
    expect(({} as Record<string, unknown>).code).toBeUndefined();
  });
});

describe('JSON error codes', () => {
  it('maps a permission error and keeps the literal message', () => {
    const error = discordOf({ status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    expect(isDiscordError(error, DiscordCode.MissingPermissions)).toBe(true);
    expect(error.kind).toBe('permission-denied');
    expect(error.retry.retryable).toBe(false);
    expect(error.status).toBe(403);
  });

  it('maps the seed example (50014) to reauthenticate', () => {
    const error = discordOf({ status: 401, body: '{"message": "Invalid authentication token","code": 50014}' });
    expect(error.kind).toBe('unauthenticated');
    expect(error.action).toBe('reauthenticate');
  });

  it.each([
    [401, '401: Unauthorized', 'unauthenticated', 'reauthenticate'],
    [404, '404: Not Found', 'not-found', 'none'],
    [405, '405: Method Not Allowed', 'invalid-argument', 'fix-request'],
  ] as const)('lets the status decide for code 0 (%s)', (status, message, kind, action) => {
    const error = discordOf({ status, body: { message, code: 0 } });
    expect(error.code).toBe(0);
    expect(error.message).toBe(message);
    expect(error.kind).toBe(kind);
    expect(error.action).toBe(action);
  });

  it('keeps unknown codes, classing them by their group or else by status', () => {
    const inGroup = discordOf({ status: 404, body: { code: 10999, message: 'Unknown Thing' } });
    expect(inGroup.code).toBe(10999);
    expect(inGroup.kind).toBe('not-found');
    const stranger = discordOf({ status: 409, body: { code: 9_999_999, message: 'New' } });
    expect(stranger.code).toBe(9_999_999);
    expect(stranger.kind).toBe('aborted');
  });

  it('retries retryable codes with the Retry-After header when present', () => {
    const error = discordOf({ status: 503, headers: { 'retry-after': '3' }, body: { code: 130000, message: 'This resource is currently overloaded, and thus too busy to serve requests' } });
    expect(error.kind).toBe('unavailable');
    expect(error.retry).toEqual({ retryable: true, retryAfterMs: 3000, retryAt: NOW + 3000, source: 'header' });
    expect(error.action).toBe('retry-after');
  });

  it('treats Cloudflare 40333 JSON as a block to fix', () => {
    const error = discordOf({ status: 403, body: { message: 'internal network error', code: 40333 } });
    expect(error.kind).toBe('permission-denied');
    expect(error.action).toBe('fix-request');
  });

  it('retries 423 Locked', () => {
    const error = discordOf({ status: 423, body: { code: 0, message: 'Locked' } });
    expect(error.retry.retryable).toBe(true);
    expect(error.kind).toBe('unavailable');
  });
});

describe('rate limits (429)', () => {
  const perRoute = {
    'content-type': 'application/json',
    'retry-after': '65',
    'x-ratelimit-limit': '10',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': '1470173023.123',
    'x-ratelimit-reset-after': '64.57',
    'x-ratelimit-bucket': 'abcd1234',
    'x-ratelimit-scope': 'user',
  };

  it('reads the official per-route example: header wins, snapshot from X-RateLimit-*', () => {
    const error = discordOf({ status: 429, headers: perRoute, body: '{"message": "You are being rate limited.", "retry_after": 64.57, "global": false}' });
    expect(error.code).toBe('rate-limited');
    expect(error.kind).toBe('resource-exhausted');
    expect(error.action).toBe('retry-after');
    expect(error.retry).toEqual({ retryable: true, retryAfterMs: 65_000, retryAt: NOW + 65_000, source: 'header' });
    expect(error.rateLimit).toEqual({ limit: 10, remaining: 0, resetAt: 1_470_173_023_123, resetAfterMs: 64_570, bucket: 'abcd1234', scope: 'user', global: false });
    expect(error.details.global).toBe(false);
  });

  it('reads the official shared-scope example', () => {
    const headers = { ...perRoute, 'retry-after': '1337', 'x-ratelimit-remaining': '9', 'x-ratelimit-scope': 'shared' };
    const error = discordOf({ status: 429, headers, body: { message: 'The resource is being rate limited.', retry_after: 1336.57, global: false } });
    expect(error.retry.retryAfterMs).toBe(1_337_000);
    expect(error.rateLimit?.scope).toBe('shared');
  });

  it('reads the official global example', () => {
    const headers = { 'content-type': 'application/json', 'retry-after': '65', 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' };
    const error = discordOf({ status: 429, headers, body: { message: 'You are being rate limited.', retry_after: 64.57, global: true } });
    expect(error.details.global).toBe(true);
    expect(error.rateLimit).toEqual({ scope: 'global', global: true });
  });

  it('falls back to the body retry_after (float seconds), then X-RateLimit-Reset-After', () => {
    const fromBody = discordOf({ status: 429, body: { message: 'You are being rate limited.', retry_after: 1.5, global: true } });
    expect(fromBody.retry).toMatchObject({ retryAfterMs: 1500, source: 'body' });
    expect(fromBody.rateLimit).toEqual({ global: true });
    const fromVendor = discordOf({ status: 429, headers: { 'x-ratelimit-reset-after': '2.25' }, body: { message: 'slow down', code: 20028 } });
    expect(fromVendor.code).toBe(DiscordCode.ChannelWriteRateLimit);
    expect(fromVendor.retry).toMatchObject({ retryAfterMs: 2250, source: 'vendor-header' });
  });

  it('recognizes the static JSON ban (code 0, no wait, no headers) and does not retry', () => {
    const body = {
      code: 0,
      message:
        'You are being blocked from accessing our API temporarily due to exceeding our rate limits frequently. Please read our docs at https://discord.com/developers/docs/topics/rate-limits to prevent this moving forward.',
    };
    const error = discordOf({ status: 429, body });
    expect(error.code).toBe('cloudflare-ban');
    expect(error.details.edge).toBe('cloudflare');
    expect(error.retry.retryable).toBe(false);
    expect(error.action).toBe('none');
    expect(error.kind).toBe('resource-exhausted');
  });
});

describe('Cloudflare bans without JSON', () => {
  it('reads the plain-text 1015 ban', () => {
    const error = discordOf({ status: 429, headers: { 'content-type': 'text/plain' }, body: 'error code: 1015' });
    expect(error.code).toBe('cloudflare-ban');
    expect(error.kind).toBe('resource-exhausted');
    expect(error.details).toEqual({ edge: 'cloudflare', cloudflareCode: 1015 });
    expect(error.retry.retryable).toBe(false);
  });

  it('reads an HTML ban page, and honours a Retry-After header when Cloudflare sends one', () => {
    const body = '<!DOCTYPE html><html><head><title>Access denied | Cloudflare</title></head><body><span class="code-label">Error code 1015</span></body></html>';
    const error = discordOf({ status: 429, headers: { 'content-type': 'text/html', 'retry-after': '120' }, body });
    expect(error.details.cloudflareCode).toBe(1015);
    expect(error.retry).toMatchObject({ retryable: true, retryAfterMs: 120_000, source: 'header' });
  });

  it('treats IP bans (1006) on 403 as rate limiting', () => {
    const error = discordOf({ status: 403, body: 'error code: 1006' });
    expect(error.kind).toBe('resource-exhausted');
  });

  it('leaves other non-JSON 4xx to core (vendor http), with the excerpt kept', () => {
    const error = parse({ status: 400, headers: { 'content-type': 'text/html' }, body: '<html><body>Bad Request</body></html>' });
    expect(error?.vendor).toBe('http');
    expect(isDiscordError(error)).toBe(false);
  });
});

describe('202 not ready', () => {
  it('reads the official search example as retry after retry_after seconds', () => {
    const error = discordOf({ status: 202, body: { message: 'Index not yet available. Try again later', code: 110000, documents_indexed: 0, retry_after: 2 } });
    expect(error.code).toBe(DiscordCode.IndexNotYetAvailable);
    expect(error.kind).toBe('unavailable');
    expect(error.action).toBe('retry-after');
    expect(error.retry).toEqual({ retryable: true, retryAfterMs: 2000, retryAt: NOW + 2000, source: 'body' });
  });

  it('uses a 5 s policy wait when retry_after is 0', () => {
    const error = discordOf({ status: 202, body: { message: 'Index not yet available. Try again later', code: 110000, retry_after: 0 } });
    expect(error.retry).toMatchObject({ retryAfterMs: 5000, source: 'policy' });
  });

  it('returns undefined for ordinary successes', () => {
    expect(parse({ status: 200, body: { id: '1' } })).toBeUndefined();
    expect(parse({ status: 202, body: { id: '1' } })).toBeUndefined();
    expect(parse({ status: 204 })).toBeUndefined();
  });

  it('recognizes the body for callers whose client treats 202 as success', () => {
    expect(isNotReadyBody({ message: 'Index not yet available. Try again later', code: 110000, retry_after: 2 })).toBe(true);
    expect(isNotReadyBody({ code: 110001, message: 'Application not yet available. Try again later' })).toBe(true);
    expect(isNotReadyBody({ id: '1' })).toBe(false);
    expect(isNotReadyBody('x')).toBe(false);
  });

  it('never throws on a hostile body handed over by a client', () => {
    const trap = new Proxy({}, { get() { throw new Error('trap'); }, getPrototypeOf() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } });
    const getter = Object.defineProperty({}, 'code', { enumerable: true, get() { throw new Error('getter'); } });
    for (const body of [trap, getter, { code: Symbol('x') }, { code: Object.create(null) }, { code: 110000n }, { code: trap }]) {
      expect(() => isNotReadyBody(body)).not.toThrow();
      expect(isNotReadyBody(body)).toBe(false);
    }
  });
});

describe('5xx policy', () => {
  it.each([502, 503, 504, 507, 522, 523, 524])('retries %s with backoff', (status) => {
    const error = discordOf({ status, body: '' });
    expect(error.retry).toEqual({ retryable: true, retryAfterMs: RETRY_BACKOFF_MS, retryAt: NOW + RETRY_BACKOFF_MS, source: 'policy' });
    expect(error.action).toBe('retry-after');
    expect(isRetryableServerStatus(status)).toBe(true);
  });

  it.each([500, 501, 505, 520, 521])('does not retry %s', (status) => {
    const error = discordOf({ status, body: '' });
    expect(error.retry.retryable).toBe(false);
    expect(isRetryableServerStatus(status)).toBe(false);
  });

  it('marks Cloudflare origin errors and keeps cf-ray as the request id', () => {
    const error = discordOf({ status: 522, headers: { 'content-type': 'text/html', 'cf-ray': '8f1c2d3e4f5a6b7c-FRA' }, body: '<html><title>Connection timed out | Cloudflare</title></html>' });
    expect(error.details.edge).toBe('cloudflare');
    expect(error.requestId).toBe('8f1c2d3e4f5a6b7c-FRA');
    expect(error.kind).toBe('unavailable');
  });

  it('builds the X-Failed-Requests header for retries', () => {
    expect(failedRequestsHeader(2)).toEqual({ 'X-Failed-Requests': '2' });
    expect(failedRequestsHeader(0)).toEqual({});
    expect(failedRequestsHeader(1.5)).toEqual({});
    expect(failedRequestsHeader(Number.NaN)).toEqual({});
  });
});

describe('integration with core', () => {
  it('reads a fetch Response from a clone, leaving the body unread', async () => {
    const response = buildResponse({ status: 404, body: { message: 'Unknown Channel', code: 10003 } });
    const error = await discord.parse(response);
    expect(isDiscordError(error, [DiscordCode.UnknownChannel, DiscordCode.UnknownGuild])).toBe(true);
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ message: 'Unknown Channel', code: 10003 });
  });

  it('keeps the body non-enumerable and serializes to problem details', () => {
    const error = discordOf({ status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    expect(Object.keys(error)).not.toContain('body');
    expect(error.body).toEqual({ message: 'Missing Permissions', code: 50013 });
    expect(error.toJSON()).toMatchObject({ vendor: 'discord', code: 50013, kind: 'permission-denied' });
    expect(error.toProblem().status).toBe(403);
  });

  it('is routed by host in a registry', () => {
    const registry = createRegistry([discord]);
    const error = registry.parse({ status: 404, body: { message: 'Unknown Guild', code: 10004 } }, { url: 'https://discord.com/api/v10/guilds/1' });
    expect(isDiscordError(error, DiscordCode.UnknownGuild)).toBe(true);
    const detected = registry.parse({ status: 400, body: { message: 'Invalid Form Body', code: 50035 } });
    expect(detected?.vendor).toBe('discord');
  });

  it('guards errors made by another copy of the package (same brand, same vendor)', () => {
    const foreign = createApiError({ vendor: 'discord', code: 50013, kind: 'permission-denied', status: 403, message: 'Missing Permissions' });
    expect(isDiscordError(foreign, DiscordCode.MissingPermissions)).toBe(true);
    expect(isDiscordError({ vendor: 'discord', code: 50013 })).toBe(false);
  });

  it('survives hostile input', () => {
    expect(parse({ status: 400, body: '{"code": 50035, "message": "Inv' })?.vendor).toBe('http');
    expect(parse({ status: 400, body: '' })?.vendor).toBe('http');
    expect(parse({ status: 429, body: new Uint8Array([0xff, 0xfe, 0x00]) })?.vendor).toBe('discord');
    const huge = { 'retry-after': '9'.repeat(100_000), 'x-ratelimit-bucket': 'b'.repeat(100_000) };
    expect(discordOf({ status: 429, headers: huge, body: { message: 'x', retry_after: 1, global: false } }).retry.source).toBe('body');
  });
});

describe('detect: how specific a claim is (the registry takes the highest)', () => {
  const claim = (body: unknown, status = 400): number => discord.detect(viewOf({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));

  it('claims 2 for shapes only Discord sends, 1 for a bare {code, message}, 0 otherwise', () => {
    expect(claim({ message: 'You are being rate limited.', retry_after: 1.5, global: false }, 429)).toBe(2);
    expect(claim({ code: 50035, message: 'Invalid Form Body', errors: { name: { _errors: [] } } })).toBe(2);
    expect(claim({ code: 50013, message: 'Missing Permissions' })).toBe(1);
    expect(claim({ retry_after: 2 }, 202)).toBe(1);
    expect(claim({ code: 'NOT_FOUND', message: 'No such user' })).toBe(0);
    expect(claim({ error: 'invalid_grant' })).toBe(0);
    expect(claim([{ code: 1, message: 'x' }])).toBe(0);
  });

  it('declares that errors can come with a success status (202 not ready)', () => {
    expect(discord.errorsWithSuccessStatus).toEqual([202]);
  });
});
