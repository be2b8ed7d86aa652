// A simulated Discord API on 127.0.0.1, built from @errata/discord's test builders (the same
// wire responses its parser is tested on), so the examples run offline with no account.
//   GET  /api/v10/users/@me                 200, the current user
//   GET  /api/v10/gateway                   429 (Retry-After: 1) the first time, then 200
//   GET  /api/v10/guilds/1/messages/search  202 "index not ready" (retry_after 0.2) the first time, then 200
//   POST /api/v10/channels/1/messages       403, code 50013 Missing Permissions
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildDiscordResponse, buildNotReadyResponse, buildRateLimitResponse } from '@errata/discord/testing';

const json = (status: number, body: unknown): Response => Response.json(body, { status });

export interface DiscordServer {
  /** e.g. `http://127.0.0.1:41234/api/v10` */
  readonly api: string;
  /** Requests seen, as `METHOD path` plus the `X-Failed-Requests` header when sent. */
  readonly log: string[];
  close(): Promise<void>;
}

export async function startDiscordServer(): Promise<DiscordServer> {
  const log: string[] = [];
  const seen = new Map<string, number>();
  const answer = (method: string, path: string): Response => {
    const count = (seen.get(path) ?? 0) + 1;
    seen.set(path, count);
    if (method === 'GET' && path === '/api/v10/users/@me') return json(200, { id: '80351110224678912', username: 'Nelly' });
    if (method === 'GET' && path === '/api/v10/gateway') return count === 1 ? buildRateLimitResponse({ retryAfter: 0.5 }) : json(200, { url: 'wss://gateway.discord.gg' });
    if (method === 'GET' && path === '/api/v10/guilds/1/messages/search') return count === 1 ? buildNotReadyResponse(0.2) : json(200, { total_results: 1, messages: [[{ id: '1', content: 'hello' }]] });
    if (method === 'POST' && path === '/api/v10/channels/1/messages') return buildDiscordResponse({ code: 50013 });
    return buildDiscordResponse({ code: 0, status: 404, message: '404: Not Found' });
  };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const retry = req.headers['x-failed-requests'];
    log.push(`${req.method ?? 'GET'} ${path}${typeof retry === 'string' ? ` (X-Failed-Requests: ${retry})` : ''}`);
    req.resume();
    req.on('end', () => {
      void (async () => {
        const response = answer(req.method ?? 'GET', path);
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    api: `http://127.0.0.1:${String(port)}/api/v10`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
