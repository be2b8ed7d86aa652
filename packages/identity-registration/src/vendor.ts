import { defineVendor, type VendorParser } from '@errata/core';
import { parseRegistrationView } from './parseView.ts';
import { registrationBody } from './recognize.ts';
import type { IdentityRegistrationError } from './types.ts';

/**
 * The Registration vendor module: `identityRegistration.parse(response)` gives the error (also for
 * HTTP 200 + `stat: "error"`), the generic HTTP error for other failing responses (gateway HTML,
 * empty 502s), or `undefined` for a success. Add it to a `createRegistry` for multi-vendor use.
 */
export const identityRegistration: VendorParser<IdentityRegistrationError> = /* @__PURE__ */ defineVendor<IdentityRegistrationError>({
  vendor: 'identity-registration',
  detect: (view) => registrationBody(view) !== undefined,
  parseView: parseRegistrationView,
});
