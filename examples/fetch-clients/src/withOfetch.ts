// The Discord client with ofetch: errata's hooks make ofetch throw Discord's errors and poll a 202.
import { discord, failedRequestsHeader, isDiscordError } from '@errata/discord';
import * as DiscordCode from '@errata/discord/codes';
import { errataOfetch } from '@errata/fetch/ofetch';
import { ofetch } from 'ofetch';

/** Four calls against `api`: a success, a 429 waited out, a 202 polled, a 403 caught by its code. */
export async function tour(api: string): Promise<string[]> {
  // The errata part: one line.
  const client = ofetch.create({ ...errataOfetch(ofetch, { vendors: discord, retry: { retryHeaders: failedRequestsHeader } }), baseURL: api });
  const lines: string[] = [];
  const me = await client<{ username: string }>('/users/@me');
  lines.push(`users/@me -> ${me.username}`);
  const gateway = await client<{ url: string }>('/gateway');
  lines.push(`gateway (rate limited once, retried) -> ${gateway.url}`);
  const search = await client<{ total_results: number }>('/guilds/1/messages/search', { query: { content: 'hello' } });
  lines.push(`search (202 not ready once, polled) -> ${String(search.total_results)} result`);
  try {
    await client('/channels/1/messages', { method: 'POST', body: { content: 'hi' } });
  } catch (error) {
    if (!isDiscordError(error, DiscordCode.MissingPermissions)) throw error;
    lines.push(`send message -> ${error.name} ${String(error.code)} (${error.kind}, ${error.action}): ${error.message}`);
  }
  return lines;
}
