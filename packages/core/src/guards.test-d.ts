import { describe, expectTypeOf, it } from 'vitest';
import type { ApiError, OrUnknown } from './apiError.ts';
import { defineGuard, hasKind } from './guards.ts';
import { isApiError } from './isApiError.ts';
import type { Kind } from './kind.ts';

type DemoCode = 10003 | 50013;
type DemoError = ApiError<'demo', OrUnknown<DemoCode>, { readonly global: boolean }>;
const isDemoError = defineGuard<DemoError>('demo');

describe('guard narrowing', () => {
  it('isApiError narrows unknown to ApiError', () => {
    const value: unknown = undefined;
    if (isApiError(value)) {
      expectTypeOf(value).toEqualTypeOf<ApiError>();
      expectTypeOf(value.kind).toEqualTypeOf<Kind>();
    }
  });

  it('a vendor guard narrows to the vendor error, and with a code to that code', () => {
    const value: unknown = undefined;
    if (isDemoError(value)) {
      expectTypeOf(value.vendor).toEqualTypeOf<'demo'>();
      expectTypeOf(value.details).toEqualTypeOf<{ readonly global: boolean }>();
    }
    if (isDemoError(value, 50013)) expectTypeOf(value.code).toEqualTypeOf<50013>();
    if (isDemoError(value, [10003, 50013])) expectTypeOf(value.code).toEqualTypeOf<10003 | 50013>();
  });

  it('a vendor guard accepts codes the catalog does not know yet, but not the wrong type', () => {
    const value: unknown = undefined;
    if (isDemoError(value, 12345)) expectTypeOf(value.code).toEqualTypeOf<12345>();
    // @ts-expect-error Discord-style codes are numbers.
    isDemoError(value, 'MISSING');
  });

  it('hasKind narrows the kind', () => {
    const value: unknown = undefined;
    if (hasKind(value, ['not-found', 'already-exists'])) expectTypeOf(value.kind).toEqualTypeOf<'not-found' | 'already-exists'>();
    // @ts-expect-error not a kind
    hasKind(value, 'teapot');
  });
});
