import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as ApiCode from './apiCodes.ts';
import { bearerOAuthCatalog } from './catalog.ts';
import { isBearerOAuthError } from './guard.ts';
import { buildBearerOAuthError, buildBearerOAuthResponse } from './testing.ts';
import { bearerOAuth } from './vendor.ts';

describe('test builders', () => {
  it('build the seed 403 with WWW-Authenticate and a {code, description} body', async () => {
    const response = buildBearerOAuthResponse({ code: ApiCode.Forbidden, description: 'no scope', challenges: [{ scheme: 'Bearer', params: { error: 'insufficient_scope', scope: 'bot user.read' } }] });
    expect(response.status).toBe(403);
    expect(response.headers.get('www-authenticate')).toBe('Bearer error=insufficient_scope, scope="bot user.read"');
    expect(await response.clone().json()).toEqual({ code: 'FORBIDDEN', description: 'no scope' });
    const error = await bearerOAuth.parse(response);
    expect(isBearerOAuthError(error, 'insufficient_scope')).toBe(true);
  });

  it('build OAuth token errors with the DPoP nonce', () => {
    const error = buildBearerOAuthError({ error: 'use_dpop_nonce', errorDescription: 'nonce please', dpopNonce: 'n-1' });
    expect(error).toMatchObject({ code: 'use_dpop_nonce', status: 400, message: 'nonce please' });
    expect(error.details.dpopNonce).toBe('n-1');
    expect(() => buildBearerOAuthError({ status: 400 })).toThrow(TypeError);
  });

  it('round-trip: parsing a built response gives back the code', async () => {
    const codes = bearerOAuthCatalog.entries.map((info): string => info.code).filter((code) => !code.includes('{') && code !== 'authentication_required');
    const resource = fc.stringMatching(/^[A-Z][A-Z0-9]{0,5}(?:_[A-Z0-9]{1,5}){0,2}$/);
    const spec = fc.oneof(
      fc.record({ code: fc.constantFrom(...codes), description: fc.string() }),
      fc.record({ code: fc.oneof(resource.map((r) => `${r}_NOT_EXIST`), resource.map((r) => `${r}_ALREADY_EXIST`)) }),
      fc.record({ error: fc.constantFrom(...codes.filter((code) => /^[a-z]/.test(code))), errorDescription: fc.string() }),
      fc.record({ challenges: fc.constant([{ scheme: 'Bearer', params: { realm: 'api' } }]), error: fc.constantFrom('invalid_token', 'insufficient_scope', 'invalid_request') }).map((s) => ({
        challenges: [{ scheme: 'Bearer', params: { ...s.challenges[0].params, error: s.error } }],
      })),
    );
    await fc.assert(
      fc.asyncProperty(spec, async (s) => {
        const expected = 'code' in s ? s.code : 'error' in s ? s.error : s.challenges[0]!.params.error;
        const error = await bearerOAuth.parse(buildBearerOAuthResponse(s));
        expect(isBearerOAuthError(error, expected)).toBe(true);
        expect(buildBearerOAuthError(s).code).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
