import type { VendorGuard } from '@errata/core';
import { defineGuard } from '@errata/core/vendor';
import type { __PASCAL__Error } from './types.ts';

/** True for __TITLE__ errors (from any copy of errata, any realm); with codes, narrows `code`. */
export const is__PASCAL__Error: VendorGuard<__PASCAL__Error> = /* @__PURE__ */ defineGuard<__PASCAL__Error>('__NAME__');
