import { describe, expectTypeOf, it } from 'vitest';
import type { ApiError } from './apiError.ts';
import { defineVendor, type Specificity, type VendorModule } from './defineVendor.ts';

describe('VendorModule types', () => {
  it('takes a detect that answers a boolean or a number', () => {
    const base = { vendor: 'demo', parseView: () => undefined };
    expectTypeOf({ ...base, detect: () => true }).toExtend<VendorModule>();
    expectTypeOf({ ...base, detect: () => 2 }).toExtend<VendorModule>();
    expectTypeOf({ ...base, detect: () => 'yes' }).not.toExtend<VendorModule>();
    expectTypeOf<VendorModule['detect']>().returns.toEqualTypeOf<Specificity>();
  });

  it('errors are named by vendor at run time, so name is a string', () => {
    expectTypeOf<ApiError['name']>().toEqualTypeOf<string>();
    expectTypeOf(defineVendor({ vendor: 'demo', detect: () => 1, parseView: () => undefined }).errorsWithSuccessStatus).toEqualTypeOf<boolean | undefined>();
  });
});
