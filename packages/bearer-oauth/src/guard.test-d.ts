import { describe, expectTypeOf, it } from 'vitest';
import * as ApiCode from './apiCodes.ts';
import { hasBaseCode, isBearerOAuthError } from './guard.ts';
import * as OAuthCode from './codes.ts';
import type { BearerOAuthDetails, BearerOAuthError } from './types.ts';

declare const value: unknown;

describe('guards', () => {
  it('isBearerOAuthError narrows to the vendor error', () => {
    if (isBearerOAuthError(value)) {
      expectTypeOf(value).toExtend<BearerOAuthError>();
      expectTypeOf(value.vendor).toEqualTypeOf<'bearer-oauth'>();
      expectTypeOf(value.details).toEqualTypeOf<BearerOAuthDetails>();
    }
  });

  it('isBearerOAuthError narrows the code to a constant, a literal or a template instance', () => {
    if (isBearerOAuthError(value, OAuthCode.InvalidToken)) expectTypeOf(value.code).toEqualTypeOf<'invalid_token'>();
    if (isBearerOAuthError(value, ['slow_down', 'authorization_pending'])) expectTypeOf(value.code).toEqualTypeOf<'slow_down' | 'authorization_pending'>();
    if (isBearerOAuthError(value, 'USER_NOT_EXIST')) expectTypeOf(value.code).toEqualTypeOf<'USER_NOT_EXIST'>();
  });

  it('hasBaseCode matches a template for any resource and exposes the resource', () => {
    if (hasBaseCode(value, ApiCode.ResourceNotExist)) {
      expectTypeOf(value.code).toExtend<`${string}_NOT_EXIST`>();
      expectTypeOf(value.details.resource).toEqualTypeOf<string>();
      expectTypeOf(value.details.baseCode).toExtend<'{RESOURCE}_NOT_EXIST'>();
    }
    if (hasBaseCode(value, [ApiCode.InvalidResource, ApiCode.NotFound])) {
      expectTypeOf(value.code).toExtend<`INVALID_${string}` | 'NOT_FOUND'>();
      expectTypeOf<'NOT_FOUND'>().toExtend<typeof value.code>();
    }
  });

  it('the code union autocompletes known codes and still accepts new ones', () => {
    expectTypeOf<'invalid_token'>().toExtend<BearerOAuthError['code']>();
    expectTypeOf<'GROUP_ALREADY_EXIST'>().toExtend<BearerOAuthError['code']>();
    expectTypeOf<'brand_new_code'>().toExtend<BearerOAuthError['code']>();
  });
});
