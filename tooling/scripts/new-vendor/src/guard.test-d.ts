import { describe, expectTypeOf, it } from 'vitest';
import { is__PASCAL__Error } from './guard.ts';
import type { __PASCAL__Error } from './types.ts';

describe('is__PASCAL__Error', () => {
  it('narrows to the vendor\'s error, and by code', () => {
    const value: unknown = undefined;
    if (is__PASCAL__Error(value)) {
      expectTypeOf(value).toEqualTypeOf<__PASCAL__Error>();
      expectTypeOf(value.vendor).toEqualTypeOf<'__NAME__'>();
    }
    if (is__PASCAL__Error(value, 'NOT_FOUND')) expectTypeOf(value.code).toEqualTypeOf<'NOT_FOUND'>();
    if (is__PASCAL__Error(value, ['NOT_FOUND', 'INTERNAL'])) expectTypeOf(value.code).toEqualTypeOf<'NOT_FOUND' | 'INTERNAL'>();
  });
});
