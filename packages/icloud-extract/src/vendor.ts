import type { VendorParser } from '@errata/core';
import { defineVendor } from '@errata/core/vendor';
import { detect, parseView, VENDOR } from './parse.ts';
import type { IcloudExtractError } from './types.ts';

/**
 * The riCloud (iCloud extraction) vendor module. `parse(response)` reads a fetch `Response` from a
 * clone and resolves; `parse({ status, headers, body })` is synchronous. Bodies that are not
 * riCloud errors give core's generic `HttpError`, and successes give `undefined`: riCloud reports
 * every HTTP error with an error status (a failed session inside a 2xx answer is read with
 * `errorFromResource`). `detect` claims riCloud's own body shape with specificity 2. Never throws.
 */
export const icloudExtract: VendorParser<IcloudExtractError, number> = /* @__PURE__ */ defineVendor<IcloudExtractError, number>({
  vendor: VENDOR,
  errorName: 'IcloudExtractError',
  hosts: ['ricloud-api.reincubate.com'],
  errorsWithSuccessStatus: false,
  detect,
  parseView,
});
