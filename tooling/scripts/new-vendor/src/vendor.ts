import { defineVendor, type Specificity, type VendorParser } from '@errata/core/vendor';
import { detect, parseView } from './parse.ts';
import type { __PASCAL__Error } from './types.ts';

/**
 * The __TITLE__ vendor module. `parse(response)` reads a fetch `Response` from a clone and
 * resolves; `parse({ status, headers, body })` is synchronous. Bodies that are not __TITLE__ errors
 * give core's generic `HttpError`, and successes give `undefined`. Never throws.
 */
export const __CAMEL__: VendorParser<__PASCAL__Error, Specificity> = /* @__PURE__ */ defineVendor<__PASCAL__Error, Specificity>({
  vendor: '__NAME__',
  // TODO(new-vendor): the API's hosts, its request-id headers, and whether it sends errors with a 2xx.
  hosts: [],
  errorsWithSuccessStatus: false,
  detect,
  parseView,
});
