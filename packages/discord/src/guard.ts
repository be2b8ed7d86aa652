import { defineGuard, type VendorGuard } from '@errata/core/vendor';
import type { DiscordError } from './types.ts';

/**
 * True for errors this package produced, from any copy of it and any realm; with a code (or a list
 * of codes) it also narrows `code`: `isDiscordError(err, DiscordCode.MissingPermissions)`.
 */
export const isDiscordError: VendorGuard<DiscordError> = /* @__PURE__ */ defineGuard<DiscordError>('discord');
