import type { ApiError } from '@errata/core';
import { describe, expectTypeOf, it } from 'vitest';
import { LocationNotFound } from './codes.ts';
import { isAppleBusinessError, isAppleBusinessReason, isAppleBusinessResource } from './guard.ts';
import type { AppleBusinessCode, AppleBusinessDetails, AppleBusinessError, AppleBusinessItem, AppleBusinessReason, AppleBusinessResource } from './types.ts';
import type { AppleBusinessCode as CodeNamespace, AppleBusinessReason as ReasonType } from './index.ts';
import { AppleBusinessCode as Codes } from './index.ts';

declare const value: unknown;

describe('isAppleBusinessError', () => {
  it('narrows unknown to the vendor error', () => {
    if (isAppleBusinessError(value)) {
      expectTypeOf(value).toEqualTypeOf<AppleBusinessError>();
      expectTypeOf(value.vendor).toEqualTypeOf<'apple-business'>();
      expectTypeOf(value.details).toEqualTypeOf<AppleBusinessDetails>();
    }
  });

  it('narrows the code to one constant or a list', () => {
    if (isAppleBusinessError(value, LocationNotFound)) expectTypeOf(value.code).toEqualTypeOf<'LOCATION__NOT_FOUND'>();
    if (isAppleBusinessError(value, ['BRAND__ALREADY_EXISTS', 'LOCATION__ALREADY_EXISTS'])) {
      expectTypeOf(value.code).toEqualTypeOf<'BRAND__ALREADY_EXISTS' | 'LOCATION__ALREADY_EXISTS'>();
    }
  });

  it('accepts codes the catalog does not know', () => {
    if (isAppleBusinessError(value, 'WIDGET__EXPLODED')) expectTypeOf(value.code).toEqualTypeOf<'WIDGET__EXPLODED'>();
    expectTypeOf<'WIDGET__EXPLODED'>().toExtend<AppleBusinessCode>();
  });

  it('rejects non-strings as codes', () => {
    // @ts-expect-error codes are strings
    isAppleBusinessError(value, 404);
  });
});

describe('isAppleBusinessReason', () => {
  it('narrows the reason and the code for any resource', () => {
    if (isAppleBusinessReason(value, 'ALREADY_EXISTS')) {
      expectTypeOf(value).toExtend<ApiError>();
      expectTypeOf(value.details.reason).toEqualTypeOf<'ALREADY_EXISTS'>();
      expectTypeOf(value.code).toEqualTypeOf<`${string}__ALREADY_EXISTS` | 'ALREADY_EXISTS'>();
      expectTypeOf(value.vendor).toEqualTypeOf<'apple-business'>();
    }
  });

  it('narrows to the resources given', () => {
    if (isAppleBusinessReason(value, 'ALREADY_EXISTS', ['LOCATION', 'BRAND'])) {
      expectTypeOf(value.code).toEqualTypeOf<'LOCATION__ALREADY_EXISTS' | 'BRAND__ALREADY_EXISTS'>();
      expectTypeOf(value.details.resource).toEqualTypeOf<'LOCATION' | 'BRAND'>();
      expectTypeOf(value.details.format).toEqualTypeOf<'error-list'>();
    }
  });

  it('narrows to a list of reasons', () => {
    if (isAppleBusinessReason(value, ['NOT_FOUND', 'MARKED_DELETED'])) expectTypeOf(value.details.reason).toEqualTypeOf<'NOT_FOUND' | 'MARKED_DELETED'>();
  });

  it('accepts reasons the catalog does not know (validation rules are open-ended)', () => {
    if (isAppleBusinessReason(value, 'SomeNewRule')) expectTypeOf(value.details.reason).toEqualTypeOf<'SomeNewRule'>();
  });
});

describe('isAppleBusinessResource', () => {
  it('narrows the resource and the code prefix', () => {
    if (isAppleBusinessResource(value, 'VALIDATION')) {
      expectTypeOf(value.details.resource).toEqualTypeOf<'VALIDATION'>();
      expectTypeOf(value.code).toEqualTypeOf<`VALIDATION__${string}`>();
      expectTypeOf(value.details.errors).toEqualTypeOf<readonly AppleBusinessItem[]>();
    }
  });
});

describe('open types', () => {
  it('keeps unknown resources, reasons and codes typed as strings, with the known literals', () => {
    expectTypeOf<'LOCATION'>().toExtend<AppleBusinessResource>();
    expectTypeOf<'SOMETHING_NEW'>().toExtend<AppleBusinessResource>();
    expectTypeOf<'ALREADY_EXISTS'>().toExtend<AppleBusinessReason>();
    expectTypeOf<AppleBusinessItem['resource']>().toEqualTypeOf<AppleBusinessResource | undefined>();
    expectTypeOf<AppleBusinessResource>().toExtend<string>();
  });

  it('exports each catalog name as both a namespace of constants and a type', () => {
    expectTypeOf(Codes.LocationNotFound).toEqualTypeOf<'LOCATION__NOT_FOUND'>();
    expectTypeOf<CodeNamespace>().toEqualTypeOf<AppleBusinessCode>();
    expectTypeOf<ReasonType>().toEqualTypeOf<AppleBusinessReason>();
  });

  it('discriminates the two body formats', () => {
    const details = {} as AppleBusinessDetails;
    if (details.format === 'oauth') expectTypeOf(details.description).toEqualTypeOf<string | undefined>();
    else expectTypeOf(details.errors).toEqualTypeOf<readonly AppleBusinessItem[]>();
  });
});
