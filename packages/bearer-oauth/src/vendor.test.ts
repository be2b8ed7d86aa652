import { rehydrate } from '@errata/core';
import { viewOf } from '@errata/core/vendor';
import { buildResponse } from '@errata/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasBaseCode, isBearerOAuthError } from './guard.ts';
import * as ApiCode from './apiCodes.ts';
import type { BearerOAuthError } from './types.ts';
import { bearerOAuth } from './vendor.ts';

const NOW = 1_800_000_000_000;

function parse(status: number, body?: unknown, headers?: Record<string, string>): BearerOAuthError {
  const error = bearerOAuth.parse({ status, headers, body: typeof body === 'string' || body === undefined ? body : JSON.stringify(body) }, { now: NOW });
  if (!isBearerOAuthError(error)) throw new Error(`not a bearer-oauth error: ${JSON.stringify(error)}`);
  return error;
}

describe('bearerOAuth: RFC 6750 challenges (seed headers)', () => {
  it('invalid_request → 400 invalid-argument', () => {
    const error = parse(400, undefined, { 'www-authenticate': 'Bearer error="invalid_request"' });
    expect(error).toMatchObject({ code: 'invalid_request', kind: 'invalid-argument', action: 'fix-request', status: 400 });
    expect(error.details.origin).toBe('challenge');
  });

  it('invalid_token → 401 unauthenticated, reauthenticate', () => {
    const error = parse(401, { code: 'UNAUTHORIZED', description: 'The access token is invalid.' }, { 'WWW-Authenticate': 'Bearer realm="example", error="invalid_token", error_description="The access token expired"' });
    expect(error).toMatchObject({ code: 'invalid_token', kind: 'unauthenticated', action: 'reauthenticate', message: 'The access token expired' });
    expect(error.retry.retryable).toBe(false);
    expect(error.details).toMatchObject({ origin: 'challenge', apiCode: 'UNAUTHORIZED', scheme: 'bearer', realm: 'example', baseCode: 'invalid_token' });
  });

  it('insufficient_scope → 403 permission-denied with the required scopes', () => {
    const error = parse(403, { code: 'FORBIDDEN', description: 'no scope' }, { 'www-authenticate': 'Bearer error="insufficient_scope", scope="bot user.read urn:x:rating=G,PG-13"' });
    expect(error).toMatchObject({ code: 'insufficient_scope', kind: 'permission-denied', status: 403 });
    expect(error.details.requiredScopes).toEqual(['bot', 'user.read', 'urn:x:rating=G,PG-13']);
    expect(error.details.apiCode).toBe('FORBIDDEN');
  });

  it('a bare challenge on a 401 means credentials are missing', () => {
    const error = parse(401, '', { 'www-authenticate': 'Bearer realm="example"' });
    expect(error).toMatchObject({ code: 'authentication_required', kind: 'unauthenticated', action: 'reauthenticate' });
  });

  it('reads RFC 9470 step-up and RFC 9728 metadata parameters', () => {
    const error = parse(401, undefined, {
      'www-authenticate': 'Bearer error="insufficient_user_authentication", acr_values="phr phrh", max_age="300", resource_metadata="https://rs.example/.well-known/oauth-protected-resource"',
    });
    expect(error.details).toMatchObject({ acrValues: ['phr', 'phrh'], maxAge: 300, resourceMetadata: 'https://rs.example/.well-known/oauth-protected-resource' });
    expect(error.action).toBe('user-action');
  });

  it('never yields an error for a 2xx or 3xx, whatever the header says', () => {
    expect(bearerOAuth.parse({ status: 200, headers: { 'www-authenticate': 'Bearer error="invalid_token"' }, body: '{"error":"invalid_token"}' })).toBeUndefined();
    expect(bearerOAuth.parse({ status: 302, headers: { 'www-authenticate': 'Key realm="kong"' } })).toBeUndefined();
  });
});

describe('bearerOAuth: OAuth error bodies', () => {
  it('reads RFC 6749 §5.2 token errors', () => {
    const error = parse(400, { error: 'invalid_grant', error_description: 'refresh token expired', error_uri: 'https://as.example/e' });
    expect(error).toMatchObject({ code: 'invalid_grant', kind: 'unauthenticated', action: 'reauthenticate', message: 'refresh token expired' });
    expect(error.details).toMatchObject({ origin: 'oauth', errorUri: 'https://as.example/e' });
    expect(parse(400, { error: 'invalid_request' }).message).toBe('invalid_request (HTTP 400)');
  });

  it('prefers the body over a Basic challenge for invalid_client', () => {
    const error = parse(401, { error: 'invalid_client' }, { 'www-authenticate': 'Basic realm="as"' });
    expect(error).toMatchObject({ code: 'invalid_client', kind: 'unauthenticated', action: 'fix-request' });
  });

  it('RFC 8628: authorization_pending waits the default interval, slow_down five seconds more', () => {
    const pending = parse(400, { error: 'authorization_pending' });
    expect(pending.retry).toEqual({ retryable: true, retryAfterMs: 5000, retryAt: NOW + 5000, source: 'policy' });
    expect(pending.action).toBe('retry-after');
    const slow = parse(400, { error: 'slow_down' });
    expect(slow.retry.retryAfterMs).toBe(10000);
    expect(slow.details.intervalIncreaseMs).toBe(5000);
    const expired = parse(400, { error: 'expired_token' });
    expect(expired).toMatchObject({ action: 'reauthenticate', retry: { retryable: false } });
    expect(parse(400, { error: 'access_denied' }).action).toBe('none');
  });

  it('RFC 9449 Figure 20: use_dpop_nonce from the token endpoint carries the nonce and says retry', () => {
    const error = parse(400, { error: 'use_dpop_nonce', error_description: 'Authorization server requires nonce in DPoP proof' }, { 'DPoP-Nonce': 'eyJ7S_zG.eyJH0-Z.HX4w-7v' });
    expect(error).toMatchObject({ code: 'use_dpop_nonce', action: 'retry', retry: { retryable: true } });
    expect(error.details.dpopNonce).toBe('eyJ7S_zG.eyJH0-Z.HX4w-7v');
  });

  it('RFC 9449 Figure 24: use_dpop_nonce from a resource server challenge', () => {
    const error = parse(401, undefined, {
      'www-authenticate': 'DPoP error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof", algs="ES256 PS256"',
      'dpop-nonce': 'eyJ7S_zG.eyJH0-Z.HX4w-7v',
    });
    expect(error).toMatchObject({ code: 'use_dpop_nonce', action: 'retry' });
    expect(error.details).toMatchObject({ scheme: 'dpop', dpopNonce: 'eyJ7S_zG.eyJH0-Z.HX4w-7v', algs: ['ES256', 'PS256'] });
    expect(parse(401, undefined, { 'www-authenticate': 'DPoP error="invalid_dpop_proof"' }).code).toBe('invalid_dpop_proof');
  });

  it('honours Retry-After on temporarily_unavailable', () => {
    const error = parse(503, { error: 'temporarily_unavailable' }, { 'retry-after': '30' });
    expect(error).toMatchObject({ kind: 'unavailable', action: 'retry-after', retry: { retryAfterMs: 30000, source: 'header' } });
  });
});

describe('bearerOAuth: {code, description} bodies', () => {
  it('reads every fixed code of the seed with its kind', () => {
    const cases: [number, string, string][] = [
      [400, 'BAD_REQUEST', 'invalid-argument'],
      [400, 'INVALID_PARAMETER', 'invalid-argument'],
      [400, 'MISSING_PARAMETER', 'invalid-argument'],
      [400, 'LIMIT_EXCEEDED', 'invalid-argument'],
      [403, 'LIMIT_EXCEEDED', 'resource-exhausted'],
      [400, 'OUT_OF_RANGE', 'out-of-range'],
      [403, 'OUT_OF_RANGE', 'out-of-range'],
      [401, 'UNAUTHORIZED', 'unauthenticated'],
      [403, 'FORBIDDEN', 'permission-denied'],
      [403, 'ACCESS_DENIED', 'permission-denied'],
      [404, 'NOT_FOUND', 'not-found'],
      [409, 'CONFLICT', 'aborted'],
      [409, 'ALREADY_EXIST', 'already-exists'],
      [410, 'DELETED', 'not-found'],
      [500, 'INTERNAL_SERVER_ERROR', 'internal'],
      [503, 'SERVICE_UNAVAILABLE', 'unavailable'],
    ];
    for (const [status, code, kind] of cases) {
      const error = parse(status, { code, description: 'error description' });
      expect(error).toMatchObject({ code, kind, status, message: 'error description' });
      expect(error.details).toMatchObject({ origin: 'api', baseCode: code, description: 'error description' });
    }
    expect(parse(500, { code: 'INTERNAL_SERVER_ERROR' }).retry.retryable).toBe(true);
    expect(parse(404, { code: 'NOT_FOUND' }).retry.retryable).toBe(false);
  });

  it('splits templated codes into base code and resource', () => {
    const missing = parse(404, { code: 'USER_NOT_EXIST', description: 'no such user' });
    expect(missing).toMatchObject({ code: 'USER_NOT_EXIST', kind: 'not-found' });
    expect(missing.details).toMatchObject({ baseCode: '{RESOURCE}_NOT_EXIST', resource: 'USER' });
    expect(parse(409, { code: 'ORG_UNIT_ALREADY_EXIST' }).details).toMatchObject({ baseCode: '{RESOURCE}_ALREADY_EXIST', resource: 'ORG_UNIT' });
    expect(parse(400, { code: 'INVALID_USER' }).details).toMatchObject({ baseCode: 'INVALID_{RESOURCE}', resource: 'USER' });
    expect(parse(400, { code: 'INVALID_PARAMETER' }).details.resource).toBeUndefined();
    expect(hasBaseCode(missing, ApiCode.ResourceNotExist)).toBe(true);
    expect(hasBaseCode(missing, [ApiCode.InvalidResource, ApiCode.ResourceAlreadyExist])).toBe(false);
    expect(hasBaseCode(parse(404, { code: 'NOT_FOUND' }), ApiCode.NotFound)).toBe(true);
  });

  it('reads 429 with the documented RateLimit-* headers', () => {
    const error = parse(429, '{    "code": "TOO_MANY_REQUESTS",    "description": "API rate limit exceeded"}', {
      'rateLimit-limit': '240',
      'rateLimit-remaining': '0',
      'rateLimit-reset': '12',
    });
    expect(error).toMatchObject({ code: 'TOO_MANY_REQUESTS', kind: 'resource-exhausted', action: 'retry-after' });
    expect(error.rateLimit).toMatchObject({ limit: 240, remaining: 0 });
    expect(error.retry).toMatchObject({ retryable: true, retryAfterMs: 12000, source: 'vendor-header' });
  });

  it('accepts the older message and errorCode variants', () => {
    expect(parse(404, { code: 'NOT_FOUND', message: 'accountId contains NG Word' }).message).toBe('accountId contains NG Word');
    const legacy = parse(401, { errorMessage: 'Authentication failed, no authority', errorCode: '024', code: 'UNAUTHORIZED' });
    expect(legacy).toMatchObject({ code: 'UNAUTHORIZED', message: 'Authentication failed, no authority' });
    expect(parse(401, { errorMessage: 'Authentication failed', errorCode: '024' })).toMatchObject({ code: '024', kind: 'unauthenticated' });
  });

  it('keeps unknown codes with the status kind', () => {
    expect(parse(422, { code: 'SOMETHING_NEW', description: 'x' })).toMatchObject({ code: 'SOMETHING_NEW', kind: 'invalid-argument' });
    expect(parse(502, { code: 'GATEWAY' })).toMatchObject({ kind: 'unavailable', action: 'retry' });
  });
});

describe('bearerOAuth: hostile and foreign responses', () => {
  it('leaves HTML, empty and truncated bodies to the generic error', () => {
    for (const body of ['<html><body>502 Bad Gateway</body></html>', '', '{"code": "NOT_FO', '[]', 'null', '{"code": 42}', '{"error": {"message": "x"}}']) {
      const error = bearerOAuth.parse({ status: 502, body });
      expect(error?.vendor).toBe('http');
    }
  });

  it('ignores __proto__ and constructor codes safely', () => {
    const error = parse(400, '{"code": "__proto__", "__proto__": {"polluted": true}}');
    expect(error.code).toBe('__proto__');
    expect(error.kind).toBe('invalid-argument');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parse(400, { error: 'constructor' }).details.baseCode).toBeUndefined();
  });

  it('survives a 1 MiB hostile WWW-Authenticate header', () => {
    const error = parse(401, undefined, { 'www-authenticate': `Bearer error="invalid_token", x="${'\\'.repeat(1 << 19)}` });
    expect(error.code).toBe('invalid_token');
    expect(error.details.challengeIssues?.[0]?.code).toBe('unterminated-quote');
  });

  it('reads a real Response without consuming it', async () => {
    const response = buildResponse({ status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' }, body: { code: 'UNAUTHORIZED', description: 'bad token' } });
    const error = await bearerOAuth.parse(response);
    expect(isBearerOAuthError(error, 'invalid_token')).toBe(true);
    expect(response.bodyUsed).toBe(false);
    expect(error?.body).toEqual({ code: 'UNAUTHORIZED', description: 'bad token' });
  });

  it('detects its own shapes only', () => {
    const view = (status: number, body: string, headers?: Record<string, string>): number =>
      bearerOAuth.detect({ status, headers: { get: (n: string) => headers?.[n], entries: () => [] }, text: body, truncated: false, url: undefined, json: () => { try { return JSON.parse(body) as unknown; } catch { return undefined; } }, jsonFailure: () => undefined });
    expect(view(400, '{"error":"invalid_grant"}')).toBe(1);
    expect(view(404, '{"code":"NOT_FOUND","description":"x"}')).toBe(1);
    expect(view(401, '', { 'www-authenticate': 'DPoP algs="ES256"' })).toBe(1);
    expect(view(401, '', { 'www-authenticate': 'Basic realm="x"' })).toBe(0);
    expect(view(404, '{"message":"x"}')).toBe(0);
  });

  it('never throws, on any status, body or header', () => {
    const header = fc.oneof(fc.string(), fc.constantFrom('Bearer error="invalid_token"', 'DPoP error=use_dpop_nonce', 'Bearer error="', 'Bearer scope="a b", error=insufficient_scope'));
    const body = fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ code: v, error: v, description: v })), fc.uint8Array());
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 1000 }), body, header, fc.string(), (status, payload, challenge, nonce) => {
        const result = bearerOAuth.parse({ status, body: payload, headers: { 'www-authenticate': challenge, 'dpop-nonce': nonce, 'retry-after': nonce } });
        if (result !== undefined) JSON.stringify(result.toJSON());
      }),
      { numRuns: 1500 },
    );
  });
});

describe('detect leaves other vendors their bodies', () => {
  it('declines success statuses and Identity Registration bodies, whatever the registry order', () => {
    const view = (status: number, body: unknown) => viewOf({ status, body });
    expect(bearerOAuth.detect(view(200, { stat: 'error', code: 200, error: 'missing_argument', error_description: 'x' }))).toBe(0);
    expect(bearerOAuth.detect(view(400, { error: 'invalid_request', sub_error: 'missing_argument', error_description: 'x' }))).toBe(0);
    expect(bearerOAuth.detect(view(400, { stat: 'error', error: 'invalid_argument' }))).toBe(0);
    expect(bearerOAuth.detect(view(400, { error: 'invalid_grant', error_description: 'expired' }))).toBe(1);
  });
});

describe('bearerOAuth: details', () => {
  it('keeps its keys in a fixed order', () => {
    const error = parse(
      401,
      { code: 'UNAUTHORIZED', description: 'body text' },
      {
        'www-authenticate': 'Bearer realm="r", error="insufficient_scope", scope="a b", acr_values="x", max_age="5", resource_metadata="https://m", DPoP algs="ES256"',
        'dpop-nonce': 'n',
      },
    );
    expect(Object.keys(error.details)).toEqual(['origin', 'baseCode', 'apiCode', 'description', 'scheme', 'realm', 'requiredScopes', 'algs', 'dpopNonce', 'acrValues', 'maxAge', 'resourceMetadata', 'challenges']);
    expect(Object.keys(parse(404, { code: 'USER_NOT_EXIST', description: 'no user' }).details)).toEqual(['origin', 'baseCode', 'resource', 'description']);
  });

  it('reads the clock once, and only when it needs a time', () => {
    let reads = 0;
    const context = {
      get now(): number {
        reads++;
        return NOW;
      },
    };
    bearerOAuth.parseView(viewOf({ status: 400, body: '{"error":"invalid_grant"}' }), context);
    expect(reads).toBe(0);
    const error = bearerOAuth.parseView(viewOf({ status: 429, headers: { 'retry-after': '3', 'x-ratelimit-limit': '10' }, body: '{"error":"slow_down"}' }), context);
    expect(reads).toBe(1);
    expect(error?.retry).toMatchObject({ retryAfterMs: 3000, retryAt: NOW + 3000, source: 'header' });
  });
});

describe('detect: how specific its claim is (issue #13, order-independent composition)', () => {
  const view = (status: number, body: unknown, headers?: Record<string, string>) => viewOf({ status, body, headers });

  it('claims OAuth-shaped errors, {code, description} and LINE WORKS {errorCode, errorMessage} with 1, a shape other APIs share', () => {
    expect(bearerOAuth.detect(view(400, { error: 'invalid_grant' }))).toBe(1);
    expect(bearerOAuth.detect(view(404, { code: 'NOT_FOUND', description: 'x' }))).toBe(1);
    // LINE WORKS API 1.0 common errors (its error table: "024 401 Authentication failed").
    expect(bearerOAuth.detect(view(401, { errorCode: '024', errorMessage: 'Authentication failed' }))).toBe(1);
    expect(bearerOAuth.detect(view(401, '', { 'www-authenticate': 'Bearer realm="api"' }))).toBe(1);
  });

  it('leaves riCloud bodies alone: a kebab-case `error` is no OAuth code', () => {
    expect(bearerOAuth.detect(view(400, { error: 'invalid-parameter', message: 'device is required', params: { device: 'required' } }))).toBe(0);
    expect(bearerOAuth.detect(view(401, { error: 'code-required', message: 'Enter the code' }))).toBe(0);
    expect(bearerOAuth.detect(view(400, { error: 'Not An OAuth Code' }))).toBe(0);
    // parse, asked directly, still reads them as this vendor's.
    expect(parse(400, { error: 'invalid-parameter' }).code).toBe('invalid-parameter');
  });

  it('does not claim an errorCode without its errorMessage', () => {
    expect(bearerOAuth.detect(view(401, { errorCode: '024' }))).toBe(0);
  });

  it('gives unknown codes the kit’s action for their kind', () => {
    expect(parse(422, { code: 'SOMETHING_NEW', description: 'x' })).toMatchObject({ kind: 'invalid-argument', action: 'fix-request' });
    expect(parse(409, { code: 'SOMETHING_NEW' })).toMatchObject({ kind: 'aborted', action: 'none' });
    expect(parse(401, { code: 'SOMETHING_NEW' })).toMatchObject({ kind: 'unauthenticated', action: 'reauthenticate' });
  });
});

describe('bearerOAuth: error name', () => {
  it('names its errors BearerOAuthError (not the derived BearerOauthError): name, stack line, toString', () => {
    const error = parse(400, { error: 'invalid_grant', error_description: 'The refresh token expired' });
    expect(error.name).toBe('BearerOAuthError');
    expect(error.stack?.split('\n')[0]).toBe('BearerOAuthError: The refresh token expired');
    expect(String(error)).toBe('BearerOAuthError [bearer-oauth invalid_grant]: The refresh token expired');
    expect(bearerOAuth.errorName).toBe('BearerOAuthError');
  });

  it('names errors rebuilt from their plain form the same way', () => {
    const error = parse(401, undefined, { 'www-authenticate': 'Bearer error="invalid_token"' });
    expect(rehydrate(error.toJSON())?.name).toBe('BearerOAuthError');
  });
});
