// The Discord client with axios: errata's interceptor makes axios reject with Discord's errors.
import { discord, failedRequestsHeader, isDiscordError } from '@errata/discord';
import * as DiscordCode from '@errata/discord/codes';
import { errataAxios } from '@errata/fetch/axios';
import axios from 'axios';

/** Four calls against `api`: a success, a 429 waited out, a 202 polled, a 403 caught by its code. */
export async function tour(api: string): Promise<string[]> {
  // The errata part: one line.
  const client = errataAxios(axios.create({ baseURL: api }), { vendors: discord, retry: { retryHeaders: failedRequestsHeader } });
  const lines: string[] = [];
  const me = await client.get<{ username: string }>('/users/@me');
  lines.push(`users/@me -> ${me.data.username}`);
  const gateway = await client.get<{ url: string }>('/gateway');
  lines.push(`gateway (rate limited once, retried) -> ${gateway.data.url}`);
  const search = await client.get<{ total_results: number }>('/guilds/1/messages/search', { params: { content: 'hello' } });
  lines.push(`search (202 not ready once, polled) -> ${String(search.data.total_results)} result`);
  try {
    await client.post('/channels/1/messages', { content: 'hi' });
  } catch (error) {
    if (!isDiscordError(error, DiscordCode.MissingPermissions)) throw error;
    lines.push(`send message -> ${error.name} ${String(error.code)} (${error.kind}, ${error.action}): ${error.message}`);
  }
  return lines;
}
