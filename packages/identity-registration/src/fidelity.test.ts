// Issue #15: a `code` sent as a numeric string, or not sent at all, still gives the Registration
// code (and its kind), recovered from the error string through the catalog when needed.
import { rehydrate } from '@errata/core';
import { describe, expect, it } from 'vitest';
import { ENTITY_UPDATE_URL, missingCode, oauthStringCode, reusedPassword, stringCode, UPDATE_PROFILE_URL, type Wire } from './__fixtures__/wire.ts';
import { isIdentityRegistrationFamily } from './family.ts';
import { isIdentityRegistrationError } from './guard.ts';
import { IdentityRegistrationCode } from './identityRegistrationCode.ts';
import { codeValue } from './codeValue.ts';
import type { IdentityRegistrationError } from './types.ts';
import { identityRegistration } from './vendor.ts';

function parsed(wire: Wire, url?: string, body: unknown = wire.body): IdentityRegistrationError {
  const error = identityRegistration.parse({ status: wire.status, headers: wire.headers, body: JSON.stringify(body), url }, { now: 0 });
  if (!isIdentityRegistrationError(error)) throw new Error('expected a Registration error');
  return error;
}

describe('a code sent as a numeric string', () => {
  it('is read as the integer it spells, with its kind and end-user message', () => {
    const error = parsed(stringCode);
    expect(error).toMatchObject({ code: 210, kind: 'unauthenticated', action: 'user-action', requestId: 'r7kq2m9x4v1c8b3n' });
    expect(error.publicMessage).toBe('The email address or password is incorrect.');
    expect(isIdentityRegistrationError(error, IdentityRegistrationCode.InvalidCredentials)).toBe(true);
    expect(error.details.codeFromName).toBeUndefined();
  });

  it('works in the OAuth style too, and makes a body without stat recognizable', () => {
    expect(parsed(oauthStringCode)).toMatchObject({ code: 200, kind: 'invalid-argument', issues: [{ path: ['redirect_uri'], code: 'invalid_argument' }] });
    const { stat: _stat, ...withoutStat } = oauthStringCode.body;
    expect(parsed(oauthStringCode, undefined, withoutStat).code).toBe(200);
  });

  it('accepts digits only, up to nine of them', () => {
    expect([codeValue('210'), codeValue('0415'), codeValue('123456789')]).toEqual([210, 415, 123_456_789]);
    for (const value of ['', ' 210', '210 ', '-1', '+1', '2.5', '21O', '1e3', '0x10', '1234567890', '٢١٠', 12.5, Number.NaN, null, true, ['210'], { code: 210 }]) {
      expect(codeValue(value)).toBeUndefined();
    }
  });
});

describe('a missing or unusable code', () => {
  it('is recovered from the error string through the catalog', () => {
    const error = parsed(missingCode);
    expect(error).toMatchObject({ code: 210, kind: 'unauthenticated', action: 'user-action', details: { error: 'invalid_credentials', codeFromName: true } });
    expect(isIdentityRegistrationFamily(error, IdentityRegistrationCode.InvalidCredentials)).toBe(true);
  });

  it('is recovered from sub_error in the OAuth style, and when the code is not a number', () => {
    const { code: _code, ...noCode } = oauthStringCode.body;
    expect(parsed(oauthStringCode, undefined, noCode)).toMatchObject({ code: 200, details: { subError: 'invalid_argument', codeFromName: true } });
    for (const code of ['21O', 12.5, null, { value: 210 }, '']) expect(parsed(missingCode, undefined, { ...missingCode.body, code }).code).toBe(210);
  });

  it('takes 352 or 214 for password_unacceptable from the endpoint', () => {
    expect(parsed(reusedPassword, ENTITY_UPDATE_URL)).toMatchObject({ code: 352, details: { codeFromName: true } });
    expect(parsed(reusedPassword, UPDATE_PROFILE_URL)).toMatchObject({ code: 214, details: { codeFromName: true } });
  });

  it('keeps password_unacceptable at code 0 without an endpoint, with the meaning both codes share', () => {
    const error = parsed(reusedPassword);
    expect(error).toMatchObject({ code: 0, kind: 'invalid-argument', action: 'user-action', publicMessage: 'Please choose a password you have not used before.' });
    expect(error.details.codeFromName).toBeUndefined();
  });

  it('keeps 0 for strings the catalog does not know, and never lets a present code be overridden', () => {
    expect(parsed(missingCode, undefined, { ...missingCode.body, error: 'brand_new_error' })).toMatchObject({ code: 0, kind: 'unknown' });
    expect(parsed(missingCode, undefined, { ...missingCode.body, error: 'x'.repeat(100_000) }).code).toBe(0);
    expect(parsed(missingCode, undefined, { ...missingCode.body, code: 213 }).code).toBe(213);
  });
});

describe('client helpers after the error crossed JSON (toJSON → rehydrate)', () => {
  it('keeps the code, family membership and details', () => {
    for (const error of [parsed(missingCode), parsed(stringCode), parsed(oauthStringCode), parsed(reusedPassword, ENTITY_UPDATE_URL)]) {
      const back = rehydrate(JSON.parse(JSON.stringify(error)));
      expect(isIdentityRegistrationError(back, error.code)).toBe(true);
      expect(back?.details).toEqual(error.details);
      expect(isIdentityRegistrationFamily(back, 200)).toBe(isIdentityRegistrationFamily(error, 200));
    }
  });
});
