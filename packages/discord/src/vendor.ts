import { defineVendor, type VendorParser } from '@errata/core';
import { DISCORD_HOSTS } from './hosts.ts';
import { detectDiscord, parseDiscordView } from './parse.ts';
import type { DiscordError } from './types.ts';

/**
 * The Discord vendor module: `discord.parse(response)` (a promise for a fetch `Response`) or
 * `discord.parse({ status, headers, body })` (synchronous). Register it with core's `createRegistry`.
 */
export const discord: VendorParser<DiscordError> = /* @__PURE__ */ defineVendor<DiscordError>({
  vendor: 'discord',
  hosts: DISCORD_HOSTS,
  detect: detectDiscord,
  parseView: parseDiscordView,
});
