import { describe, expect, it } from 'vitest';
import { appleBusiness } from './vendor.ts';
import { isAppleBusinessError } from './guard.ts';
import {
  appleBusinessErrorBody,
  appleBusinessFixtures,
  appleBusinessOAuthParts,
  appleBusinessParts,
  buildAppleBusinessError,
  buildAppleBusinessOAuthResponse,
  buildAppleBusinessResponse,
} from './testing.ts';

describe('buildAppleBusinessResponse', () => {
  it('sends the exact wire form: a JSON array, content type and apple-request-id', async () => {
    const response = buildAppleBusinessResponse({ code: 'LOCATION__NOT_FOUND', context: { id: '9467895078742654451' }, requestId: '0a8af52f-aa59-4cbd-96a6-bde380fc64ea' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('apple-request-id')).toBe('0a8af52f-aa59-4cbd-96a6-bde380fc64ea');
    // Known codes get their documented template, so this is the documented example byte for byte.
    expect(await response.clone().json()).toEqual(appleBusinessFixtures.locationNotFound.body);
    const error = await appleBusiness.parse(response);
    expect(isAppleBusinessError(error, 'LOCATION__NOT_FOUND')).toBe(true);
  });

  it('takes the default status from the catalog, the reason, or 400', () => {
    expect(appleBusinessParts({ code: 'Unauthorized' }).status).toBe(401);
    expect(appleBusinessParts({ code: 'BRAND__NOT_FOUND' }).status).toBe(404);
    expect(appleBusinessParts({ code: 'WIDGET__BROKEN' }).status).toBe(400);
    expect(appleBusinessParts({ code: 'LOCATION__NOT_FOUND', status: 503 }).status).toBe(503);
  });

  it('builds several items, taking the status from the first blocking one', () => {
    const parts = appleBusinessParts({
      errors: [
        { code: 'VALIDATION__UnexpectedPhoneNumberFormatForCountryCode', severity: 'INFO', context: { phoneNumber: '+1' } },
        { code: 'LOCATION__NOT_FOUND', context: { id: '7' } },
      ],
    });
    expect(parts.status).toBe(404);
    expect(JSON.parse(parts.body as string)).toHaveLength(2);
  });

  it('omits what is not given', () => {
    expect(appleBusinessErrorBody([{ code: 'X__Y' }])).toEqual([{ code: 'X__Y' }]);
  });
});

describe('buildAppleBusinessError', () => {
  it('returns the parsed error value', () => {
    const error = buildAppleBusinessError({ code: 'APPLE_OVERRIDE__ALREADY_ACCEPTED', context: { id: 'abc' }, requestId: 'r-1' });
    expect(error).toMatchObject({ code: 'APPLE_OVERRIDE__ALREADY_ACCEPTED', status: 400, requestId: 'r-1', message: "Change to resource with Apple-generated 'abc' already accepted" });
  });

  it('refuses specs that are not errors', () => {
    expect(() => buildAppleBusinessError({ code: '' })).toThrow(TypeError);
    expect(() => buildAppleBusinessError({ code: 'X__Y', status: 200 })).toThrow(TypeError);
  });
});

describe('OAuth builders', () => {
  it('builds the token endpoint form', async () => {
    const response = buildAppleBusinessOAuthResponse({ error: 'invalid_client', description: 'Invalid client_id or client_secret', status: 401 });
    expect(await response.clone().json()).toEqual(appleBusinessFixtures.oauthInvalidClient.body);
    const error = await appleBusiness.parse(response);
    expect(error).toMatchObject({ code: 'invalid_client', status: 401 });
  });

  it('defaults to 400, or 500 for server errors', () => {
    expect(appleBusinessOAuthParts({ error: 'invalid_request' }).status).toBe(400);
    expect(appleBusinessOAuthParts({ error: 'internal_server_error' }).status).toBe(500);
  });
});

describe('fixtures', () => {
  it.each(Object.entries(appleBusinessFixtures).filter(([, value]) => 'status' in value))('%s parses as an Apple Business error', (_, fixture) => {
    const { status, headers, body } = fixture as typeof appleBusinessFixtures.locationNotFound;
    expect(isAppleBusinessError(appleBusiness.parse({ status, headers, body: JSON.stringify(body) }))).toBe(true);
  });
});
