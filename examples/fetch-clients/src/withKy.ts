// The Discord client with ky: errata's hooks make ky throw Discord's errors and retry by their advice.
import { discord, failedRequestsHeader, isDiscordError } from '@errata/discord';
import * as DiscordCode from '@errata/discord/codes';
import { errataKy } from '@errata/fetch/ky';
import ky from 'ky';

/** Four calls against `api`: a success, a 429 waited out, a 202 polled, a 403 caught by its code. */
export async function tour(api: string): Promise<string[]> {
  // The errata part: one line.
  const client = ky.create({ ...errataKy(ky, { vendors: discord, retry: { retryHeaders: failedRequestsHeader } }), prefix: api });
  const lines: string[] = [];
  const me = await client.get('users/@me').json<{ username: string }>();
  lines.push(`users/@me -> ${me.username}`);
  const gateway = await client.get('gateway').json<{ url: string }>();
  lines.push(`gateway (rate limited once, retried) -> ${gateway.url}`);
  const search = await client.get('guilds/1/messages/search', { searchParams: { content: 'hello' } }).json<{ total_results: number }>();
  lines.push(`search (202 not ready once, polled) -> ${String(search.total_results)} result`);
  try {
    await client.post('channels/1/messages', { json: { content: 'hi' } });
  } catch (error) {
    if (!isDiscordError(error, DiscordCode.MissingPermissions)) throw error;
    lines.push(`send message -> ${error.name} ${String(error.code)} (${error.kind}, ${error.action}): ${error.message}`);
  }
  return lines;
}
