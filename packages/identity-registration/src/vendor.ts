import { defineVendor, type Specificity, type VendorParser } from '@errata/core/vendor';
import { detectIdentityRegistration, parseIdentityRegistrationView } from './parse.ts';
import type { IdentityRegistrationError } from './types.ts';

/**
 * The Registration vendor module: `identityRegistration.parse(response)` gives the error (also for
 * HTTP 200 + `stat: "error"`), the generic HTTP error for other failing responses (gateway HTML,
 * empty 502s), or `undefined` for a success. Add it to a `createRegistry` for multi-vendor use:
 * `errorsWithSuccessStatus` tells the registry to show it HTTP 200 responses too.
 */
export const identityRegistration: VendorParser<IdentityRegistrationError, Specificity> = /* @__PURE__ */ defineVendor<IdentityRegistrationError, Specificity>({
  vendor: 'identity-registration',
  errorName: 'IdentityRegistrationError',
  // Most Registration errors arrive with HTTP 200 and `stat: "error"`.
  errorsWithSuccessStatus: true,
  detect: detectIdentityRegistration,
  parseView: parseIdentityRegistrationView,
});
