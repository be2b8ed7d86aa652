import type { OrUnknown } from '@errata/core';
import * as Reasons from './reasons.ts';

/**
 * Both the reason constants (`AppleBusinessReason.NotFound`) and the type of a parsed reason: the
 * known literals plus any other string (validation rule names are open-ended). A constant rather
 * than `export * as`, so the bundled declarations keep the value and the type under one name.
 */
export const AppleBusinessReason: typeof Reasons = Reasons;
export type AppleBusinessReason = OrUnknown<(typeof Reasons)[keyof typeof Reasons]>;
