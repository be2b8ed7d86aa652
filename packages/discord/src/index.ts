// The module, the guard, the codes and the catalog: the same five names in every vendor package.
export { discord } from './vendor.ts';
export { isDiscordError } from './guard.ts';
export { DiscordCode } from './discordCode.ts';
export { describeDiscordCode, discordCatalog } from './catalog.ts';
export type { DiscordCatalogEntry, DiscordJsonCodeEntry, DiscordTextCodeEntry } from './catalog.ts';
export type { CatalogSource, MessageSource } from './catalog/row.ts';
export type { DiscordDetails, DiscordEdgeCode, DiscordError, DiscordOAuthCode, DiscordTextCode } from './types.ts';

// Discord-specific helpers.
export { edgeBodyOf } from './cloudflare.ts';
export type { EdgeBody } from './cloudflare.ts';
export { failedRequestsHeader } from './failedRequests.ts';
export { flattenFieldErrors, MAX_FIELD_ISSUE_CHARS, MAX_FIELD_ISSUES } from './fieldErrors.ts';
export { DISCORD_HOSTS } from './hosts.ts';
export { isNotReadyBody } from './notReady.ts';
export type { NotReadyBody } from './notReady.ts';
export { NOT_READY_RETRY_MS } from './parse.ts';
export { isRetryableServerStatus, RETRY_BACKOFF_MS } from './serverErrors.ts';
