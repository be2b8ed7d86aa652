// The node adapter inside a real Express 5 app, over loopback HTTP: mounted under a path, behind
// body parsers, and as middleware that hands unrouted requests to `next()`. Nothing leaves the machine.
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acme } from './__fixtures__/vendors.ts';
import { createGateway } from './gateway.ts';
import { toNodeHandler, type NodeHandler } from './node.ts';
import type { Gateway, ProblemEvent } from './types.ts';

/** What the upstream saw of each request. */
interface Seen {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

const seen: Seen[] = [];

async function upstream(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  seen.push({ method: req.method ?? '', path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
  if (path.endsWith('/missing')) {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { type: 'not_found', message: 'No such user' } }));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end(`upstream ${path}`);
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${String((server.address() as AddressInfo).port)}`);
    });
  });
}

const upstreamServer = createServer((req, res) => void upstream(req, res));
const servers: Server[] = [upstreamServer];
const events: ProblemEvent[] = [];
let upstreamUrl = '';

beforeAll(async () => {
  upstreamUrl = await listen(upstreamServer);
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

function gatewayFor(prefix: string): Gateway {
  return createGateway({
    routes: [{ pathPrefix: prefix, upstream: `${upstreamUrl}/v1`, vendor: acme }],
    onProblem: (event) => events.push(event),
  });
}

/** Serves an Express app on loopback; `setUp` mounts what the test needs. */
async function serve(setUp: (app: express.Express) => void): Promise<string> {
  const app = express();
  setUp(app);
  // The app's own last word, so a request the gateway passed on is visible as such.
  app.use((_request, response) => {
    response.status(404).type('text/plain').send('app 404');
  });
  const server = createServer(app);
  servers.push(server);
  return listen(server);
}

const lastSeen = (): Seen | undefined => seen.at(-1);

/** A request fetch will not send (`TRACE`), over node:http: its status and body. */
function rawRequest(base: string, method: string, path: string): Promise<[number, string]> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${base}${path}`, { method }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve([response.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')]);
      });
    });
    request.on('error', reject);
    request.end();
  });
}

describe('toNodeHandler in Express: mounted under a path', () => {
  it('routes on originalUrl, so a route written with the mount path matches (Express strips it from req.url)', async () => {
    const base = await serve((app) => {
      app.use('/discord', toNodeHandler(gatewayFor('/discord')));
    });
    const response = await fetch(`${base}/discord/users/7?expand=1`);
    expect([response.status, await response.text()]).toEqual([200, 'upstream /v1/users/7']);
    expect(lastSeen()?.path).toBe('/v1/users/7');

    const failed = await fetch(`${base}/discord/users/missing`);
    expect(failed.status).toBe(404);
    expect(await failed.json()).toMatchObject({ type: 'urn:errata:acme:not_found', vendor: 'acme', code: 'not_found' });
  });

  it('answers the same whether mounted or not: the route never depends on the mount', async () => {
    const gateway = gatewayFor('/api/acme');
    const mounted = await serve((app) => {
      app.use('/api', toNodeHandler(gateway));
    });
    const unmounted = await serve((app) => {
      app.use(toNodeHandler(gateway));
    });
    for (const base of [mounted, unmounted]) {
      const response = await fetch(`${base}/api/acme/x`);
      expect(await response.text()).toBe('upstream /v1/x');
    }
  });
});

describe('toNodeHandler in Express: next()', () => {
  it('passes requests no route takes to the next handler, valid or not, instead of a 404 problem', async () => {
    const base = await serve((app) => {
      app.use(toNodeHandler(gatewayFor('/acme')));
      app.get('/health', (_request, response) => {
        response.type('text/plain').send('ok');
      });
    });
    expect(await (await fetch(`${base}/health`)).text()).toBe('ok');
    const unknown = await fetch(`${base}/nowhere`);
    expect([unknown.status, unknown.headers.get('content-type'), await unknown.text()]).toEqual([404, 'text/plain; charset=utf-8', 'app 404']);
    // Prefixes match at a segment boundary: `/acmex` is the app's.
    expect(await (await fetch(`${base}/acmex`)).text()).toBe('app 404');
    expect(await (await fetch(`${base}/acme/ok`)).text()).toBe('upstream /v1/ok');
  });

  it('answers a route\'s requests itself, even those it refuses, and leaves the app\'s alone', async () => {
    const base = await serve((app) => {
      app.use(toNodeHandler(gatewayFor('/acme')));
    });
    const [status, body] = await rawRequest(base, 'TRACE', '/acme/x');
    expect(status).toBe(400);
    expect(JSON.parse(body)).toMatchObject({ type: 'urn:errata:gateway:bad-request' });
    expect(await rawRequest(base, 'TRACE', '/elsewhere')).toEqual([404, 'app 404']);
  });

  it('answers unrouted requests with its 404 problem when not given next (plain node:http)', async () => {
    const handler: NodeHandler = toNodeHandler(gatewayFor('/acme'));
    const server = createServer((request, response) => {
      handler(request, response);
    });
    servers.push(server);
    const response = await fetch(`${await listen(server)}/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ type: 'urn:errata:gateway:no-route' });
  });

  it('passes on unrouted requests for gateways not made by createGateway too (through match)', async () => {
    const inner = gatewayFor('/acme');
    const wrapped: Gateway = { handle: (request) => inner.handle(request), match: (request) => inner.match(request) };
    const base = await serve((app) => {
      app.use('/api', toNodeHandler(wrapped));
    });
    expect(await (await fetch(`${base}/api/x`)).text()).toBe('app 404');
    expect(await (await fetch(`${base}/acme/x`)).text()).toBe('app 404');
  });
});

describe('toNodeHandler in Express: after a body parser', () => {
  it('forwards the body express.json() parsed, re-serialized as JSON, with a correct length and no stale encoding', async () => {
    const base = await serve((app) => {
      app.use(express.json());
      app.use(toNodeHandler(gatewayFor('/acme')));
    });
    const sent = { name: 'Ana', tags: ['a', 'b'], nested: { n: 1.5, ok: true, none: null } };
    const response = await fetch(`${base}/acme/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `  ${JSON.stringify(sent, null, 2)}  ` });
    expect(response.status).toBe(200);
    const upstreamSaw = lastSeen();
    expect(JSON.parse(upstreamSaw?.body ?? '')).toEqual(sent);
    expect(upstreamSaw?.body).toBe(JSON.stringify(sent));
    expect(upstreamSaw?.headers['content-length']).toBe(String(Buffer.byteLength(JSON.stringify(sent))));
    expect(upstreamSaw?.headers['content-type']).toBe('application/json');

    // A gzip body: express.json() inflates it, so what goes upstream is plain JSON, not labelled gzip.
    await fetch(`${base}/acme/zipped`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: gzipSync('{"z":1}') });
    expect([lastSeen()?.path, lastSeen()?.body, lastSeen()?.headers['content-encoding']]).toEqual(['/v1/zipped', '{"z":1}', undefined]);
  });

  it('forwards the bytes express.raw() and the text express.text() kept, exactly', async () => {
    const base = await serve((app) => {
      app.use('/acme/raw', express.raw({ type: '*/*' }));
      app.use('/acme/text', express.text());
      app.use(toNodeHandler(gatewayFor('/acme')));
    });
    await fetch(`${base}/acme/raw`, { method: 'PUT', headers: { 'content-type': 'application/octet-stream' }, body: 'raw bytes ✓' });
    expect([lastSeen()?.path, lastSeen()?.body]).toEqual(['/v1/raw', 'raw bytes ✓']);
    await fetch(`${base}/acme/text`, { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'some text ✓' });
    expect([lastSeen()?.path, lastSeen()?.body]).toEqual(['/v1/text', 'some text ✓']);
  });

  it('still streams bodies a parser left alone (another content type)', async () => {
    const base = await serve((app) => {
      app.use(express.json());
      app.use(toNodeHandler(gatewayFor('/acme')));
    });
    await fetch(`${base}/acme/csv`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'a,b\n1,2\n' });
    expect([lastSeen()?.path, lastSeen()?.body]).toEqual(['/v1/csv', 'a,b\n1,2\n']);
  });

  it('refuses loudly, with a 500 body-consumed problem and the upstream never called, a body it cannot send as it came', async () => {
    const base = await serve((app) => {
      app.use(express.urlencoded());
      app.use('/acme/drained', (request, _response, next) => {
        // A middleware that reads the body and keeps nothing of it.
        request.on('data', () => undefined);
        request.on('end', () => {
          next();
        });
      });
      app.use(toNodeHandler(gatewayFor('/acme')));
    });
    const before = seen.length;
    events.length = 0;
    for (const [path, init] of [
      ['/acme/form', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1&b=2' }],
      ['/acme/drained', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"lost":true}' }],
    ] as const) {
      const response = await fetch(`${base}${path}`, init);
      expect(response.status, path).toBe(500);
      expect(await response.json()).toMatchObject({ type: 'urn:errata:gateway:body-consumed', vendor: 'gateway', code: 'body-consumed', kind: 'internal' });
    }
    expect(seen.length).toBe(before);
    // The operator learns why in onProblem (5xx problems keep the detail from clients).
    expect(events.map((event) => event.error.message)).toEqual([
      expect.stringContaining('application/x-www-form-urlencoded'),
      expect.stringContaining('nothing of it was kept'),
    ]);
    expect(events[0]?.error.message).toContain('mount the gateway before body parsers');
  });

  it('forwards a bodiless request behind a parser as it is', async () => {
    const base = await serve((app) => {
      app.use(express.json());
      app.use(toNodeHandler(gatewayFor('/acme')));
    });
    const response = await fetch(`${base}/acme/empty`, { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect([lastSeen()?.method, lastSeen()?.body]).toEqual(['DELETE', '']);
  });
});
