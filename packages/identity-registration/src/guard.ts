import { defineGuard, type VendorGuard } from '@errata/core/vendor';
import type { IdentityRegistrationError } from './types.ts';

/**
 * True for errors parsed by this package; with a code (or a list) only for those exact codes,
 * narrowing `code`. Use `isIdentityRegistrationFamily` to match a catch-all and everything below it.
 */
export const isIdentityRegistrationError: VendorGuard<IdentityRegistrationError> = defineGuard<IdentityRegistrationError>('identity-registration');
