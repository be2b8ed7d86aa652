import { describe, expect, it } from 'vitest';
import { defineCatalog, type CatalogEntry } from './catalog.ts';
import { isOAuthCodeText, oauthPolicyOf, type OAuthErrorCode } from './oauth.ts';
import { hostileValues } from './hostile.ts';

const SOURCE = { source: 'https://example.test/errors', verified: '2025-01-01' };
const entries = [
  { code: 10003, name: 'UnknownChannel', message: 'Unknown channel', statuses: [404], policy: { kind: 'not-found', action: 'none', retryable: false }, provenance: SOURCE },
  { code: 'RATE_LIMITED', name: 'RateLimited', message: 'Slow down', statuses: [429], policy: { kind: 'resource-exhausted', action: 'retry', retryable: true, waitMs: 1000 }, provenance: SOURCE, note: 'Sent with Retry-After.' },
  { code: 10003, name: 'Duplicate', message: 'Shadowed', statuses: [], policy: { kind: 'unknown', action: 'none', retryable: false }, provenance: SOURCE },
] as const satisfies readonly CatalogEntry[];

describe('defineCatalog', () => {
  const catalog = defineCatalog(entries);

  it('looks codes up as they are, the first entry for a code winning', () => {
    expect(catalog.get(10003)?.name).toBe('UnknownChannel');
    expect(catalog.get('RATE_LIMITED')).toMatchObject({ policy: { waitMs: 1000 }, note: 'Sent with Retry-After.' });
    expect(catalog.get('10003')).toBeUndefined();
    expect(catalog.entries).toBe(entries);
  });

  it('answers anything that is not a code with undefined, never a throw', () => {
    for (const value of [...hostileValues, '__proto__', 'constructor', 'toString']) expect(catalog.get(value)).toBeUndefined();
  });
});

describe('OAuth error codes', () => {
  const rfcCodes: OAuthErrorCode[] = [
    'invalid_request',
    'invalid_client',
    'invalid_grant',
    'unauthorized_client',
    'unsupported_grant_type',
    'invalid_scope',
    'access_denied',
    'unsupported_response_type',
    'server_error',
    'temporarily_unavailable',
    'invalid_token',
    'insufficient_scope',
    'unsupported_token_type',
  ];

  it('classifies every RFC 6749 / 6750 / 7009 code', () => {
    for (const code of rfcCodes) expect(oauthPolicyOf(code), code).toBeDefined();
    expect(oauthPolicyOf('invalid_grant')).toEqual({ kind: 'unauthenticated', action: 'reauthenticate', retryable: false });
    expect(oauthPolicyOf('invalid_client')).toEqual({ kind: 'unauthenticated', action: 'fix-request', retryable: false });
    expect(oauthPolicyOf('temporarily_unavailable')).toMatchObject({ kind: 'unavailable', retryable: true });
    expect(oauthPolicyOf('insufficient_scope')).toMatchObject({ kind: 'permission-denied', action: 'reauthenticate' });
  });

  it('knows nothing else: extension codes, prototype names, non-strings', () => {
    for (const value of ['slow_down', 'use_dpop_nonce', 'invalid-parameter', '__proto__', 'toString', ...hostileValues]) expect(oauthPolicyOf(value)).toBeUndefined();
  });

  it('recognizes the form of OAuth error codes only', () => {
    expect(['invalid_grant', 'slow_down', 'x9'].every(isOAuthCodeText)).toBe(true);
    expect(['', 'invalid-parameter', 'Invalid', 'a b', 'x'.repeat(65), 42, null].some(isOAuthCodeText)).toBe(false);
  });
});
