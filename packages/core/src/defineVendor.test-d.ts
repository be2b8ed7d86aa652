import { describe, expectTypeOf, it } from 'vitest';
import type { ApiError } from './apiError.ts';
import { defineVendor, type Specificity, type VendorModule, type VendorParser } from './defineVendor.ts';

describe('VendorModule types', () => {
  it('takes a detect that answers a boolean or a number', () => {
    const base = { vendor: 'demo', parseView: () => undefined };
    expectTypeOf({ ...base, detect: () => true }).toExtend<VendorModule>();
    expectTypeOf({ ...base, detect: () => 2 }).toExtend<VendorModule>();
    expectTypeOf({ ...base, detect: () => 'yes' }).not.toExtend<VendorModule>();
    expectTypeOf<VendorModule['detect']>().returns.toEqualTypeOf<Specificity>();
  });

  it("keeps a module's own detect type on its parser", () => {
    expectTypeOf<VendorParser['detect']>().returns.toEqualTypeOf<boolean>();
    expectTypeOf<VendorParser<ApiError, Specificity>['detect']>().returns.toEqualTypeOf<Specificity>();
    const claims = defineVendor({ vendor: 'demo', detect: (): Specificity => 2, parseView: () => undefined });
    expectTypeOf(claims.detect).returns.toEqualTypeOf<Specificity>();
    // A parser that answers booleans fits wherever modules are composed.
    expectTypeOf(defineVendor<ApiError>({ vendor: 'demo', detect: () => true, parseView: () => undefined })).toExtend<VendorModule>();
  });

  it('errors are named by vendor at run time, so name is a string', () => {
    expectTypeOf<ApiError['name']>().toEqualTypeOf<string>();
    expectTypeOf(defineVendor({ vendor: 'demo', detect: () => 1, parseView: () => undefined }).errorsWithSuccessStatus).toEqualTypeOf<boolean | readonly number[] | undefined>();
  });
});
