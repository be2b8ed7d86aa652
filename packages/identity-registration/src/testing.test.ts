import { describe, expect, it } from 'vitest';
import { isIdentityRegistrationError } from './guard.ts';
import {
  buildIdentityRegistrationError,
  buildIdentityRegistrationResponse,
  buildIdentityRegistrationSuccess,
  identityRegistrationErrorBody,
  identityRegistrationParts,
  TEST_REQUEST_ID,
} from './testing.ts';
import { identityRegistration } from './vendor.ts';

describe('buildIdentityRegistrationResponse', () => {
  it('emits HTTP 200 with stat error by default, as the API does', async () => {
    const response = buildIdentityRegistrationResponse({ code: 100, fields: { argument_name: 'uuid' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({
      stat: 'error',
      code: 100,
      error: 'missing_argument',
      error_description: 'missing argument (test)',
      request_id: TEST_REQUEST_ID,
      argument_name: 'uuid',
    });
  });

  it('emits the OAuth-style variant with HTTP 400', async () => {
    const response = buildIdentityRegistrationResponse({ code: 200, oauth: true });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 200, error: 'invalid_request', sub_error: 'invalid_argument' });
  });

  it('can name the id request_token, leave it out, and add headers', async () => {
    const token = buildIdentityRegistrationResponse({ code: 510, requestIdField: 'request_token', headers: { 'Retry-After': '5' } });
    expect(await token.json()).toMatchObject({ request_token: TEST_REQUEST_ID });
    expect(token.headers.get('retry-after')).toBe('5');
    expect(identityRegistrationErrorBody({ code: 510, requestId: null })).not.toHaveProperty('request_id');
  });

  it('keeps a __proto__ test field as an own property', () => {
    const body = identityRegistrationErrorBody({ code: 390, fields: JSON.parse('{"__proto__":{"x":1}}') as Record<string, unknown> });
    expect(Object.hasOwn(body, '__proto__')).toBe(true);
    expect(JSON.stringify(body)).toContain('"__proto__":{"x":1}');
  });
});

describe('buildIdentityRegistrationError', () => {
  it('gives the same error the parser gives for the wire form', () => {
    const error = buildIdentityRegistrationError({ code: 380, fields: { existing_provider: 'facebook' } });
    const parsed = identityRegistration.parse(identityRegistrationParts({ code: 380, fields: { existing_provider: 'facebook' } }));
    expect(isIdentityRegistrationError(error, 380)).toBe(true);
    expect(error.toJSON()).toEqual(parsed?.toJSON());
  });

  it('refuses specs that are not errors', () => {
    expect(() => buildIdentityRegistrationError({ code: 100, stat: 'ok' })).toThrow(TypeError);
  });
});

describe('buildIdentityRegistrationSuccess', () => {
  it('parses as "not an error"', async () => {
    expect(await identityRegistration.parse(buildIdentityRegistrationSuccess({ uuid: 'u1' }))).toBeUndefined();
  });
});
