import type { VendorGuard } from '@errata/core';
import { defineGuard } from '@errata/core/vendor';
import type { IcloudExtractError } from './types.ts';

/**
 * True for riCloud errors (from any copy of errata, any realm); with codes, narrows `code`.
 * Switch on codes, not statuses: riCloud does not document a status per code.
 */
export const isIcloudExtractError: VendorGuard<IcloudExtractError> = /* @__PURE__ */ defineGuard<IcloudExtractError>('icloud-extract');
