// The Host header cannot steer the gateway: attack requests written byte for byte on a raw socket
// to a gateway served by toNodeHandler, all on 127.0.0.1. Two upstreams tell which route served a
// request: one behind `/admin`, one behind `/d`.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from './gateway.ts';
import { isValidHost } from './host.ts';
import { toNodeHandler } from './node.ts';

interface Seen {
  readonly upstream: 'admin' | 'd';
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

const seen: Seen[] = [];
const problems: { status: number; url: string; method: string }[] = [];

function upstream(name: Seen['upstream']): Server {
  return createServer((req, res) => {
    seen.push({ upstream: name, url: req.url ?? '', headers: req.headers });
    req.resume();
    const body = `${name} ${req.url ?? ''}`;
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve((server.address() as AddressInfo).port);
    });
  });
}

interface RawAnswer {
  readonly status: number;
  readonly head: string;
  readonly body: string;
}

/** Sends `request` as written and reads the answer until the server closes (every request says `Connection: close`). */
function raw(port: number, request: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    // Written, not ended: a half-closed client may lose an answer that waits on the upstream.
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.write(request);
    });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const head = split < 0 ? text : text.slice(0, split);
      resolve({ status: Number(head.split(' ')[1]), head: head.toLowerCase(), body: split < 0 ? '' : text.slice(split + 4) });
    });
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer in 5 s')));
  });
}

const servers: Server[] = [];
let port = 0;

beforeAll(async () => {
  const admin = upstream('admin');
  const d = upstream('d');
  servers.push(admin, d);
  const gateway = createGateway({
    routes: [
      { pathPrefix: '/admin', upstream: `http://127.0.0.1:${String(await listen(admin))}` },
      { pathPrefix: '/d', upstream: `http://127.0.0.1:${String(await listen(d))}` },
    ],
    timeoutMs: 3000,
    onProblem: ({ status, request }) => {
      problems.push({ status, url: request.url, method: request.method });
    },
  });
  const front = createServer(toNodeHandler(gateway));
  servers.push(front);
  port = await listen(front);
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

function get(target: string, headerLines: readonly string[]): string {
  return `GET ${target} HTTP/1.1\r\n${headerLines.map((line) => `${line}\r\n`).join('')}Connection: close\r\n\r\n`;
}

function expectBadRequest(answer: RawAnswer): void {
  expect(answer.status).toBe(400);
  expect(answer.head).toContain('content-type: application/problem+json');
  expect(JSON.parse(answer.body)).toMatchObject({ type: 'urn:errata:gateway:bad-request', status: 400, kind: 'invalid-argument' });
}

describe('the Host header over a raw socket', () => {
  it('a Host that smuggles a path and query gets 400, and no upstream is called (it used to reach /admin)', async () => {
    const before = seen.length;
    expectBadRequest(await raw(port, get('/d/ok', [`Host: 127.0.0.1:${String(port)}/admin/x?`])));
    expect(seen.length).toBe(before);
    // onProblem still gets the request, its URL built without the bad Host.
    expect(problems.at(-1)).toEqual({ status: 400, url: 'http://localhost/d/ok', method: 'GET' });
  });

  it('a Host with a fragment, user info, a backslash, spaces or a bad port gets 400 (`h#` used to erase the path)', async () => {
    const before = seen.length;
    for (const host of ['h#', 'h#/admin', 'user@h', 'h\\admin', 'h x', 'h:80/admin', 'h:http', 'h:70000', '[::1', 'h?x=1', 'h%zz']) {
      expectBadRequest(await raw(port, get('/d/ok', [`Host: ${host}`])));
    }
    expect(seen.length).toBe(before);
  });

  it('two Host fields get 400', async () => {
    expectBadRequest(await raw(port, get('/d/ok', ['Host: 127.0.0.1', 'Host: 127.0.0.1/admin'])));
  });

  it('any valid Host is served by the route the path names', async () => {
    for (const host of ['127.0.0.1', `127.0.0.1:${String(port)}`, 'localhost', 'admin', 'admin.internal:443', '[::1]:8080', 'xn--bcher-kva.example', '']) {
      const answer = await raw(port, get('/d/ok?x=1', [`Host: ${host}`]));
      expect(answer.status, host).toBe(200);
      expect(answer.body).toBe('d /ok?x=1');
    }
  });

  it('an absolute-form target is routed by its path; its authority is ignored', async () => {
    const answer = await raw(port, get(`http://127.0.0.1:${String(port)}/d/from-absolute`, ['Host: admin.internal']));
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('d /from-absolute');
  });

  it('X-Forwarded-*, Forwarded and URL-override headers never route; they reach the upstream unchanged', async () => {
    const answer = await raw(
      port,
      get('/d/plain', [
        'Host: 127.0.0.1',
        'X-Forwarded-Host: 127.0.0.1/admin/x?',
        'X-Forwarded-Proto: https',
        'X-Forwarded-Prefix: /admin',
        'X-Forwarded-For: 203.0.113.9',
        'Forwarded: for=203.0.113.9;host=admin;proto=https',
        'X-Original-URL: /admin/x',
        'X-Rewrite-URL: /admin/x',
      ]),
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('d /plain');
    const last = seen.at(-1);
    expect(last?.upstream).toBe('d');
    expect(last?.headers['x-forwarded-for']).toBe('203.0.113.9');
    expect(last?.headers['x-forwarded-host']).toBe('127.0.0.1/admin/x?');
    // fetch sets the upstream's own Host; the client's never travels on.
    expect(last?.headers.host).toMatch(/^127\.0\.0\.1:\d+$/);
  });
});

describe('isValidHost', () => {
  it('accepts host[:port] per RFC 3986 and nothing else', () => {
    for (const host of ['a', 'example.com', 'EXAMPLE.com:8080', '127.0.0.1:0', '[::1]', '[2001:db8::1]:443', 'a-b_c~d!$&\'()*+,;=e', 'h%41', 'h:', '']) expect(isValidHost(host), host).toBe(true);
    for (const host of ['/', 'h/', 'h?', 'h#', 'u@h', 'h h', 'h\t', 'h\\', 'h:1:2', 'h:-1', '[::1]x', '[]', '[g::1]', ':80', 'h%4', 'é.example', 'h"', 'h<', 'a'.repeat(300)]) {
      expect(isValidHost(host), host).toBe(false);
    }
  });

  it('never accepts a value holding a character that could start a path, query, fragment or user info', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('/', '?', '#', '@', ' ', '\\', '\r', '\n'), fc.string(), (before, bad, after) => {
        expect(isValidHost(`${before}${bad}${after}`)).toBe(false);
      }),
    );
  });

  it('accepts every generated reg-name with an optional port', () => {
    const regName = fc.stringMatching(/^[A-Za-z0-9\-._~!$&'()*+,;=]{1,60}$/);
    fc.assert(
      fc.property(regName, fc.option(fc.integer({ min: 0, max: 65_535 }), { nil: undefined }), (name, portNumber) => {
        expect(isValidHost(portNumber === undefined ? name : `${name}:${String(portNumber)}`)).toBe(true);
      }),
    );
  });
});

describe('requests fetch cannot forward, over a raw socket', () => {
  it('TRACE gets 400 bad-request, not a 502, and onProblem still sees the request', async () => {
    const answer = await raw(port, 'TRACE /d/ok HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    expectBadRequest(answer);
    expect(JSON.parse(answer.body)).toMatchObject({ detail: 'The method TRACE cannot be forwarded' });
    expect(problems.at(-1)).toMatchObject({ status: 400, url: 'http://localhost/d/ok' });
  });
});
