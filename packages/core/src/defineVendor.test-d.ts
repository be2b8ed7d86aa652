import { describe, expectTypeOf, it } from 'vitest';
import type { ApiError } from './apiError.ts';
import { defineVendor, type Specificity, type VendorModule, type VendorParser } from './defineVendor.ts';
import { readHeaders } from './headers.ts';
import type { ResponseParts } from './view.ts';

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

describe('ResponseParts types', () => {
  it('takes a header reader from readHeaders as its headers, as well as the containers readHeaders wraps', () => {
    expectTypeOf({ status: 400, headers: readHeaders(new Headers()) }).toExtend<ResponseParts>();
    expectTypeOf({ status: 400, headers: { 'retry-after': '1' } }).toExtend<ResponseParts>();
    expectTypeOf({ status: 400, headers: 42 }).not.toExtend<ResponseParts>();
  });
});
