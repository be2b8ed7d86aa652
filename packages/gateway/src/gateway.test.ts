import { buildResponse } from '@errata/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { createRedactor, createRegistry, toProblem } from '@errata/core';
import { createApiError, defineVendor, type ApiError } from '@errata/core/vendor';
import { acme, broken, echo, stat } from './__fixtures__/vendors.ts';
import { createGateway } from './gateway.ts';
import { inProcessFetch, type UpstreamHandler } from './testing.ts';
import type { GatewayOptions, ProblemEvent } from './types.ts';

const ACME = 'https://acme.test';
const STAT = 'https://stat.test';

function gatewayWith(handler: UpstreamHandler, options: Partial<GatewayOptions> = {}): ReturnType<typeof createGateway> {
  return createGateway({
    routes: [
      { pathPrefix: '/acme', upstream: `${ACME}/v2`, vendor: acme },
      { pathPrefix: '/stat', upstream: STAT, vendor: stat, inspectSuccess: true },
      { pathPrefix: '/plain', upstream: 'https://plain.test' },
    ],
    fetch: inProcessFetch({ [ACME]: handler, [STAT]: handler, 'https://plain.test': handler }),
    ...options,
  });
}

async function problemOf(response: Response): Promise<Record<string, unknown>> {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return (await response.json()) as Record<string, unknown>;
}

describe('createGateway: forwarding', () => {
  it('sends the method, path below the prefix, query, headers and body to the upstream', async () => {
    let seen: { url: string; method: string; headers: Headers; body: string } | undefined;
    const gateway = gatewayWith(async (request) => {
      seen = { url: request.url, method: request.method, headers: request.headers, body: await request.text() };
      return new Response('ok');
    });
    const response = await gateway.handle(
      new Request('http://gw.local/acme/users/7?expand=1', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-trace': 't1', connection: 'x-hop', 'x-hop': 'drop me', 'keep-alive': 'timeout=5', 'proxy-authorization': 'Basic Zm9vOmJhcg==' },
        body: '{"name":"a"}',
      }),
    );
    expect(await response.text()).toBe('ok');
    expect(seen?.url).toBe('https://acme.test/v2/users/7?expand=1');
    expect(seen?.method).toBe('POST');
    expect(seen?.body).toBe('{"name":"a"}');
    expect(seen?.headers.get('x-trace')).toBe('t1');
    expect(seen?.headers.get('content-type')).toBe('application/json');
    for (const hop of ['connection', 'x-hop', 'keep-alive', 'proxy-authorization']) expect(seen?.headers.has(hop)).toBe(false);
  });

  it('keeps the prefix when stripPrefix is false and never leaves the upstream origin', async () => {
    const urls: string[] = [];
    const gateway = createGateway({
      routes: [{ pathPrefix: '/keep/', upstream: 'https://keep.test/base/', stripPrefix: false }],
      fetch: inProcessFetch({
        'https://keep.test': (request) => {
          urls.push(request.url);
          return new Response('');
        },
      }),
    });
    await gateway.handle(new Request('http://gw.local/keep/a'));
    await gateway.handle(new Request('http://gw.local/keep//evil.test/x'));
    expect(urls).toEqual(['https://keep.test/base/keep/a', 'https://keep.test/base/keep//evil.test/x']);
  });

  it('passes successes through untouched: status, body, headers (cookies too), minus hop-by-hop', async () => {
    const gateway = gatewayWith(() => {
      const headers = new Headers({ 'content-type': 'application/octet-stream', 'x-custom': 'yes', connection: 'close', 'keep-alive': 'timeout=1' });
      headers.append('set-cookie', 'a=1; Path=/');
      headers.append('set-cookie', 'b=2; Path=/');
      return new Response(new Uint8Array([0, 1, 2, 255]), { status: 201, statusText: 'Made', headers });
    });
    const response = await gateway.handle(new Request('http://gw.local/acme/x'));
    expect(response.status).toBe(201);
    expect(response.statusText).toBe('Made');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0, 1, 2, 255]));
    expect(response.headers.get('x-custom')).toBe('yes');
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    expect(response.headers.has('connection')).toBe(false);
    expect(response.headers.has('keep-alive')).toBe(false);
  });

  it('hands the upstream body stream on without reading it', async () => {
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        controller.enqueue(new Uint8Array(10));
        if (pulls === 3) controller.close();
      },
    });
    const gateway = gatewayWith(() => new Response(body));
    const response = await gateway.handle(new Request('http://gw.local/acme/stream'));
    const before = pulls;
    expect((await response.arrayBuffer()).byteLength).toBe(30);
    expect(before).toBeLessThanOrEqual(1);
  });

  it('drops content-encoding and content-length of bodies fetch has decoded, unless told otherwise', async () => {
    const handler: UpstreamHandler = () => new Response('plain', { headers: { 'content-encoding': 'gzip', 'content-length': '5' } });
    const decoded = await gatewayWith(handler).handle(new Request('http://gw.local/acme/z'));
    expect(decoded.headers.has('content-encoding')).toBe(false);
    expect(decoded.headers.has('content-length')).toBe(false);
    const raw = await gatewayWith(handler, { fetchDecodes: false }).handle(new Request('http://gw.local/acme/z'));
    expect(raw.headers.get('content-encoding')).toBe('gzip');
  });

  it('passes redirects, 204 and HEAD answers on as they are', async () => {
    const gateway = gatewayWith((request) =>
      request.url.endsWith('/moved')
        ? new Response(null, { status: 302, headers: { location: '/elsewhere' } })
        : request.url.endsWith('/empty')
          ? new Response(null, { status: 204 })
          : new Response('body', { headers: { 'x-size': '4' } }),
    );
    const moved = await gateway.handle(new Request('http://gw.local/acme/moved'));
    expect([moved.status, moved.headers.get('location')]).toEqual([302, '/elsewhere']);
    expect((await gateway.handle(new Request('http://gw.local/acme/empty'))).status).toBe(204);
    const head = await gateway.handle(new Request('http://gw.local/acme/h', { method: 'HEAD' }));
    expect([head.status, head.body, head.headers.get('x-size')]).toEqual([200, null, '4']);
  });

  it('routes on the path only, whatever the Host header says, and answers 404 no-route when no prefix matches', async () => {
    const gateway = createGateway({
      routes: [
        { pathPrefix: '/admin', upstream: 'https://admin.test' },
        { pathPrefix: '/d', upstream: ACME, vendor: acme },
      ],
      fetch: inProcessFetch({ [ACME]: (r) => new Response(`acme ${new URL(r.url).pathname}`), 'https://admin.test': () => new Response('admin') }),
    });
    for (const host of ['gw.local', 'admin.test', 'api.acme.example:8443', '[::1]:80']) {
      const request = new Request('http://gw.local/d/ok', { headers: { host } });
      expect(await (await gateway.handle(request)).text()).toBe('acme /ok');
      expect(gateway.match(request)?.pathPrefix).toBe('/d');
    }
    const missing = await gateway.handle(new Request('http://admin.test/x'));
    expect(missing.status).toBe(404);
    expect(await problemOf(missing)).toMatchObject({ type: 'urn:errata:gateway:no-route', vendor: 'gateway', code: 'no-route', kind: 'not-found' });
  });

  it('answers 400 bad-request for a Host header that is not a host[:port], before routing', async () => {
    let calls = 0;
    const gateway = createGateway({
      routes: [{ upstream: ACME }],
      fetch: inProcessFetch({
        [ACME]: () => {
          calls += 1;
          return new Response('reached');
        },
      }),
    });
    for (const host of ['127.0.0.1:8080/admin/x?', 'h#', 'user@h', 'h h', 'h:80x', 'h\\x', '[::1', 'h:99999']) {
      const request = new Request('http://gw.local/d/ok', { headers: { host } });
      const response = await gateway.handle(request);
      expect(response.status, host).toBe(400);
      expect(await problemOf(response)).toMatchObject({ type: 'urn:errata:gateway:bad-request', kind: 'invalid-argument', detail: 'The Host header is not a valid host[:port]' });
      expect(gateway.match(request)).toBeUndefined();
    }
    expect(calls).toBe(0);
  });

  it('refuses unusable upstream URLs when it is created', () => {
    expect(() => createGateway({ routes: [{ upstream: 'not a url' }] })).toThrow(TypeError);
    expect(() => createGateway({ routes: [{ upstream: 'ftp://x.test' }] })).toThrow(TypeError);
    expect(() => createGateway({ routes: [{ upstream: 'https://x.test/?q=1' }] })).toThrow(TypeError);
  });
});

describe('createGateway: upstream errors become problems', () => {
  it('normalizes a vendor error: type per code, kind, Retry-After, IETF rate limits, request id', async () => {
    const gateway = gatewayWith(() =>
      buildResponse({
        status: 429,
        headers: { 'acme-request-id': 'req-42', 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '7.5', 'x-ratelimit-bucket': 'chat' },
        body: { error: { type: 'rate_limited', message: 'Slow down', retry_after: 2.2 } },
      }),
    );
    const response = await gateway.handle(new Request('http://gw.local/acme/send'));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(response.headers.get('ratelimit')).toBe('"chat";r=0;t=8');
    expect(response.headers.get('ratelimit-policy')).toBe('"chat";q=100');
    expect(response.headers.get('x-upstream-request-id')).toBe('req-42');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const problem = await problemOf(response);
    expect(problem).toMatchObject({
      type: 'urn:errata:acme:rate_limited',
      status: 429,
      detail: 'Slow down',
      vendor: 'acme',
      code: 'rate_limited',
      kind: 'resource-exhausted',
      action: 'retry-after',
      retryable: true,
      retryAfterMs: 2200,
      requestId: 'req-42',
      rateLimit: { limit: 100, remaining: 0, resetAfterMs: 7500, bucket: 'chat' },
    });
  });

  it('keeps field issues and the developer detail on 4xx', async () => {
    const gateway = gatewayWith(() =>
      buildResponse({ status: 422, body: { error: { type: 'invalid_request', message: 'Bad fields', fields: [{ name: 'email', problem: 'is not an address' }] } } }),
    );
    const problem = await problemOf(await gateway.handle(new Request('http://gw.local/acme/u', { method: 'POST', body: '{}' })));
    expect(problem).toMatchObject({ status: 422, kind: 'invalid-argument', detail: 'Bad fields', issues: [{ path: ['email'], code: 'invalid', message: 'is not an address' }] });
  });

  it('drops the detail on 5xx unless exposeDetail is set', async () => {
    const handler: UpstreamHandler = () => buildResponse({ status: 500, body: { error: { type: 'internal', message: 'db at 10.1.2.3 refused' } } });
    const hidden = await problemOf(await gatewayWith(handler).handle(new Request('http://gw.local/acme/x')));
    expect(hidden).toMatchObject({ status: 500, kind: 'internal', vendor: 'acme' });
    expect(hidden).not.toHaveProperty('detail');
    expect(JSON.stringify(hidden)).not.toContain('10.1.2.3');
    const shown = await problemOf(await gatewayWith(handler, { exposeDetail: true }).handle(new Request('http://gw.local/acme/x')));
    expect(shown.detail).toBe('db at 10.1.2.3 refused');
  });

  it('turns bodies that are not the vendor format (HTML, empty, truncated JSON) into generic problems', async () => {
    const bodies: Record<string, Response> = {
      html: buildResponse({ status: 502, body: '<html><body>Bad gateway</body></html>', contentType: 'text/html' }),
      empty: new Response(null, { status: 503, headers: { 'retry-after': '30' } }),
      truncated: buildResponse({ status: 400, body: '{"error": {"type": "inval', contentType: 'application/json' }),
    };
    const gateway = gatewayWith((request) => bodies[new URL(request.url).pathname.slice(4)] ?? new Response('?'));
    const html = await gateway.handle(new Request('http://gw.local/acme/html'));
    expect(html.status).toBe(502);
    expect(await problemOf(html)).toMatchObject({ type: 'urn:errata:http:502', vendor: 'http', code: 502, kind: 'unavailable', retryable: true });
    const empty = await gateway.handle(new Request('http://gw.local/acme/empty'));
    expect(empty.headers.get('retry-after')).toBe('30');
    expect(await problemOf(empty)).toMatchObject({ status: 503, kind: 'unavailable', retryAfterMs: 30_000 });
    expect(await problemOf(await gateway.handle(new Request('http://gw.local/acme/truncated')))).toMatchObject({ status: 400, vendor: 'http', kind: 'invalid-argument' });
  });

  it('uses the generic HTTP error on routes without a vendor and when a vendor parser throws', async () => {
    const plain = await gatewayWith(() => buildResponse({ status: 404, body: { message: 'No such thing' } })).handle(new Request('http://gw.local/plain/x'));
    expect(await problemOf(plain)).toMatchObject({ status: 404, vendor: 'http', code: 404, kind: 'not-found', detail: 'No such thing' });
    const gateway = createGateway({ routes: [{ upstream: ACME, vendor: broken }], fetch: inProcessFetch({ [ACME]: () => buildResponse({ status: 409, body: { a: 1 } }) }) });
    expect(await problemOf(await gateway.handle(new Request('http://gw.local/x')))).toMatchObject({ status: 409, vendor: 'http', kind: 'aborted' });
  });

  it('reads errors sent with 2xx on routes that inspect successes, and passes real successes on', async () => {
    const gateway = gatewayWith((request) =>
      request.url.endsWith('/missing') ? buildResponse({ status: 200, body: { stat: 'error', code: 310, error: 'record_not_found' } }) : buildResponse({ status: 200, body: { stat: 'ok', id: 1 } }),
    );
    const error = await gateway.handle(new Request('http://gw.local/stat/missing'));
    expect(error.status).toBe(404);
    expect(await problemOf(error)).toMatchObject({ type: 'urn:errata:stat:310', kind: 'not-found', upstreamStatus: 200 });
    const ok = await gateway.handle(new Request('http://gw.local/stat/found'));
    expect([ok.status, await ok.text()]).toEqual([200, '{"stat":"ok","id":1}']);
    // Without inspectSuccess the same body passes through: the vendor was not asked.
    const passed = await gatewayWith(() => buildResponse({ status: 200, body: { stat: 'error', code: 310 } })).handle(new Request('http://gw.local/acme/x'));
    expect(passed.status).toBe(200);
  });

  it('reads at most maxErrorBodyBytes of an error body, then cancels the upstream body', async () => {
    let sent = 0;
    let cancelled = false;
    const huge = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 4096;
        controller.enqueue(new Uint8Array(4096).fill(120));
      },
      cancel() {
        cancelled = true;
      },
    });
    const gateway = gatewayWith(() => new Response(huge, { status: 500, headers: { 'content-type': 'text/plain' } }), { maxErrorBodyBytes: 16_384 });
    const response = await gateway.handle(new Request('http://gw.local/acme/huge'));
    expect(response.status).toBe(500);
    await problemOf(response);
    await vi.waitFor(() => {
      expect(cancelled).toBe(true);
    });
    expect(sent).toBeLessThanOrEqual(16_384 + 3 * 4096);
  });

  it('applies typeBase, statusOf, keepErrorHeaders and reports every problem to onProblem', async () => {
    const events: ProblemEvent[] = [];
    const gateway = gatewayWith(
      () => buildResponse({ status: 401, headers: { 'www-authenticate': 'Bearer realm="acme"', 'set-cookie': 'sid=1', 'x-internal': 'node-7' }, body: { error: { type: 'unauthorized' } } }),
      {
        problemTypeBase: 'https://errors.example/',
        statusOf: (error) => (error.kind === 'unauthenticated' ? 502 : undefined),
        keepErrorHeaders: ['WWW-Authenticate', 'set-cookie', 'content-type'],
        onProblem: (event) => {
          events.push(event);
          throw new Error('a logging bug must not matter');
        },
      },
    );
    const response = await gateway.handle(new Request('http://gw.local/acme/me'));
    expect(response.status).toBe(502);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="acme"');
    expect(response.headers.has('set-cookie')).toBe(false);
    expect(response.headers.has('x-internal')).toBe(false);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await problemOf(response)).toMatchObject({ type: 'https://errors.example/acme:unauthorized', status: 502, upstreamStatus: 401 });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ status: 502, route: { pathPrefix: '/acme' } });
    expect(events[0]?.error.vendor).toBe('acme');
  });
});

describe('createGateway: secrets', () => {
  it('never repeats request credentials or upstream cookies, even when the upstream echoes them', async () => {
    const token = 'tok_live_9f8e7d6c5b4a';
    const gateway = gatewayWith(() =>
      buildResponse({
        status: 403,
        headers: { 'set-cookie': 'session=cookie_secret_value; HttpOnly', 'x-request-id': 'rid-1' },
        body: { error: { type: 'forbidden', message: `key ${token} and cookie cookie_secret_value and api k3y-abcdefgh-1 lack scope` } },
      }),
    );
    const response = await gateway.handle(
      new Request('http://gw.local/acme/admin?api_key=k3y-abcdefgh-1', { headers: { authorization: `Bearer ${token}`, cookie: 'pref=dark-mode-1' } }),
    );
    const text = await response.text();
    expect(response.headers.has('set-cookie')).toBe(false);
    expect(text).not.toContain(token);
    expect(text).not.toContain('cookie_secret_value');
    expect(text).not.toContain('k3y-abcdefgh-1');
    expect(JSON.parse(text)).toMatchObject({ detail: 'key [redacted] and cookie [redacted] and api [redacted] lack scope', requestId: 'rid-1' });
  });
});

describe('createGateway: secrets handed to core', () => {
  it('the error onProblem gets masks the request\'s secrets on its own surfaces (message, toJSON, toProblem)', async () => {
    const token = 'tok_live_9f8e7d6c5b4a';
    const tenant = 'tenant-secret-4242';
    const operator = 'op-key-7f7f7f7f';
    const events: ProblemEvent[] = [];
    const gateway = gatewayWith(
      () => buildResponse({ status: 403, body: { error: { type: 'forbidden', message: `key ${token}, tenant ${tenant}, ours ${operator}` } } }),
      { secrets: { values: [operator], headers: ['x-tenant-token'] }, onProblem: (event) => events.push(event) },
    );
    await gateway.handle(new Request('http://gw.local/acme/x', { headers: { authorization: `Bearer ${token}`, 'x-tenant-token': tenant } }));
    const error = events[0]?.error;
    expect(error?.message).toBe('key [redacted], tenant [redacted], ours [redacted]');
    for (const surface of [JSON.stringify(error?.toJSON()), JSON.stringify(error?.toProblem()), String(error)]) {
      for (const secret of [token, tenant, operator]) expect(surface).not.toContain(secret);
    }
  });
});

describe('createGateway: network failures', () => {
  it('answers 504 deadline-exceeded when the upstream does not answer in time', async () => {
    const gateway = gatewayWith(() => new Promise<Response>(() => undefined), { timeoutMs: 50 });
    const started = Date.now();
    const response = await gateway.handle(new Request('http://gw.local/acme/slow'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(response.status).toBe(504);
    expect(await problemOf(response)).toMatchObject({ type: 'urn:errata:network:timeout', vendor: 'network', code: 'timeout', kind: 'deadline-exceeded', retryable: true });
  });

  // A custom fetch may ignore the signal, or lose it: fetch's `Request` follows the signal it was
  // built with through a weak reference, so once that `Request` is collected while the upstream
  // hangs, the abort never reaches it. The deadline must not depend on either. (Found in the
  // example's tour, where a garbage collection during the hang left the gateway waiting forever.)
  it('answers 504 at the deadline even when a custom fetch ignores the signal', async () => {
    let late: ((response: Response) => void) | undefined;
    let lateCancelled = false;
    const gateway = createGateway({
      routes: [{ upstream: ACME, vendor: acme }],
      timeoutMs: 50,
      fetch: () =>
        new Promise<Response>((resolve) => {
          late = resolve;
        }),
    });
    const response = await Promise.race([gateway.handle(new Request('http://gw.local/x')), new Promise<undefined>((resolve) => setTimeout(resolve, 3000))]);
    expect(response?.status).toBe(504);
    expect(await response?.json()).toMatchObject({ type: 'urn:errata:network:timeout', kind: 'deadline-exceeded' });
    // An answer after the deadline is not left holding its body open.
    late?.(new Response(new ReadableStream({ cancel: () => void (lateCancelled = true) }), { status: 200 }));
    await expect.poll(() => lateCancelled).toBe(true);
  });

  it('gives up on an error body that never ends when the deadline passes', async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"error":'));
      },
    });
    const gateway = gatewayWith(() => new Response(stalled, { status: 500 }), { timeoutMs: 50 });
    // The in-process stream ignores the abort, so only the gateway's own deadline ends the read.
    const response = await Promise.race([gateway.handle(new Request('http://gw.local/acme/stall')), new Promise<undefined>((resolve) => setTimeout(resolve, 3000))]);
    expect(response?.status).toBe(500);
  });

  it('honours a per-route timeout', async () => {
    const gateway = createGateway({
      routes: [{ upstream: ACME, timeoutMs: 30 }],
      timeoutMs: 60_000,
      fetch: inProcessFetch({ [ACME]: () => new Promise<Response>(() => undefined) }),
    });
    expect((await gateway.handle(new Request('http://gw.local/x'))).status).toBe(504);
  });

  it('answers 502 unavailable when the upstream cannot be reached or the fetch function throws', async () => {
    const unreachable = createGateway({ routes: [{ upstream: 'https://nowhere.test' }], fetch: inProcessFetch({}) });
    const response = await unreachable.handle(new Request('http://gw.local/x'));
    expect(response.status).toBe(502);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ type: 'urn:errata:network:unreachable', kind: 'unavailable', retryable: true });
    expect(problem).not.toHaveProperty('upstreamStatus');
    const throwing = createGateway({
      routes: [{ upstream: ACME, vendor: acme }],
      fetch: () => {
        throw new Error('sync bug');
      },
    });
    expect((await throwing.handle(new Request('http://gw.local/x'))).status).toBe(502);
  });

  it('answers 499 cancelled when the client goes away first', async () => {
    const client = new AbortController();
    const gateway = gatewayWith(() => new Promise<Response>(() => undefined));
    const pending = gateway.handle(new Request('http://gw.local/acme/x', { signal: client.signal }));
    client.abort();
    const response = await pending;
    expect(response.status).toBe(499);
    expect(await problemOf(response)).toMatchObject({ code: 'aborted', kind: 'cancelled' });
  });

  it('does not call the upstream for a client that is already gone', async () => {
    let calls = 0;
    const gateway = gatewayWith(() => {
      calls += 1;
      return new Response('late');
    });
    const response = await gateway.handle(new Request('http://gw.local/acme/x', { signal: AbortSignal.abort() }));
    expect(response.status).toBe(499);
    expect(calls).toBe(0);
  });

  it('answers a problem, not a rejection, when a custom fetch returns something unusable', async () => {
    const gateway = createGateway({ routes: [{ upstream: ACME }], fetch: () => Promise.resolve(Response.error()) });
    const response = await gateway.handle(new Request('http://gw.local/x'));
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('createGateway: vendor details', () => {
  const ECHO = 'https://echo.test';
  const devices = [
    { id: 'd1', name: "Ana's iPhone", kind: 'sms' },
    { id: 'd2', name: 'iPad', kind: 'trusted-device' },
  ];
  function echoGateway(status: number, details: unknown, options: Partial<GatewayOptions> = {}, routeDetails?: boolean): ReturnType<typeof createGateway> {
    return createGateway({
      routes: [{ upstream: ECHO, vendor: echo, ...(routeDetails === undefined ? {} : { details: routeDetails }) }],
      fetch: inProcessFetch({ [ECHO]: () => buildResponse({ status, body: { code: 'choice-required', message: 'Pick a device', details } }) }),
      ...options,
    });
  }

  it('sends the vendor details as the `details` member', async () => {
    const problem = await problemOf(await echoGateway(409, { devices, nonce: 'n-1' }).handle(new Request('http://gw.local/x')));
    expect(problem).toMatchObject({ type: 'urn:errata:echo:choice-required', details: { devices, nonce: 'n-1' } });
  });

  it('leaves them out on routes that opt out, on 5xx (unless exposeDetail), and past maxDetailsLength', async () => {
    const request = (): Request => new Request('http://gw.local/x');
    expect(await problemOf(await echoGateway(409, { devices }, {}, false).handle(request()))).not.toHaveProperty('details');
    expect(await problemOf(await echoGateway(503, { devices }).handle(request()))).not.toHaveProperty('details');
    expect(await problemOf(await echoGateway(503, { devices }, { exposeDetail: true }).handle(request()))).toHaveProperty('details');
    const large = { blob: 'x'.repeat(9000) };
    expect(await problemOf(await echoGateway(409, large).handle(request()))).not.toHaveProperty('details');
    expect(await problemOf(await echoGateway(409, large, { maxDetailsLength: 20_000 }).handle(request()))).toHaveProperty('details.blob');
  });

  it('redacts details past the cap core applies itself (a route allowing more than 16 KiB)', async () => {
    const token = `ghp_${'A1b2C3'.repeat(6)}`;
    const large = { blob: Array.from({ length: 40 }, () => 'x'.repeat(500)), note: 'retry with password=hunter2secret', token };
    const response = await echoGateway(409, large, { maxDetailsLength: 40_000 }).handle(new Request('http://gw.local/x'));
    const text = await response.text();
    expect(text.length).toBeGreaterThan(20_000);
    expect((JSON.parse(text) as { details?: { blob?: string[] } }).details?.blob).toHaveLength(40);
    expect(text).not.toContain('hunter2secret');
    expect(text).not.toContain(token);
  });

  it('sends none for errors errata made itself (generic HTTP, network, gateway)', async () => {
    const gateway = gatewayWith(() => new Response('<html>oops</html>', { status: 404, headers: { 'content-type': 'text/html' } }));
    expect(await problemOf(await gateway.handle(new Request('http://gw.local/plain/x')))).not.toHaveProperty('details');
    expect(await problemOf(await gateway.handle(new Request('http://gw.local/nowhere')))).not.toHaveProperty('details');
  });

  it('answers a problem whose details are plain JSON, even when the vendor\'s hold BigInt, cycles or throwing getters', async () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const hostile = Object.defineProperty({}, 'boom', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    for (const details of [{ big: 10n }, cyclic, hostile]) {
      const odd = defineVendor<ApiError<'odd'>>({
        vendor: 'odd',
        detect: () => true,
        parseView: (view) => createApiError({ vendor: 'odd', code: 'x', kind: 'invalid-argument', status: view.status, message: 'odd', details }),
      });
      const gateway = createGateway({ routes: [{ upstream: ECHO, vendor: odd }], fetch: inProcessFetch({ [ECHO]: () => new Response('{}', { status: 400 }) }) });
      const response = await gateway.handle(new Request('http://gw.local/x'));
      expect(response.status).toBe(400);
      // Left out, or (when core copies details itself) a bounded plain-JSON copy: never an exception.
      const problem = await problemOf(response);
      expect(problem).toMatchObject({ type: 'urn:errata:odd:x', status: 400 });
      if ('details' in problem) expect(JSON.parse(JSON.stringify(problem.details))).toEqual(problem.details);
    }
  });

  it('keeps DPoP-Nonce by default, so a DPoP client can send its next proof', async () => {
    const gateway = createGateway({
      routes: [{ upstream: ECHO, vendor: echo }],
      fetch: inProcessFetch({ [ECHO]: () => buildResponse({ status: 401, headers: { 'dpop-nonce': 'n0nce-Z9', 'www-authenticate': 'DPoP error="use_dpop_nonce"' }, body: { code: 'use_dpop_nonce' } }) }),
    });
    const response = await gateway.handle(new Request('http://gw.local/x'));
    expect(response.headers.get('dpop-nonce')).toBe('n0nce-Z9');
    expect(response.headers.get('www-authenticate')).toBe('DPoP error="use_dpop_nonce"');
  });

  // RFC 9449 lets a server pick any nonce, and some send JWE-shaped ones. It is no credential: core's
  // header-value redactor keeps it under this name (the free-text redactor takes it for a token,
  // and the header was dropped), while the request's own secrets in it are still masked.
  it('keeps a JWT-shaped DPoP-Nonce as it came, as core redacts that header, and masks the request secrets in one', async () => {
    const jwe = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..5PdUAvEo8Lq3xL2c.TmqSZQ.fWj8-DL2C1gRqEkL4wK5pw';
    const token = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
    for (const [nonce, expected] of [
      [jwe, jwe],
      ['n0nce-Z9', 'n0nce-Z9'],
      [`${token}.n0nce`, '[redacted].n0nce'],
      [token, null],
    ] as const) {
      const gateway = createGateway({
        routes: [{ upstream: ECHO, vendor: echo }],
        fetch: inProcessFetch({ [ECHO]: () => buildResponse({ status: 401, headers: { 'dpop-nonce': nonce }, body: { code: 'use_dpop_nonce' } }) }),
      });
      const response = await gateway.handle(new Request('http://gw.local/x', { headers: { authorization: `DPoP ${token}` } }));
      expect(response.headers.get('dpop-nonce')).toBe(expected);
    }
  });

  it('a keepErrorHeaders name that is no header name keeps nothing and breaks nothing', async () => {
    const gateway = createGateway({
      routes: [{ upstream: ECHO, vendor: echo }],
      keepErrorHeaders: ['not a name', 'x-hint'],
      fetch: inProcessFetch({ [ECHO]: () => buildResponse({ status: 409, headers: { 'x-hint': 'retry with a new id' }, body: { code: 'conflict' } }) }),
    });
    const response = await gateway.handle(new Request('http://gw.local/x'));
    // Was a 500 `gateway:internal`: `Headers.get` throws on such a name.
    expect(response.status).toBe(409);
    expect(response.headers.get('x-hint')).toBe('retry with a new id');
  });

  it('keeps WWW-Authenticate on 401 and 403 by default, masked, and nowhere else', async () => {
    const token = 'tok_live_1234567890';
    const challenge = `Bearer realm="api", error="insufficient_scope", scope="files:write", error_description="token ${token} lacks files:write"`;
    for (const status of [401, 403, 400, 429]) {
      const gateway = createGateway({
        routes: [{ upstream: ECHO, vendor: echo }],
        fetch: inProcessFetch({ [ECHO]: () => buildResponse({ status, headers: { 'www-authenticate': challenge }, body: { code: 'denied' } }) }),
      });
      const response = await gateway.handle(new Request('http://gw.local/x', { headers: { authorization: `Bearer ${token}` } }));
      const kept = response.headers.get('www-authenticate');
      if (status === 401 || status === 403) expect(kept).toBe('Bearer realm="api", error="insufficient_scope", scope="files:write", error_description="token [redacted] lacks files:write"');
      else expect(kept).toBeNull();
    }
  });
});

describe('createGateway: composing through core\'s registry', () => {
  const PLAIN = 'https://plain.test';
  const acmeBody = { error: { type: 'conflict', message: 'Already there' } };

  it('picks the most specific route whatever the order, as the registry does', async () => {
    const routes = [
      { upstream: PLAIN },
      { pathPrefix: '/acme', upstream: ACME, vendor: acme },
      { pathPrefix: '/acme/legacy', upstream: PLAIN },
    ];
    const fetch = inProcessFetch({ [ACME]: (r) => new Response(`acme ${new URL(r.url).pathname}`), [PLAIN]: (r) => new Response(`plain ${new URL(r.url).pathname}`) });
    for (const order of [routes, [...routes].reverse()]) {
      const gateway = createGateway({ routes: order, fetch });
      expect(await (await gateway.handle(new Request('http://gw.local/acme/x'))).text()).toBe('acme /x');
      expect(await (await gateway.handle(new Request('http://gw.local/acme/legacy/x'))).text()).toBe('plain /x');
      expect(await (await gateway.handle(new Request('http://gw.local/other'))).text()).toBe('plain /other');
      expect(gateway.match(new Request('http://gw.local/acmex'))?.pathPrefix).toBeUndefined();
    }
  });

  it('without a registry, keeps routes without a vendor generic even when a route\'s vendor would claim the body', async () => {
    const plain = await gatewayWith(() => buildResponse({ status: 409, body: acmeBody })).handle(new Request('http://gw.local/plain/x'));
    expect(await problemOf(plain)).toMatchObject({ vendor: 'http', code: 409 });
  });

  it('reads an errata problem an upstream gateway wrote on a route without a vendor, keeping vendor and code', async () => {
    const upstreamError = createApiError({ vendor: 'acme', code: 'conflict', kind: 'aborted', status: 409, message: 'Already there' });
    const chained = await gatewayWith(() => new Response(JSON.stringify(toProblem(upstreamError)), { status: 409, headers: { 'content-type': 'application/problem+json' } })).handle(
      new Request('http://gw.local/plain/x'),
    );
    expect(await problemOf(chained)).toMatchObject({ type: 'urn:errata:acme:conflict', vendor: 'acme', code: 'conflict', kind: 'aborted', status: 409 });
  });

  it('with a registry: names vendors by name, gives vendorless routes the registry\'s detection, and its redactor', async () => {
    const events: ProblemEvent[] = [];
    const registry = createRegistry([acme, stat], { redactor: createRedactor({ secrets: ['internal-host-42.corp'] }) });
    const gateway = createGateway({
      registry,
      routes: [
        { pathPrefix: '/named', upstream: ACME, vendor: 'acme' },
        { pathPrefix: '/module', upstream: ACME, vendor: acme },
        { pathPrefix: '/any', upstream: PLAIN },
      ],
      fetch: inProcessFetch({ [ACME]: () => buildResponse({ status: 409, body: { error: { type: 'conflict', message: 'on internal-host-42.corp' } } }), [PLAIN]: () => buildResponse({ status: 409, body: acmeBody }) }),
      onProblem: (event) => events.push(event),
    });
    for (const path of ['/named/x', '/module/x', '/any/x']) {
      expect(await problemOf(await gateway.handle(new Request(`http://gw.local${path}`)))).toMatchObject({ type: 'urn:errata:acme:conflict', vendor: 'acme', status: 409 });
    }
    expect(events[0]?.error.message).toBe('on [redacted]');
  });

  it('with a registry: a vendorless route\'s generic error reads every module\'s request id headers', async () => {
    const tracked = defineVendor<ApiError<'tracked'>>({ vendor: 'tracked', requestIdHeaders: ['tracked-request-id'], detect: () => false, parseView: () => undefined });
    const html = (): Response => new Response('<html>busy</html>', { status: 503, headers: { 'content-type': 'text/html', 'tracked-request-id': 'trk-9' } });
    const withRegistry = createGateway({ registry: createRegistry([tracked]), routes: [{ upstream: PLAIN }], fetch: inProcessFetch({ [PLAIN]: html }) });
    expect(await problemOf(await withRegistry.handle(new Request('http://gw.local/x')))).toMatchObject({ vendor: 'http', code: 503, requestId: 'trk-9' });
    // And a route naming the module gets it through the hint.
    const named = createGateway({ routes: [{ upstream: PLAIN, vendor: tracked }], fetch: inProcessFetch({ [PLAIN]: html }) });
    expect(await problemOf(await named.handle(new Request('http://gw.local/x')))).toMatchObject({ vendor: 'http', requestId: 'trk-9' });
  });

  it('refuses, when created, a vendor the registry does not hold and two different modules under one name', () => {
    expect(() => createGateway({ routes: [{ upstream: ACME, vendor: 'acme' }] })).toThrow(/no vendor named "acme"/);
    expect(() => createGateway({ registry: createRegistry([stat]), routes: [{ upstream: ACME, vendor: acme }] })).toThrow(/no vendor named "acme"/);
    expect(() => createGateway({ routes: [{ upstream: ACME, vendor: acme }, { pathPrefix: '/b', upstream: ACME, vendor: { ...acme } }] })).toThrow(/two different vendor modules/);
    expect(() => createGateway({ routes: [{ upstream: ACME, vendor: acme }, { pathPrefix: '/b', upstream: ACME, vendor: acme }] })).not.toThrow();
  });

  it('answers a 500 body-consumed problem, without calling the upstream, for a Request whose body was read', async () => {
    let calls = 0;
    const gateway = gatewayWith(() => {
      calls += 1;
      return new Response('reached');
    });
    const request = new Request('http://gw.local/acme/x', { method: 'POST', body: '{"a":1}' });
    await request.text();
    const response = await gateway.handle(request);
    expect(response.status).toBe(500);
    expect(await problemOf(response)).toMatchObject({ type: 'urn:errata:gateway:body-consumed', kind: 'internal' });
    expect(calls).toBe(0);
  });
});
