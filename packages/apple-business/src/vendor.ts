import { defineVendor, type VendorParser } from '@errata/core/vendor';
import { detect, parseView, REQUEST_ID_HEADERS } from './parse.ts';
import { VENDOR, type AppleBusinessError } from './types.ts';

/**
 * Apple Business Connect: resource endpoints answer with a JSON array of `{code, message,
 * context, details}` items; the OAuth token endpoint with `{error, error_description}`. A lone
 * item object (not wrapped in an array) is accepted too. Apple never reports an error with a
 * success status, and its `apple-request-id` is kept even when a proxy's HTML page answers instead.
 */
export const appleBusiness: VendorParser<AppleBusinessError, number> = /* @__PURE__ */ defineVendor<AppleBusinessError, number>({
  vendor: VENDOR,
  errorName: 'AppleBusinessError',
  hosts: ['.business.apple.com', '.businessconnect.apple.com'],
  requestIdHeaders: REQUEST_ID_HEADERS,
  errorsWithSuccessStatus: false,
  detect,
  parseView,
});
