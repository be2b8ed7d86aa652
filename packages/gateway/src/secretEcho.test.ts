// Secrets planted in the request come back from the upstream in every position (message, nested
// issues, vendor details and their keys, the request id, WWW-Authenticate, Location) and in every
// form (as sent, decoded, percent-encoded in upper, lower and every-byte hex, form-encoded, base64
// at each byte offset, base64url). The client must get none of them. Over loopback on 127.0.0.1.
import { Buffer } from 'node:buffer';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echo } from './__fixtures__/vendors.ts';
import { createGateway } from './gateway.ts';
import { toNodeHandler } from './node.ts';

const LONG = {
  bearer: 'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
  apiKey: 'K3y-abcdefgh-1',
  session: 'S3ss10n+Value/77=',
  query: 'Acc/ess Tok=9é',
  operator: 'op-secret-2f9a71',
};
// Too short to mask in place: a string holding one as a token is replaced whole.
const SHORT = { pin: 'Zq9', proxyPassword: 'pw' };

function hexAll(text: string): string {
  return [...Buffer.from(text)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}

/** Every form an upstream might echo a secret in. */
function formsOf(secret: string): string[] {
  const encoded = encodeURIComponent(secret);
  return [
    secret,
    encoded,
    encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
    encoded.replaceAll('%20', '+'),
    hexAll(secret),
    Buffer.from(secret).toString('base64'),
    Buffer.from(secret).toString('base64url'),
    Buffer.from(`x${secret}yz`).toString('base64'),
    Buffer.from(`xy${secret}`).toString('base64url'),
    Buffer.from(`user:${secret}`).toString('base64'),
  ];
}

/** What must not appear for a long secret: its plain forms, and the base64 characters that depend on it alone, at each offset. */
function forbidden(secret: string): string[] {
  const bytes = Buffer.from(secret);
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const core = encoded.slice(Math.ceil((offset * 8) / 6), Math.floor(((offset + bytes.length) * 8) / 6));
    cores.push(core, core.replaceAll('+', '-').replaceAll('/', '_'));
  }
  const encoded = encodeURIComponent(secret);
  return [secret, encoded, encoded.toLowerCase(), hexAll(secret), ...cores];
}

/** The short secret as a whole token: not inside a longer run of letters and digits. */
function hasToken(text: string, token: string): boolean {
  return new RegExp(`(?<![A-Za-z0-9])${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`).test(text);
}

function percentDecoded(text: string): string {
  return text.replace(/(%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

function planted(req: IncomingMessage): string[] {
  const url = new URL(req.url ?? '/', 'http://upstream.invalid');
  // The upstream echoes what it received, so the test also proves the secrets really travelled.
  const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '');
  const cookies = Object.fromEntries((req.headers.cookie ?? '').split('; ').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
  return [bearer, String(req.headers['x-api-key']), cookies.session ?? '', cookies.pin ?? '', url.searchParams.get('access_token') ?? '', LONG.operator, SHORT.proxyPassword];
}

function upstream(): Server {
  return createServer((req, res) => {
    req.resume();
    const secrets = planted(req);
    const all = secrets.flatMap(formsOf);
    const [bearer = '', apiKey = ''] = secrets;
    const variant = new URL(req.url ?? '/', 'http://x').pathname;
    const body = {
      code: 'unauthorized',
      message: `rejected: ${all.join(' | ')}`,
      request_id: variant === '/v1/id' ? bearer : 'rid-7',
      issues: secrets.map((secret, index) => ({ field: `f${String(index)}`, message: `value ${secret} (${Buffer.from(secret).toString('base64')}) is wrong` })),
      details: {
        nested: { deeper: [{ echo: all }] },
        [apiKey]: 'a key named after the secret',
        numeric: 4321,
        plain: 'nothing secret here',
      },
    };
    const challenge =
      variant === '/v1/short'
        ? `Bearer realm="api", error="invalid_token", error_description="pin ${SHORT.pin} rejected"`
        : `Bearer realm="api", error="invalid_token", error_description="token ${bearer} (${Buffer.from(bearer).toString('base64')}) expired"`;
    const text = JSON.stringify(body);
    res.writeHead(401, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      'www-authenticate': challenge,
      location:
        variant === '/v1/id'
          ? `https://idp.test/login?k=${hexAll(apiKey)}`
          : `https://idp.test/login?continue=${encodeURIComponent(bearer)}&b64=${Buffer.from(`user:${bearer}`).toString('base64url')}`,
      'x-request-id': variant === '/v1/id' ? bearer : 'rid-7',
    });
    res.end(text);
  });
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve((server.address() as AddressInfo).port);
    });
  });
}

const servers: Server[] = [];
let base = '';

beforeAll(async () => {
  const origin = upstream();
  servers.push(origin);
  const gateway = createGateway({
    routes: [{ pathPrefix: '/echo', upstream: `http://127.0.0.1:${String(await listen(origin))}/v1`, vendor: echo }],
    keepErrorHeaders: ['www-authenticate', 'location', 'x-request-id'],
    secrets: { values: [LONG.operator] },
  });
  const front = createServer(toNodeHandler(gateway));
  servers.push(front);
  base = `http://127.0.0.1:${String(await listen(front))}`;
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

interface Seen {
  readonly status: number;
  readonly headers: [string, string][];
  readonly body: string;
  /** Header lines and body, as the client got them. */
  readonly text: string;
}

async function call(path: string): Promise<Seen> {
  const response = await fetch(`${base}/echo${path}?access_token=${encodeURIComponent(LONG.query)}&page=2`, {
    headers: {
      authorization: `Bearer ${LONG.bearer}`,
      'proxy-authorization': `Basic ${Buffer.from(`proxyuser:${SHORT.proxyPassword}`).toString('base64')}`,
      cookie: `session=${LONG.session}; pin=${SHORT.pin}`,
      'x-api-key': LONG.apiKey,
    },
  });
  const body = await response.text();
  const headers = [...response.headers];
  return { status: response.status, headers, body, text: `${headers.map(([name, value]) => `${name}: ${value}`).join('\n')}\n\n${body}` };
}

describe('secrets echoed by the upstream never reach the client', () => {
  it('long secrets: no form of any of them, anywhere in the answer', async () => {
    for (const path of ['/plain', '/id', '/short']) {
      const seen = await call(path);
      expect(seen.status).toBe(401);
      for (const secret of Object.values(LONG)) {
        for (const form of forbidden(secret)) expect(seen.text, `${path}: ${secret} as ${form}`).not.toContain(form);
        expect(percentDecoded(seen.text)).not.toContain(secret);
      }
    }
  });

  it('short secrets: never as a token, in the text or once percent-decoded', async () => {
    for (const path of ['/plain', '/id', '/short']) {
      const seen = await call(path);
      for (const secret of Object.values(SHORT)) {
        expect(hasToken(seen.text, secret), `${path}: ${secret}`).toBe(false);
        expect(hasToken(percentDecoded(seen.text), secret), `${path}: ${secret} decoded`).toBe(false);
      }
    }
  });

  it('the problem stays useful: masked in place where it can be, whole fields replaced only where a short secret sat', async () => {
    const seen = await call('/plain');
    const problem = JSON.parse(seen.body) as Record<string, unknown>;
    expect(problem).toMatchObject({ type: 'urn:errata:echo:unauthorized', status: 401, kind: 'unauthenticated', requestId: 'rid-7' });
    // The message held the short secrets too, so it is replaced whole; so are the issues that named them.
    expect(problem.detail).toBe('[redacted]');
    const issues = problem.issues as { message: string }[];
    expect(issues[0]?.message).toMatch(/^value \[redacted\] \(\S*\[redacted\]\S*\) is wrong$/);
    expect(issues[3]?.message).toBe('[redacted]');
    expect(problem.details).toMatchObject({ '[redacted]': 'a key named after the secret', numeric: 4321, plain: 'nothing secret here' });
    const headers = new Map(seen.headers);
    expect(headers.get('www-authenticate')).toMatch(/^Bearer realm="api", error="invalid_token", error_description="token \[redacted\] \(\S*\) expired"$/);
    expect(headers.get('location')).toMatch(/^https:\/\/idp\.test\/login\?continue=\[redacted\]&b64=/);
    expect(headers.get('x-request-id')).toBe('rid-7');
    expect(headers.get('x-upstream-request-id')).toBe('rid-7');
  });

  it('a request id that is a secret is masked in the body and left out of the headers', async () => {
    const seen = await call('/id');
    expect((JSON.parse(seen.body) as Record<string, unknown>).requestId).toBe('[redacted]');
    const names = seen.headers.map(([name]) => name);
    expect(names).not.toContain('x-upstream-request-id');
    expect(names).not.toContain('x-request-id');
  });

  it('a kept header with an echo that cannot be cut out in place (every byte percent-encoded) is dropped', async () => {
    const seen = await call('/id');
    expect(seen.headers.map(([name]) => name)).not.toContain('location');
  });

  it('a kept header that holds a short secret is dropped, not half-masked', async () => {
    const seen = await call('/short');
    expect(seen.headers.map(([name]) => name)).not.toContain('www-authenticate');
  });
});
