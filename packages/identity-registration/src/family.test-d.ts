import type { ApiError } from '@errata/core';
import { describe, expectTypeOf, it } from 'vitest';
import { isIdentityRegistrationFamily } from './family.ts';
import { isIdentityRegistrationError } from './guard.ts';
import { IdentityRegistrationCode, IdentityRegistrationRoot, type IdentityRegistrationDetails, type IdentityRegistrationKnownCode } from './index.ts';

declare const value: unknown;
declare const apiError: ApiError;

describe('isIdentityRegistrationError', () => {
  it('narrows unknown values to the vendor error', () => {
    if (isIdentityRegistrationError(value)) {
      expectTypeOf(value.vendor).toEqualTypeOf<'identity-registration'>();
      expectTypeOf(value.details).toEqualTypeOf<IdentityRegistrationDetails>();
      expectTypeOf<IdentityRegistrationKnownCode>().toExtend<typeof value.code>();
      expectTypeOf<367>().toExtend<typeof value.code>();
      expectTypeOf<Extract<typeof value.code, IdentityRegistrationKnownCode>>().toEqualTypeOf<IdentityRegistrationKnownCode>();
    }
  });

  it('narrows the code to one constant', () => {
    if (isIdentityRegistrationError(apiError, IdentityRegistrationCode.EntityPasswordUnacceptable)) {
      expectTypeOf(apiError.code).toEqualTypeOf<352>();
      expectTypeOf(apiError.details.error).toEqualTypeOf<string | undefined>();
    }
  });

  it('narrows the code to a list of codes', () => {
    if (isIdentityRegistrationError(value, [IdentityRegistrationCode.PasswordUnacceptable, IdentityRegistrationCode.EntityPasswordUnacceptable])) {
      expectTypeOf(value.code).toEqualTypeOf<214 | 352>();
    }
  });

  it('accepts codes the catalog does not know', () => {
    if (isIdentityRegistrationError(value, 367)) expectTypeOf(value.code).toEqualTypeOf<367>();
  });

  it('rejects codes of another type', () => {
    // @ts-expect-error Registration codes are numbers
    isIdentityRegistrationError(value, 'missing_argument');
  });
});

describe('isIdentityRegistrationFamily', () => {
  it('narrows to the family\'s known codes while still admitting unknown ones', () => {
    if (isIdentityRegistrationFamily(value, IdentityRegistrationCode.ConstraintViolation)) {
      expectTypeOf(value.vendor).toEqualTypeOf<'identity-registration'>();
      expectTypeOf<360 | 361 | 362 | 363>().toExtend<typeof value.code>();
      expectTypeOf<367>().toExtend<typeof value.code>();
      // Known codes of other families are gone from the literal part.
      expectTypeOf<Extract<typeof value.code, IdentityRegistrationKnownCode>>().toEqualTypeOf<360 | 361 | 362 | 363>();
    }
  });

  it('matches a whole range through its root', () => {
    if (isIdentityRegistrationFamily(value, IdentityRegistrationRoot.Auth)) {
      expectTypeOf<Extract<typeof value.code, IdentityRegistrationKnownCode>>().toEqualTypeOf<402 | 403 | 413 | 414 | 415 | 416 | 417 | 420 | 480>();
    }
  });

  it('only takes catch-alls and roots', () => {
    // @ts-expect-error 361 is not a catch-all
    isIdentityRegistrationFamily(value, 361);
    // @ts-expect-error 410 is not a defined catch-all
    isIdentityRegistrationFamily(value, 410);
  });
});
