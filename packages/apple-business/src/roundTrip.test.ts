// Issue #15: vendor helpers keep working after the error crossed JSON (toJSON → rehydrate), as a
// client behind a gateway sees it: the error list, the reason and resource guards.
import { rehydrate } from '@errata/core';
import { describe, expect, it } from 'vitest';
import { appleBusiness } from './vendor.ts';
import { expiredToken, locationNotFound, oauthInvalidClient, validationFailed, type AppleBusinessFixture } from './fixtures.ts';
import { isAppleBusinessError, isAppleBusinessReason, isAppleBusinessResource } from './guard.ts';
import { appleBusinessItems } from './items.ts';
import type { AppleBusinessError, AppleBusinessItem } from './types.ts';

function parsed(fixture: AppleBusinessFixture): AppleBusinessError {
  const error = appleBusiness.parse({ status: fixture.status, headers: fixture.headers, body: JSON.stringify(fixture.body) });
  if (!isAppleBusinessError(error)) throw new Error('expected an Apple Business error');
  return error;
}

function overJson(error: AppleBusinessError): AppleBusinessError {
  const back = rehydrate(JSON.parse(JSON.stringify(error)));
  if (!isAppleBusinessError(back)) throw new Error('rehydrate lost the vendor');
  return back;
}

// Items compared as plain data (the parsed contexts have no prototype; JSON gives them one).
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('appleBusinessItems after toJSON → rehydrate', () => {
  it.each([
    ['the documented 404', locationNotFound],
    ['a validation failure with field details', validationFailed],
    ['the real 401 with undocumented details', expiredToken],
  ])('gives back every item of %s', (_name, fixture) => {
    const error = parsed(fixture);
    const back = overJson(error);
    // `code` aside: whether a token-like code (VALIDATION__UnexpectedPhone…) is masked on the way
    // out is core's redaction policy, not this helper's; everything the helper reads is compared.
    const withoutCode = (items: readonly AppleBusinessItem[]): unknown => plain(items.map(({ code: _code, ...rest }) => rest));
    expect(withoutCode(appleBusinessItems(back))).toEqual(withoutCode(appleBusinessItems(error)));
    expect(appleBusinessItems(back)).toHaveLength(appleBusinessItems(error).length);
    if (error.details.format === 'error-list') expect(plain(appleBusinessItems(error))).toEqual(plain(error.details.errors));
    expect(isAppleBusinessReason(back, error.details.reason)).toBe(true);
  });

  it('gives back the codes of items that do not look like tokens', () => {
    for (const fixture of [locationNotFound, expiredToken]) {
      const error = parsed(fixture);
      expect(appleBusinessItems(overJson(error)).map((item) => item.code)).toEqual(appleBusinessItems(error).map((item) => item.code));
    }
  });

  it('keeps the validation item details, the guards and the issues', () => {
    const back = overJson(parsed(validationFailed));
    const [info, violation] = appleBusinessItems(back);
    expect(info?.details?.submitted).toEqual([{ field: '/locationDetails/phoneNumbers[0]/phoneNumber', value: '+12225551212' }]);
    expect(violation).toMatchObject({ resource: 'VALIDATION', reason: 'AppIdsMustBeResolvable', severity: 'VIOLATION' });
    expect(violation?.message).toBe("Referenced '284910350, 284910352' value must exist");
    expect(isAppleBusinessResource(back, 'VALIDATION')).toBe(true);
    expect(Object.getPrototypeOf(violation?.context)).toBeNull();
  });

  it('reads forged or damaged details without trusting their shape', () => {
    const forged = rehydrate({
      errata: 1,
      vendor: 'apple-business',
      code: 'BRAND__ALREADY_EXISTS',
      status: 400,
      details: {
        format: 'error-list',
        reason: 'ALREADY_EXISTS',
        errors: [
          { code: 'BRAND__ALREADY_EXISTS', resource: 'WRONG', reason: 'WRONG', message: 7, context: { __proto__: 'x', partnersBrandId: 'b-1' }, details: { submitted: 'no', other: { header: 'x' } } },
          { code: 'LOCATION__NOT_FOUND', resource: 5, reason: null },
          { message: 'no code' },
          'junk',
        ],
      },
    });
    const items = appleBusinessItems(forged);
    expect(items).toHaveLength(2);
    expect(items[1]).toMatchObject({ code: 'LOCATION__NOT_FOUND', resource: 'LOCATION', reason: 'NOT_FOUND' });
    // Well-typed stored fields are kept as sent (a gateway's own data); a non-string message falls back to the code.
    expect(items[0]).toMatchObject({ code: 'BRAND__ALREADY_EXISTS', resource: 'WRONG', reason: 'WRONG', message: 'BRAND__ALREADY_EXISTS' });
    expect(items[0]?.details).toEqual({ submitted: [], expected: [], compared: [], other: { header: 'x' } });
    expect(({} as Record<string, unknown>).partnersBrandId).toBeUndefined();
  });

  it('is empty for the OAuth format and for other values', () => {
    expect(appleBusinessItems(parsed(oauthInvalidClient))).toEqual([]);
    expect(appleBusinessItems(overJson(parsed(oauthInvalidClient)))).toEqual([]);
    expect(appleBusinessItems({ vendor: 'apple-business', details: { errors: [{ code: 'A__B' }] } })).toEqual([]);
  });
});
