// End to end over real HTTP on 127.0.0.1: an upstream node:http server, the gateway served by
// toNodeHandler, and fetch as the client. Nothing leaves the machine.
import { createHash } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acme } from './__fixtures__/vendors.ts';
import { createGateway } from './gateway.ts';
import { toNodeHandler } from './node.ts';

const HUGE_BYTES = 1024 ** 3; // 1 GiB offered; the gateway must read only its cap of it.
const STREAM_BYTES = 3 * 1024 * 1024;
const CHUNK = new Uint8Array(64 * 1024).fill(120);

/** Deterministic bytes, so the pass-through can be checked byte for byte. */
function pattern(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const streamed = pattern(STREAM_BYTES, 7);
const upstreamState = { hugeSent: 0, hugeClosed: false, hangingClosed: 0, endlessClosed: false };
let releaseSlow: () => void = () => undefined;
const slowReleased = new Promise<void>((resolve) => {
  releaseSlow = resolve;
});

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function pump(res: ServerResponse, total: number, onSent: (bytes: number) => void): void {
  let sent = 0;
  const write = (): void => {
    while (sent < total && !res.destroyed) {
      sent += CHUNK.byteLength;
      onSent(CHUNK.byteLength);
      if (!res.write(CHUNK)) {
        res.once('drain', write);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  write();
}

async function upstream(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/v1/hang') {
    req.socket.once('close', () => (upstreamState.hangingClosed += 1));
    return; // never answers
  }
  if (path === '/v1/html') {
    res.writeHead(502, { 'content-type': 'text/html', server: 'cloudflare', 'cf-ray': '8a1b2c3d4e5f-AMS' });
    res.end('<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad gateway</h1></body></html>');
    return;
  }
  if (path === '/v1/huge') {
    res.once('close', () => (upstreamState.hugeClosed = true));
    res.writeHead(500, { 'content-type': 'application/json' });
    res.write('{"error":{"type":"internal","message":"');
    pump(res, HUGE_BYTES, (bytes) => (upstreamState.hugeSent += bytes));
    return;
  }
  if (path === '/v1/endless') {
    res.once('close', () => (upstreamState.endlessClosed = true));
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    pump(res, HUGE_BYTES, () => undefined);
    return;
  }
  if (path === '/v1/stream') {
    res.writeHead(200, [
      ['content-type', 'application/octet-stream'],
      ['x-custom', 'kept'],
      ['set-cookie', 'a=1; Path=/'],
      ['set-cookie', 'b=2; Path=/'],
      ['etag', '"v1"'],
    ]);
    for (let offset = 0; offset < streamed.byteLength; offset += 100_000) res.write(streamed.subarray(offset, offset + 100_000));
    res.end();
    return;
  }
  if (path === '/v1/slow') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('first;');
    await slowReleased;
    res.end('second');
    return;
  }
  if (path === '/v1/echo') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'x-echo-headers': JSON.stringify(req.headers) });
    res.end(Buffer.concat(chunks));
    return;
  }
  if (path === '/v1/limited') {
    json(res, 429, { error: { type: 'rate_limited', message: 'Too fast', retry_after: 1.5 } }, { 'acme-request-id': 'acme-77', 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '1.5' });
    return;
  }
  if (path === '/v1/secret') {
    const auth = req.headers.authorization ?? '';
    json(res, 401, { error: { type: 'unauthorized', message: `credential ${auth} rejected` } }, { 'set-cookie': ['track=upstream_cookie_secret; HttpOnly'], 'x-request-id': 'sec-1' });
    return;
  }
  if (path === '/v1/boom') {
    json(res, 500, { error: { type: 'internal', message: 'stack trace at /srv/app/db.js:42 host db-primary.internal' } });
    return;
  }
  const burst = /^\/v1\/burst\/(\d+)$/.exec(path);
  if (burst !== null) {
    const n = Number(burst[1]);
    await new Promise((resolve) => setTimeout(resolve, n % 7));
    if (n % 2 === 0) {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`ok ${String(n)}`);
    } else {
      json(res, 503, { error: { type: 'overloaded', message: 'busy' } }, { 'acme-request-id': `burst-${String(n)}`, 'retry-after': '1' });
    }
    return;
  }
  res.writeHead(404).end();
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${String((server.address() as AddressInfo).port)}`);
    });
  });
}

const upstreamServer = createServer((req, res) => void upstream(req, res));
let deadServerUrl = '';
let gatewayServer: Server | undefined;
let base = '';

beforeAll(async () => {
  const upstreamUrl = await listen(upstreamServer);
  // A port that was just free: nothing listens there any more.
  const dead = createServer();
  deadServerUrl = await listen(dead);
  await new Promise((resolve) => dead.close(resolve));
  const gateway = createGateway({
    routes: [
      { pathPrefix: '/acme', upstream: `${upstreamUrl}/v1`, vendor: acme },
      { pathPrefix: '/dead', upstream: deadServerUrl },
    ],
    timeoutMs: 400,
    maxErrorBodyBytes: 64 * 1024,
  });
  gatewayServer = createServer(toNodeHandler(gateway));
  base = await listen(gatewayServer);
});

afterAll(async () => {
  for (const server of [gatewayServer, upstreamServer]) {
    if (server === undefined) continue;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function problem(response: Response): Promise<Record<string, unknown>> {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return (await response.json()) as Record<string, unknown>;
}

describe('gateway over loopback HTTP', () => {
  it('turns an upstream that hangs into a 504 deadline-exceeded problem and closes the upstream call', async () => {
    const started = performance.now();
    const response = await fetch(`${base}/acme/hang`);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(response.status).toBe(504);
    expect(await problem(response)).toMatchObject({ vendor: 'network', code: 'timeout', kind: 'deadline-exceeded', retryable: true });
    await expect.poll(() => upstreamState.hangingClosed).toBeGreaterThanOrEqual(1);
  });

  it('turns an HTML 502 into an unavailable problem, keeping the cf-ray as request id', async () => {
    const response = await fetch(`${base}/acme/html`);
    expect(response.status).toBe(502);
    expect(response.headers.get('x-upstream-request-id')).toBe('8a1b2c3d4e5f-AMS');
    expect(response.headers.has('server')).toBe(false);
    const body = await problem(response);
    expect(body).toMatchObject({ type: 'urn:errata:http:502', vendor: 'http', code: 502, kind: 'unavailable', requestId: '8a1b2c3d4e5f-AMS' });
    expect(body).not.toHaveProperty('detail');
  });

  it('answers 502 unavailable for an upstream nobody listens on', async () => {
    const response = await fetch(`${base}/dead/x`);
    expect(response.status).toBe(502);
    expect(await problem(response)).toMatchObject({ vendor: 'network', code: 'unreachable', kind: 'unavailable' });
  });

  it('answers an error body far over the cap without buffering it, and stays bounded in memory', async () => {
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    try {
      const response = await fetch(`${base}/acme/huge`);
      expect(response.status).toBe(500);
      const body = await problem(response);
      expect(body).toMatchObject({ vendor: 'http', code: 500, kind: 'internal' });
      await expect.poll(() => upstreamState.hugeClosed, { timeout: 5000 }).toBe(true);
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    // Of the 1 GiB offered, only the cap plus socket buffers ever left the upstream.
    expect(upstreamState.hugeSent).toBeLessThan(32 * 1024 * 1024);
    expect(peak - baseline).toBeLessThan(96 * 1024 * 1024);
    // And the gateway still serves.
    expect((await fetch(`${base}/acme/limited`)).status).toBe(429);
  });

  it('passes a streamed success through byte for byte with its headers', async () => {
    const response = await fetch(`${base}/acme/stream`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-custom')).toBe('kept');
    expect(response.headers.get('etag')).toBe('"v1"');
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes.byteLength).toBe(STREAM_BYTES);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(createHash('sha256').update(streamed).digest('hex'));
  });

  it('streams: the first bytes arrive before the upstream has finished', async () => {
    const response = await fetch(`${base}/acme/slow`);
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('first;');
    releaseSlow();
    let rest = '';
    for (let next = await reader.read(); !next.done; next = await reader.read()) rest += new TextDecoder().decode(next.value);
    expect(rest).toBe('second');
  });

  it('streams a request body upstream byte for byte', async () => {
    const payload = pattern(512 * 1024, 3);
    const response = await fetch(`${base}/acme/echo`, { method: 'PUT', body: payload, headers: { 'x-trace': 'abc' } });
    const echoed = new Uint8Array(await response.arrayBuffer());
    expect(createHash('sha256').update(echoed).digest('hex')).toBe(createHash('sha256').update(payload).digest('hex'));
    const seen = JSON.parse(response.headers.get('x-echo-headers') ?? '{}') as Record<string, string>;
    expect(seen['x-trace']).toBe('abc');
  });

  it('drops hop-by-hop request headers, including those a Connection header names', async () => {
    // fetch refuses to send `connection`, so this client speaks node:http directly.
    const seen = await new Promise<Record<string, string>>((resolve, reject) => {
      const req = httpRequest(`${base}/acme/echo`, { method: 'POST', headers: { connection: 'keep-alive, x-private', 'x-private': 'hop', 'x-public': 'end-to-end', 'keep-alive': 'timeout=5' } }, (res) => {
        res.resume();
        resolve(JSON.parse(res.headers['x-echo-headers'] as string) as Record<string, string>);
      });
      req.on('error', reject);
      req.end('body');
    });
    expect(seen['x-public']).toBe('end-to-end');
    expect(seen['x-private']).toBeUndefined();
    expect(seen['keep-alive']).toBeUndefined();
  });

  it('recomputes Retry-After and writes IETF rate-limit headers from a vendor 429', async () => {
    const response = await fetch(`${base}/acme/limited`);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(response.headers.get('ratelimit')).toBe('"default";r=0;t=2');
    expect(response.headers.get('ratelimit-policy')).toBe('"default";q=5');
    expect(response.headers.has('x-ratelimit-limit')).toBe(false);
    expect(await problem(response)).toMatchObject({ type: 'urn:errata:acme:rate_limited', kind: 'resource-exhausted', retryAfterMs: 1500, requestId: 'acme-77' });
  });

  it('leaks no secrets: no upstream set-cookie, no reflected authorization, no 5xx internals', async () => {
    const token = 'sk_live_51Habcdefghijklmnop';
    const denied = await fetch(`${base}/acme/secret`, { headers: { authorization: `Bearer ${token}` } });
    expect(denied.status).toBe(401);
    expect(denied.headers.has('set-cookie')).toBe(false);
    const text = await denied.text();
    expect(text).not.toContain(token);
    expect(text).not.toContain('upstream_cookie_secret');
    // Problems carry their length, so they are not chunked.
    expect(Number(denied.headers.get('content-length'))).toBe(new TextEncoder().encode(text).byteLength);
    expect(JSON.parse(text)).toMatchObject({ code: 'unauthorized', requestId: 'sec-1' });
    const boom = await fetch(`${base}/acme/boom`);
    const boomText = await boom.text();
    expect(boom.status).toBe(500);
    expect(boomText).not.toContain('db-primary');
    expect(boomText).not.toContain('/srv/app');
  });

  it('aborts the upstream call when the client disconnects mid-stream', async () => {
    const client = new AbortController();
    const response = await fetch(`${base}/acme/endless`, { signal: client.signal });
    const reader = response.body!.getReader();
    await reader.read();
    client.abort();
    await expect.poll(() => upstreamState.endlessClosed, { timeout: 5000 }).toBe(true);
  });

  it('loses none of a burst of 200 concurrent requests, successes and errors mixed', async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, async (_, n) => {
        const response = await fetch(`${base}/acme/burst/${String(n)}`);
        return { n, status: response.status, type: response.headers.get('content-type'), text: await response.text() };
      }),
    );
    expect(results).toHaveLength(200);
    for (const { n, status, type, text } of results) {
      if (n % 2 === 0) {
        expect([status, text]).toEqual([200, `ok ${String(n)}`]);
      } else {
        expect(status).toBe(503);
        expect(type).toBe('application/problem+json');
        expect(JSON.parse(text)).toMatchObject({ code: 'overloaded', requestId: `burst-${String(n)}`, retryAfterMs: 1000 });
      }
    }
  });
});
