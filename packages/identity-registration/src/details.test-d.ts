import { describe, expectTypeOf, it } from 'vitest';
import { isIdentityRegistrationError } from './guard.ts';
import type { IdentityRegistrationDetails } from './types.ts';

declare const value: unknown;

describe('IdentityRegistrationDetails', () => {
  it('marks a code recovered from the error string', () => {
    expectTypeOf<IdentityRegistrationDetails['codeFromName']>().toEqualTypeOf<true | undefined>();
    if (isIdentityRegistrationError(value)) expectTypeOf(value.details.codeFromName).toEqualTypeOf<true | undefined>();
  });
});
