import { inspect, types } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createApiError, errorNameOf } from './apiError.ts';
import { isApiError } from './isApiError.ts';
import { viewOf } from './view.ts';

const SECRET = 'sk_live_0123456789';

// `Error.isError` (Node 24, ES2026) is newer than the TypeScript lib this project targets.
const isNativeError = (Error as unknown as { isError(value: unknown): boolean }).isError;

function sample(cause?: unknown) {
  const source = viewOf({
    status: 429,
    headers: { 'content-type': 'application/json', 'set-cookie': `session=${SECRET}`, authorization: `Bearer ${SECRET}`, 'x-request-id': 'req-1' },
    body: '{"message":"You are being rate limited.","retry_after":1.5,"global":false}',
    url: `https://api.example.test/v1/items?access_token=${SECRET}`,
  });
  return createApiError({
    vendor: 'demo',
    code: 'rate_limited',
    kind: 'resource-exhausted',
    status: 429,
    message: 'You are being rate limited.',
    retry: { retryable: true, retryAfterMs: 1500, retryAt: 1_700_000_001_500, source: 'body' },
    requestId: 'req-1',
    details: { global: false },
    cause,
    source,
  });
}

describe('createApiError', () => {
  it('is branded, a native Error named after its vendor, and carries the discriminants', () => {
    const error = sample();
    expect(isApiError(error)).toBe(true);
    expect(error).toBeInstanceOf(Error);
    expect(isNativeError(error)).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- error trackers still use it, so it must hold too
    expect(types.isNativeError(error)).toBe(true);
    expect(Object.prototype.toString.call(error)).toBe('[object Error]');
    expect(error.name).toBe('DemoError');
    expect([error.vendor, error.code, error.kind, error.status]).toEqual(['demo', 'rate_limited', 'resource-exhausted', 429]);
    expect(String(error)).toBe('DemoError [demo rate_limited]: You are being rate limited.');
  });

  it('names errors after the vendor string', () => {
    const named = (vendor: string): string => createApiError({ vendor, code: 1, kind: 'unknown', status: 500, message: '' }).name;
    expect(['discord', 'apple-business', 'http', 'network', 'bearer-oauth', 'icloud-extract', 'identity-registration'].map(named)).toEqual([
      'DiscordError',
      'AppleBusinessError',
      'HttpError',
      'NetworkError',
      'BearerOauthError',
      'IcloudExtractError',
      'IdentityRegistrationError',
    ]);
    expect(named('my_vendor.v2')).toBe('MyVendorV2Error');
    expect(named('')).toBe('ApiError');
    expect(named('---')).toBe('ApiError');
    expect(named('x'.repeat(10_000))).toHaveLength(64 + 'Error'.length);
    expect(errorNameOf(undefined)).toBe('ApiError');
  });

  it('takes the name a vendor chose (errorName) on its name, stack line and toString', () => {
    const error = createApiError({ vendor: 'bearer-oauth', errorName: 'BearerOAuthError', code: 'invalid_grant', kind: 'unauthenticated', status: 400, message: 'expired' });
    expect(error.name).toBe('BearerOAuthError');
    expect(error.stack?.split('\n')[0]).toBe('BearerOAuthError: expired');
    expect(String(error)).toBe('BearerOAuthError [bearer-oauth invalid_grant]: expired');
    Error.captureStackTrace(error);
    expect(error.stack?.split('\n')[0]).toBe('BearerOAuthError: expired');
  });

  it('ignores an errorName that cannot be a name, keeping the derived one', () => {
    const named = (errorName: unknown): string =>
      createApiError({ vendor: 'bearer-oauth', errorName: errorName as string, code: 1, kind: 'unknown', status: 500, message: '' }).name;
    for (const odd of ['', 'Bearer OAuth', 'A'.repeat(65), 'x<script>', 42, null, Symbol('x'), {}]) expect(named(odd)).toBe('BearerOauthError');
    expect(named('A'.repeat(64))).toBe('A'.repeat(64));
    expect(named('$Acme_Error2')).toBe('$Acme_Error2');
  });

  it('leaves Error.stackTraceLimit as it found it, even when it cannot be set', () => {
    const before = Error.stackTraceLimit;
    sample();
    expect(Error.stackTraceLimit).toBe(before);
    const descriptor = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
    try {
      Object.defineProperty(Error, 'stackTraceLimit', { value: before, writable: false, configurable: true });
      expect(() => sample()).not.toThrow();
      expect(isApiError(sample())).toBe(true);
    } finally {
      if (descriptor !== undefined) Object.defineProperty(Error, 'stackTraceLimit', descriptor);
    }
    expect(Error.stackTraceLimit).toBe(before);
  });

  it('fills defaults: public message by kind, no retry, action from retry', () => {
    const error = createApiError({ vendor: 'demo', code: 1, kind: 'not-found', status: 404, message: 'Unknown thing' });
    expect(error.publicMessage).toBe('The requested item was not found.');
    expect(error.retry).toEqual({ retryable: false });
    expect(error.action).toBe('none');
    expect(error.issues).toEqual([]);
    expect(sample().action).toBe('retry-after');
  });

  it('keeps body and response out of enumeration but reachable', () => {
    const error = sample();
    expect(Object.keys(error)).not.toContain('body');
    expect(Object.keys(error)).not.toContain('response');
    expect(error.body).toEqual({ message: 'You are being rate limited.', retry_after: 1.5, global: false });
    expect(error.response?.headers['x-request-id']).toBe('req-1');
    expect(error.response?.bodyExcerpt).toContain('rate limited');
  });

  it('redacts credentials in the response summary', () => {
    const { response } = sample();
    expect(response?.headers['set-cookie']).toBe('[redacted]');
    expect(response?.headers.authorization).toBe('[redacted]');
    expect(response?.url).not.toContain(SECRET);
  });

  it('never shows a credential through inspect, console-style formatting, JSON or the problem', () => {
    const cause = Object.assign(new Error(`request failed with Authorization: Bearer ${SECRET}`), {
      config: { headers: { Authorization: `Bearer ${SECRET}` } },
    });
    const error = sample(cause);
    expect(error.cause).toBe(cause);
    const surfaces = [inspect(error, { depth: 10 }), JSON.stringify(error), JSON.stringify(error.toProblem()), String(error), `${error.stack}`];
    for (const surface of surfaces) expect(surface).not.toContain(SECRET);
    expect(JSON.stringify(error)).toContain('"cause":{"name":"Error"');
  });

  it('walks no stack unless asked: one line, then a captured stack when asked', () => {
    const error = sample();
    expect(error.stack).toBe('DemoError: You are being rate limited.');
    Error.captureStackTrace(error);
    expect(error.stack).toContain('apiError.test.ts');
    expect(error.stack?.split('\n')[0]).toBe('DemoError: You are being rate limited.');
  });

  it('keeps the raw message and the cause out of its own data', () => {
    const error = sample(new Error('inner'));
    expect(Object.getOwnPropertyNames(error)).not.toContain('message');
    expect(Object.getOwnPropertyNames(error)).not.toContain('cause');
    expect(error.cause).toBeInstanceOf(Error);
  });
});

describe('the prototype', () => {
  it('answers its getters when read directly, as loggers and printers do', () => {
    const prototype = Object.getPrototypeOf(sample()) as Record<string, unknown>;
    expect(prototype.cause).toBeUndefined();
    expect(prototype.body).toBeUndefined();
    expect(prototype.response).toBeUndefined();
    expect(Object.create(sample()).cause).toBeUndefined();
  });
});
