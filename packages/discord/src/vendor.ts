import { defineVendor, type VendorParser } from '@errata/core/vendor';
import { DISCORD_HOSTS } from './hosts.ts';
import { detect, parseView } from './parse.ts';
import type { DiscordError } from './types.ts';

/**
 * The Discord vendor module: `discord.parse(response)` (a promise for a fetch `Response`) or
 * `discord.parse({ status, headers, body })` (synchronous). Register it with core's `createRegistry`.
 * `errorsWithSuccessStatus: [202]`: Discord answers "not ready yet, retry" with HTTP 202 and a
 * `retry_after` body, so that one success status must reach the parser (and no other needs reading). Its request ids (`cf-ray`,
 * `x-request-id`) are among core's common headers, so it declares no `requestIdHeaders`.
 */
export const discord: VendorParser<DiscordError, number> = /* @__PURE__ */ defineVendor<DiscordError, number>({
  vendor: 'discord',
  errorName: 'DiscordError',
  hosts: DISCORD_HOSTS,
  errorsWithSuccessStatus: [202],
  detect,
  parseView,
});
