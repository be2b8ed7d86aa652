import { defineVendor, type VendorParser } from '@errata/core/vendor';
import { detect, ERROR_NAME, parseView, VENDOR, type BearerOAuthClaim } from './parse.ts';
import type { BearerOAuthError } from './types.ts';

/**
 * The parser for Bearer-token APIs and OAuth servers: RFC 6750 challenges in `WWW-Authenticate`,
 * RFC 6749 error bodies (with RFC 8628 and RFC 9449 codes), as JSON or form-encoded and also when
 * sent with a 2xx status, and `{code, description}` bodies (LINE WORKS' `returnCode` too).
 * When a challenge carries `error`, that is the code; the body's own code is kept as `apiCode`.
 */
export const bearerOAuth: VendorParser<BearerOAuthError, BearerOAuthClaim> = /* @__PURE__ */ defineVendor<BearerOAuthError, BearerOAuthClaim>({
  vendor: VENDOR,
  errorName: ERROR_NAME,
  // LINE WORKS' token endpoint, whose `{returnCode, returnMessage}` bodies are too generic to detect.
  hosts: ['auth.worksmobile.com'],
  // GitHub's token endpoint answers OAuth errors with HTTP 200.
  errorsWithSuccessStatus: true,
  detect,
  parseView,
});
