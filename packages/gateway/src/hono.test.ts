import { buildResponse } from '@errata/core/testing';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { acme } from './__fixtures__/vendors.ts';
import { createGateway } from './gateway.ts';
import { honoMiddleware } from './hono.ts';
import { inProcessFetch } from './testing.ts';

const gateway = createGateway({
  routes: [{ pathPrefix: '/api/acme', upstream: 'https://acme.test', vendor: acme }],
  fetch: inProcessFetch({
    'https://acme.test': (request) =>
      new URL(request.url).pathname === '/ok'
        ? new Response('fine', { headers: { 'x-from': 'acme' } })
        : buildResponse({ status: 404, headers: { 'acme-request-id': 'r-9' }, body: { error: { type: 'not_found', message: 'No such widget' } } }),
  }),
});

function app(fallThrough?: boolean): Hono {
  const hono = new Hono();
  hono.use('/api/*', honoMiddleware(gateway, fallThrough === undefined ? undefined : { fallThrough }));
  hono.get('/api/local', (c) => c.text('served by the app'));
  return hono;
}

describe('honoMiddleware', () => {
  it('serves gateway routes: successes pass through, errors become problems', async () => {
    const ok = await app().request('/api/acme/ok');
    expect([ok.status, await ok.text(), ok.headers.get('x-from')]).toEqual([200, 'fine', 'acme']);
    const missing = await app().request('/api/acme/widgets/1');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    expect(await missing.json()).toMatchObject({ type: 'urn:errata:acme:not_found', kind: 'not-found', requestId: 'r-9' });
  });

  it('lets requests no route matches reach the app, or answers them itself when asked', async () => {
    const local = await app().request('/api/local');
    expect(await local.text()).toBe('served by the app');
    const strict = await app(false).request('/api/local');
    expect(strict.status).toBe(404);
    expect(await strict.json()).toMatchObject({ code: 'no-route' });
  });
});
