import { describe, expect, it } from 'vitest';
import { DiscordCode, discord, isDiscordError } from './index.ts';
import { buildCloudflareBanResponse, buildDiscordResponse, buildFormErrorResponse, buildNotReadyResponse, buildRateLimitResponse, defaultStatusOf } from './testing.ts';

describe('test builders', () => {
  it('builds any code with a fitting status and the catalog message', async () => {
    const response = buildDiscordResponse({ code: DiscordCode.UnknownChannel });
    expect(response.status).toBe(404);
    expect(await response.clone().json()).toEqual({ code: 10003, message: 'Unknown Channel' });
    expect(isDiscordError(await discord.parse(response), DiscordCode.UnknownChannel)).toBe(true);
    expect(defaultStatusOf(DiscordCode.ChannelWriteRateLimit)).toBe(429);
    expect(defaultStatusOf(DiscordCode.IndexNotYetAvailable)).toBe(202);
  });

  it('builds a 50035 from field issues', async () => {
    const issues = [
      { path: ['embeds', 0, 'title'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' },
      { path: [], code: 'APPLICATION_COMMAND_TOO_LARGE', message: 'Command exceeds maximum size (8000)' },
    ];
    const error = await discord.parse(buildFormErrorResponse(issues));
    expect(isDiscordError(error, DiscordCode.InvalidFormBodyOrContentType) && error.issues).toEqual(expect.arrayContaining(issues) as unknown);
  });

  it('builds per-route and global 429s with headers', async () => {
    const route = buildRateLimitResponse({ retryAfter: 1.25, bucket: 'b1' });
    expect(route.headers.get('retry-after')).toBe('2');
    expect(route.headers.get('x-ratelimit-bucket')).toBe('b1');
    const global = buildRateLimitResponse({ retryAfter: 3, global: true });
    expect(global.headers.get('x-ratelimit-global')).toBe('true');
    expect(global.headers.get('x-ratelimit-bucket')).toBeNull();
    const error = await discord.parse(global);
    expect(isDiscordError(error) && error.rateLimit?.global).toBe(true);
  });

  it('builds Cloudflare bans and 202 responses', async () => {
    expect(await buildCloudflareBanResponse({ format: 'text' }).text()).toBe('error code: 1015');
    expect(buildCloudflareBanResponse().headers.get('content-type')).toContain('text/html');
    const notReady = await discord.parse(buildNotReadyResponse(3));
    expect(isDiscordError(notReady) && notReady.retry.retryAfterMs).toBe(3000);
  });
});
