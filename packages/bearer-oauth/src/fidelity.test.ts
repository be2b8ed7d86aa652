import { createRegistry, fromProblem, rehydrate } from '@errata/core';
import { REDACTED, viewOf } from '@errata/core/vendor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GITHUB_BAD_CODE_FORM,
  GITHUB_BAD_CODE_FORM_MISLABELLED,
  GITHUB_BAD_CODE_JSON,
  GITHUB_TOKEN_FORM,
  LINE_WORKS_INSUFFICIENT_SCOPE,
  LINE_WORKS_TOKEN_RETURN_CODE,
  RFC6750_FOLDED,
  RFC9449_NONCE_CHALLENGE,
  type WireFixture,
} from './__fixtures__/wire.ts';
import { dpopNonceOf, requiredScopesOf } from './accessors.ts';
import { splitScopes } from './bearer.ts';
import { MAX_FORM_LENGTH, parseFormFields } from './form.ts';
import { isBearerOAuthError } from './guard.ts';
import { buildBearerOAuthError, buildBearerOAuthResponse } from './testing.ts';
import type { BearerOAuthError } from './types.ts';
import { bearerOAuth } from './vendor.ts';

const NOW = 1_800_000_000_000;

function parseFixture(fixture: WireFixture): BearerOAuthError {
  const error = bearerOAuth.parse(fixture, { now: NOW });
  if (!isBearerOAuthError(error)) throw new Error(`not a bearer-oauth error: ${JSON.stringify(error)}`);
  return error;
}

describe('LINE WORKS token endpoint: {returnCode, returnMessage}', () => {
  it('is a bearer-oauth error with its code and message, not a generic one', () => {
    const error = parseFixture(LINE_WORKS_TOKEN_RETURN_CODE);
    expect(error).toMatchObject({ vendor: 'bearer-oauth', code: '99', status: 400, kind: 'invalid-argument', message: 'UnexpectedError' });
    expect(error.details).toMatchObject({ origin: 'api', description: 'UnexpectedError' });
  });

  it('is routed to bearer-oauth by the package host, among every shape the registry knows', () => {
    const registry = createRegistry([bearerOAuth]);
    const error = registry.parse(LINE_WORKS_TOKEN_RETURN_CODE);
    expect(error).toMatchObject({ vendor: 'bearer-oauth', code: '99', message: 'UnexpectedError' });
  });

  it('is not claimed by shape alone (other APIs use returnCode too), and never on a success', () => {
    const { url: _url, ...withoutUrl } = LINE_WORKS_TOKEN_RETURN_CODE;
    expect(bearerOAuth.detect(viewOf(withoutUrl))).toBe(0);
    expect(bearerOAuth.parse({ ...LINE_WORKS_TOKEN_RETURN_CODE, status: 200 })).toBeUndefined();
  });

  it('builds and parses back', () => {
    expect(buildBearerOAuthError({ returnCode: '99', returnMessage: 'UnexpectedError' })).toMatchObject({ code: '99', message: 'UnexpectedError' });
  });
});

describe('scope lists written with commas', () => {
  it('splits `scope="bot,user.read"` into two required scopes', () => {
    const error = parseFixture(LINE_WORKS_INSUFFICIENT_SCOPE);
    expect(error.code).toBe('insufficient_scope');
    expect(error.details.requiredScopes).toEqual(['bot', 'user.read']);
    expect(requiredScopesOf(error)).toEqual(['bot', 'user.read']);
  });

  it('splits on spaces and commas, but keeps a comma inside a key=value list (RFC 6750 §3)', () => {
    expect(splitScopes('bot, user.read  calendar')).toEqual(['bot', 'user.read', 'calendar']);
    expect(splitScopes('repo,gist')).toEqual(['repo', 'gist']);
    expect(splitScopes('urn:example:channel=HBO&urn:example:rating=G,PG-13')).toEqual(['urn:example:channel=HBO&urn:example:rating=G,PG-13']);
    expect(splitScopes(' ,, ')).toEqual([]);
  });

  it('never yields an empty scope, a space or a comma outside a key=value list', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '.', ':', ',', ' ', '=', '/') }), (value) => {
        const scopes = splitScopes(value);
        for (const scope of scopes) {
          expect(scope).not.toBe('');
          expect(scope).not.toContain(' ');
          if (!scope.includes('=')) expect(scope).not.toContain(',');
        }
        // Nothing but separators is dropped.
        expect(scopes.join('').replaceAll(',', '')).toBe(value.replaceAll(' ', '').replaceAll(',', ''));
      }),
    );
  });
});

describe('OAuth errors sent with HTTP 200 (GitHub token endpoint)', () => {
  it('parses the JSON body, keeping 200 as the upstream status and taking the kind from the code', () => {
    const error = parseFixture(GITHUB_BAD_CODE_JSON);
    expect(error).toMatchObject({ code: 'bad_verification_code', status: 200, kind: 'unauthenticated', action: 'reauthenticate', message: 'The code passed is incorrect or expired.' });
    expect(error.details).toMatchObject({ origin: 'oauth', errorUri: '/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors/#bad-verification-code' });
    expect(error.retry.retryable).toBe(false);
    expect(bearerOAuth.detect(viewOf(GITHUB_BAD_CODE_JSON))).toBe(1);
  });

  it('gives an unknown code on a 2xx the kind of a 400 (RFC 6749 §5.2), and a known one its own', () => {
    const unknown = bearerOAuth.parse({ status: 200, body: '{"error":"device_flow_disabled","error_description":"Device flow is not enabled"}' });
    expect(unknown).toMatchObject({ code: 'device_flow_disabled', status: 200, kind: 'invalid-argument' });
    const known = bearerOAuth.parse({ status: 201, body: '{"error":"invalid_grant","error_uri":"https://as.example/e"}' });
    expect(known).toMatchObject({ code: 'invalid_grant', status: 201, kind: 'unauthenticated' });
  });

  it('leaves success bodies alone: tokens, bare `error` members, riCloud and Identity Registration shapes', () => {
    const bodies = [
      '{"access_token":"gho_x","token_type":"bearer","scope":"repo"}',
      '{"error":"invalid_token"}',
      '{"error":"code-required","message":"Enter the code"}',
      '{"stat":"error","code":200,"error":"missing_argument","error_description":"x"}',
      '{"error":"invalid_request","sub_error":"missing_argument","error_description":"x"}',
      '{"error":"has space","error_description":"x"}',
      '{"access_token":"gho_x","error":"bad_verification_code","error_description":"x"}',
    ];
    for (const body of bodies) {
      expect(bearerOAuth.parse({ status: 200, body }), body).toBeUndefined();
      expect(bearerOAuth.detect(viewOf({ status: 200, headers: {}, body })), body).toBe(0);
    }
    expect(bearerOAuth.parse({ status: 302, body: GITHUB_BAD_CODE_JSON.body })).toBeUndefined();
    expect(bearerOAuth.parse({ status: 101, body: GITHUB_BAD_CODE_JSON.body })).toBeUndefined();
  });

  it('says so to core: the module declares errors with success statuses', () => {
    expect(bearerOAuth.errorsWithSuccessStatus).toBe(true);
  });

  it('is found by a registry among other vendors, by detection', () => {
    const { url: _url, ...withoutUrl } = GITHUB_BAD_CODE_JSON;
    expect(createRegistry([bearerOAuth]).parse(withoutUrl)).toMatchObject({ vendor: 'bearer-oauth', code: 'bad_verification_code', status: 200 });
  });
});

describe('form-encoded error bodies (GitHub default)', () => {
  it('parses application/x-www-form-urlencoded, decoding `+` and percent escapes', () => {
    const error = parseFixture(GITHUB_BAD_CODE_FORM);
    expect(error).toMatchObject({ code: 'bad_verification_code', status: 200, message: 'The code passed is incorrect or expired.' });
    expect(error.details.errorUri).toBe('/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors/#bad-verification-code');
  });

  it('parses a form body GitHub labels as JSON', () => {
    expect(parseFixture(GITHUB_BAD_CODE_FORM_MISLABELLED).code).toBe('bad_verification_code');
  });

  it('parses form errors with an error status too', () => {
    const error = bearerOAuth.parse({ status: 400, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'error=invalid_grant&error_description=refresh+token+expired' });
    expect(error).toMatchObject({ vendor: 'bearer-oauth', code: 'invalid_grant', kind: 'unauthenticated', message: 'refresh token expired' });
  });

  it('does not take a form-encoded success for an error, and keeps no token anywhere', () => {
    expect(bearerOAuth.parse(GITHUB_TOKEN_FORM)).toBeUndefined();
    expect(parseFormFields(GITHUB_TOKEN_FORM.body ?? '', new Map([['access_token', false]]))).toEqual({ access_token: '' });
  });

  it('never throws on bad escapes and decodes what it can', () => {
    const errorOf = (text: string): string | undefined => parseFormFields(`error=${text}`, new Map([['error', true]])).error;
    expect(errorOf('100%+sure%zz%4%')).toBe('100% sure%zz%4%');
    expect(errorOf('caf%C3%A9+%E2%82%AC')).toBe('café €');
    expect(errorOf('bad%C3%28byte')).toBe('bad\ufffd(byte');
    expect(errorOf('lone\ud800%41')).toBe('lone\ufffdA');
    expect(parseFormFields('%65rror=x&error=y&=z&&error_description', new Map([['error', true], ['error_description', true]]))).toEqual({ error: 'x', error_description: '' });
  });

  it('reads at most MAX_FORM_LENGTH characters, so a huge body costs a bounded parse', () => {
    const padding = 'x'.repeat(MAX_FORM_LENGTH);
    expect(parseFormFields(`error=a&pad=${padding}&error_uri=late`, new Map([['error', true], ['error_uri', true]]))).toEqual({ error: 'a' });
    const huge = `pad=${'%zz+'.repeat(1 << 18)}&error=x`;
    const start = performance.now();
    expect(parseFormFields(huge, new Map([['error', true]]))).toEqual({});
    expect(performance.now() - start).toBeLessThan(200);
  });

  it('decodes like URLSearchParams on well-formed input', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('error', 'error_description', 'error_uri', 'scope', 'state'), fc.string({ unit: 'grapheme' })), (fields) => {
        const text = new URLSearchParams(fields).toString();
        const parsed = parseFormFields(text, new Map(['error', 'error_description', 'error_uri', 'scope'].map((name) => [name, true])));
        const expected = Object.fromEntries(Object.entries(fields).filter(([name]) => name !== 'state'));
        expect({ ...parsed }).toEqual(expected);
      }),
    );
  });

  it('never throws, and gives only strings, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('%', '+', '&', '=', 'e', 'r', 'o', '2', 'F', 'z', '\u00e9', '\ud800', ' ') }), (text) => {
        const fields = parseFormFields(`error=${text}`, new Map([['error', true]]));
        expect(typeof fields.error).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips through the test builders as JSON and as a form', async () => {
    for (const encoding of ['json', 'form'] as const) {
      const response = buildBearerOAuthResponse({ error: 'bad_verification_code', encoding });
      expect(response.status).toBe(200);
      const error = await bearerOAuth.parse(response);
      expect(error).toMatchObject({ code: 'bad_verification_code', status: 200 });
    }
    expect(buildBearerOAuthResponse({ error: 'invalid_grant', errorDescription: 'a b', encoding: 'form' }).headers.get('content-type')).toContain('x-www-form-urlencoded');
  });
});

describe('WWW-Authenticate with obsolete line folding', () => {
  it('keeps every parameter of a folded challenge and says it was folded', () => {
    const error = parseFixture(RFC6750_FOLDED);
    expect(error).toMatchObject({ code: 'invalid_token', message: 'The access token expired' });
    expect(error.details).toMatchObject({ realm: 'example', description: 'The access token expired' });
    expect(error.details.challengeIssues?.map((issue) => issue.code)).toEqual(['obs-fold', 'obs-fold']);
  });

  it('reports `Scheme, realm=…` and a tab after the scheme, and still reads the parameters', () => {
    const comma = parseFixture({ status: 401, headers: { 'www-authenticate': 'Bearer, realm="api", error="invalid_token"' } });
    expect(comma).toMatchObject({ code: 'invalid_token', details: { realm: 'api' } });
    expect(comma.details.challengeIssues).toEqual([{ code: 'scheme-separator', offset: 6, length: 1 }]);
    const tab = parseFixture({ status: 401, headers: { 'www-authenticate': 'Bearer\terror="invalid_token"' } });
    expect(tab.details.challengeIssues).toEqual([{ code: 'scheme-separator', offset: 6, length: 1 }]);
  });
});

describe('requiredScopes and the DPoP nonce survive a gateway (details only)', () => {
  const scoped = (): BearerOAuthError => parseFixture(LINE_WORKS_INSUFFICIENT_SCOPE);
  const nonce = (): BearerOAuthError => parseFixture(RFC9449_NONCE_CHALLENGE);

  it('read the parsed error', () => {
    expect(requiredScopesOf(scoped())).toEqual(['bot', 'user.read']);
    expect(dpopNonceOf(nonce())).toBe('eyJ7S_zG.eyJH0-Z.HX4w-7v');
  });

  it('read the error rebuilt by rehydrate(JSON.parse(JSON.stringify(err)))', () => {
    const scopes = rehydrate(JSON.parse(JSON.stringify(scoped())));
    expect(isBearerOAuthError(scopes, 'insufficient_scope')).toBe(true);
    expect(requiredScopesOf(scopes)).toEqual(['bot', 'user.read']);
    const dpop = rehydrate(JSON.parse(JSON.stringify(nonce())));
    expect(isBearerOAuthError(dpop, 'use_dpop_nonce')).toBe(true);
    expect(dpopNonceOf(dpop)).toBe('eyJ7S_zG.eyJH0-Z.HX4w-7v');
  });

  it('read the error rebuilt from toJSON() directly and from a structuredClone', () => {
    expect(requiredScopesOf(rehydrate(scoped().toJSON()))).toEqual(['bot', 'user.read']);
    expect(dpopNonceOf(rehydrate(structuredClone(nonce().toJSON())))).toBe('eyJ7S_zG.eyJH0-Z.HX4w-7v');
  });

  // Core is adding `details` to problem+json and reading it back in fromProblem; until its build
  // has that, this test is skipped rather than asserting on core's old behaviour.
  const probe = fromProblem({ type: 'about:blank', title: 'x', vendor: 'bearer-oauth', code: 'x', details: { probe: true } });
  const problemKeepsDetails = (probe?.details as { probe?: unknown } | undefined)?.probe === true;
  it.skipIf(!problemKeepsDetails)('read the error rebuilt by rehydrate(toProblem()) on the client side of a gateway', () => {
    expect(requiredScopesOf(rehydrate(JSON.parse(JSON.stringify(scoped().toProblem()))))).toEqual(['bot', 'user.read']);
    expect(dpopNonceOf(rehydrate(JSON.parse(JSON.stringify(nonce().toProblem()))))).toBe('eyJ7S_zG.eyJH0-Z.HX4w-7v');
  });

  it('check what crossed the wire: wrong types, other vendors and junk give nothing', () => {
    const forged = (details: unknown, vendor = 'bearer-oauth'): unknown => rehydrate({ ...scoped().toJSON(), vendor, details });
    expect(requiredScopesOf(forged({ requiredScopes: 'bot user.read' }))).toEqual([]);
    expect(requiredScopesOf(forged({ requiredScopes: ['bot', 7, '', null, 'x'.repeat(2000), 'user.read'] }))).toEqual(['bot', 'user.read']);
    expect(requiredScopesOf(forged({ requiredScopes: Array.from({ length: 500 }, (_, i) => `s${String(i)}`) }))).toHaveLength(64);
    expect(requiredScopesOf(forged({ requiredScopes: ['bot'] }, 'discord'))).toEqual([]);
    expect(dpopNonceOf(forged({ dpopNonce: 'has space' }))).toBeUndefined();
    expect(dpopNonceOf(forged({ dpopNonce: 'x'.repeat(513) }))).toBeUndefined();
    expect(dpopNonceOf(forged({ dpopNonce: 42 }))).toBeUndefined();
    for (const value of [null, undefined, 42, 'x', {}, { details: { requiredScopes: ['a'] } }]) {
      expect(requiredScopesOf(value)).toEqual([]);
      expect(dpopNonceOf(value)).toBeUndefined();
    }
  });

  it('never hand back core\'s redaction marker as a nonce or a scope', () => {
    // A JWE-shaped nonce, as some servers issue: core masks it on toJSON()/toProblem() today.
    const jwe = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..5PdUAvEo8Lq3xL2c.TmqSZQ.fWj8-DL2C1gRqEkL4wK5pw';
    const error = parseFixture({ ...RFC9449_NONCE_CHALLENGE, headers: { ...RFC9449_NONCE_CHALLENGE.headers, 'dpop-nonce': jwe } });
    expect(dpopNonceOf(error)).toBe(jwe);
    const rebuilt = rehydrate(JSON.parse(JSON.stringify(error)));
    expect(dpopNonceOf(rebuilt)).not.toBe(REDACTED);
    expect(dpopNonceOf(rehydrate({ ...scoped().toJSON(), details: { dpopNonce: REDACTED } }))).toBeUndefined();
    expect(requiredScopesOf(rehydrate({ ...scoped().toJSON(), details: { requiredScopes: ['bot', REDACTED] } }))).toEqual(['bot']);
  });

  it('do not keep a nonce that breaks RFC 9449 grammar when parsing', () => {
    const error = parseFixture({ ...RFC9449_NONCE_CHALLENGE, headers: { ...RFC9449_NONCE_CHALLENGE.headers, 'dpop-nonce': 'two words' } });
    expect(error.details.dpopNonce).toBeUndefined();
  });
});

describe('no secret outside what core redacts', () => {
  it('builds nothing from request headers: an Authorization header given with the response is never read', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
    const error = parseFixture({ status: 401, headers: { authorization: `Bearer ${jwt}`, 'www-authenticate': 'Bearer error="invalid_token"' } });
    expect(JSON.stringify(error.details)).not.toContain(jwt);
    expect(error.message).not.toContain(jwt);
  });
});
