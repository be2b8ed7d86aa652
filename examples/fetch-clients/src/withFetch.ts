// The Discord client with fetch: createFetch is a drop-in fetch that throws Discord's errors.
import { discord, failedRequestsHeader, isDiscordError } from '@errata/discord';
import * as DiscordCode from '@errata/discord/codes';
import { createFetch } from '@errata/fetch';

// The errata part: one line.
const discordFetch = createFetch({ vendors: discord, retry: { retryHeaders: failedRequestsHeader } });

/** Four calls against `api`: a success, a 429 waited out, a 202 polled, a 403 caught by its code. */
export async function tour(api: string): Promise<string[]> {
  const lines: string[] = [];
  const me = (await (await discordFetch(`${api}/users/@me`)).json()) as { username: string };
  lines.push(`users/@me -> ${me.username}`);
  const gateway = (await (await discordFetch(`${api}/gateway`)).json()) as { url: string };
  lines.push(`gateway (rate limited once, retried) -> ${gateway.url}`);
  const search = (await (await discordFetch(`${api}/guilds/1/messages/search?content=hello`)).json()) as { total_results: number };
  lines.push(`search (202 not ready once, polled) -> ${String(search.total_results)} result`);
  try {
    await discordFetch(`${api}/channels/1/messages`, { method: 'POST', body: JSON.stringify({ content: 'hi' }), headers: { 'content-type': 'application/json' } });
  } catch (error) {
    if (!isDiscordError(error, DiscordCode.MissingPermissions)) throw error;
    lines.push(`send message -> ${error.name} ${String(error.code)} (${error.kind}, ${error.action}): ${error.message}`);
  }
  return lines;
}
