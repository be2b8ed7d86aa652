import { describe, expectTypeOf, it } from 'vitest';
import { appleBusinessItems } from './items.ts';
import type { AppleBusinessItem, AppleBusinessListDetails } from './types.ts';

describe('appleBusinessItems', () => {
  it('takes any value and gives read-only items', () => {
    expectTypeOf(appleBusinessItems).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(appleBusinessItems).returns.toEqualTypeOf<readonly AppleBusinessItem[]>();
  });

  it('declares the count of items left out as optional', () => {
    expectTypeOf<AppleBusinessListDetails['omitted']>().toEqualTypeOf<number | undefined>();
  });
});
