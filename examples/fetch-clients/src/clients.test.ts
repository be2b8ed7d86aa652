import { afterEach, describe, expect, it } from 'vitest';
import { startDiscordServer, type DiscordServer } from './discordServer.ts';
import { tour as withAxios } from './withAxios.ts';
import { tour as withFetch } from './withFetch.ts';
import { tour as withKy } from './withKy.ts';
import { tour as withOfetch } from './withOfetch.ts';

let server: DiscordServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe.each([
  ['fetch', withFetch],
  ['ky', withKy],
  ['ofetch', withOfetch],
  ['axios', withAxios],
])('the Discord client with %s', (_name, tour) => {
  it('gets the user, waits out a 429, polls a 202, and catches 50013 by its code', async () => {
    server = await startDiscordServer();
    const started = performance.now();
    const lines = await tour(server.api);
    expect(lines[0]).toBe('users/@me -> Nelly');
    expect(lines[1]).toBe('gateway (rate limited once, retried) -> wss://gateway.discord.gg');
    expect(lines[2]).toBe('search (202 not ready once, polled) -> 1 result');
    expect(lines[3]).toMatch(/^send message -> \w*Error 50013 \(permission-denied, none\): Missing Permissions$/);
    // Retry-After: 1 on the 429 was honoured, and Discord was told about the failed attempt.
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(server.log).toContain('GET /api/v10/gateway (X-Failed-Requests: 1)');
    expect(server.log.filter((line) => line.startsWith('GET /api/v10/guilds/1/messages/search'))).toHaveLength(2);
    // The POST was sent once: a 403 is not retried (and a POST never without an idempotency key).
    expect(server.log.filter((line) => line.startsWith('POST'))).toHaveLength(1);
  });
});
