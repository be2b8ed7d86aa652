import { describe, expectTypeOf, it } from 'vitest';
import { dpopNonceOf, requiredScopesOf } from './accessors.ts';
import { isBearerOAuthError } from './guard.ts';

declare const value: unknown;

describe('accessors', () => {
  it('take anything (a parsed or a rehydrated error) and answer plain values', () => {
    expectTypeOf(requiredScopesOf).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(requiredScopesOf(value)).toEqualTypeOf<readonly string[]>();
    expectTypeOf(dpopNonceOf(value)).toEqualTypeOf<string | undefined>();
  });

  it('agree with the narrowed details', () => {
    if (isBearerOAuthError(value, 'insufficient_scope')) {
      expectTypeOf(value.details.requiredScopes).toEqualTypeOf<readonly string[] | undefined>();
      expectTypeOf(requiredScopesOf(value)).toExtend<NonNullable<typeof value.details.requiredScopes>>();
    }
    if (isBearerOAuthError(value, 'use_dpop_nonce')) expectTypeOf(dpopNonceOf(value)).toEqualTypeOf<typeof value.details.dpopNonce>();
  });
});
