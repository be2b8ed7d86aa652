// The framework error handlers, each in its real framework, served on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkErrorOf, type ApiError } from '@errata/core';
import { discord } from '@errata/discord';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { afterAll, describe, expect, it } from 'vitest';
import { json, mockFetch } from './__fixtures__/mockFetch.ts';
import { createFetch } from './createFetch.ts';
import { expressErrorHandler } from './express.ts';
import { fastifyErrorHandler } from './fastify.ts';
import { honoOnError } from './hono.ts';
import { problemResponseOf } from './problem.ts';

const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
}

/** Serves a fetch-style handler (Hono's `app.fetch`) from node:http. */
function serveFetch(handler: (request: Request) => Response | Promise<Response>): Server {
  return createServer((req, res) => {
    void (async () => {
      const response = await handler(new Request(`http://127.0.0.1${req.url ?? '/'}`, { method: req.method ?? 'GET' }));
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    })();
  });
}

function rateLimited(): ApiError {
  const error = discord.parse({ status: 429, headers: { 'retry-after': '3', 'x-ratelimit-bucket': 'b1' }, body: { message: 'You are being rate limited.', retry_after: 2.5, global: false } });
  if (error === undefined) throw new Error('fixture');
  return error;
}

/** An error as createFetch throws it: with `request` naming the upstream. */
async function fromUpstream(): Promise<ApiError> {
  const fetch = createFetch({ vendors: discord, retry: false, fetch: mockFetch(json(403, { code: 50013, message: 'Missing Permissions' })) });
  try {
    await fetch('https://discord.com/api/v10/channels/1?token=abcdefghijklmnopqrstu');
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('fixture');
}

async function expectProblem(response: Response, status: number, members: Record<string, unknown>): Promise<Record<string, unknown>> {
  expect(response.status).toBe(status);
  // Fastify adds `; charset=utf-8` to text it sends.
  expect(response.headers.get('content-type')?.split(';')[0]).toBe('application/problem+json');
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status, ...members });
  return body;
}

describe('problemResponseOf', () => {
  it('answers a timeout with 504, cancelled with 499, unreachable with 502', () => {
    expect(problemResponseOf(networkErrorOf(new DOMException('t', 'TimeoutError'))).status).toBe(504);
    expect(problemResponseOf(networkErrorOf(new DOMException('a', 'AbortError'))).status).toBe(499);
    expect(problemResponseOf(networkErrorOf(new TypeError('fetch failed'))).status).toBe(502);
  });

  it('sets Retry-After in whole seconds, rounded up', () => {
    expect(problemResponseOf(rateLimited()).headers['retry-after']).toBe('3');
  });

  it('leaves out the request context unless asked, and the detail on 5xx unless asked', async () => {
    const error = await fromUpstream();
    expect(error.request?.url).toBeDefined();
    expect(JSON.parse(problemResponseOf(error).body)).not.toHaveProperty('request');
    expect(problemResponseOf(error).body).not.toContain('discord.com');
    const withRequest = JSON.parse(problemResponseOf(error, { includeRequest: true }).body) as { request: { url: string } };
    expect(withRequest.request.url).toContain('discord.com/api/v10/channels/1');
    expect(withRequest.request.url).not.toContain('abcdefghijklmnopqrstu');
    const upstreamDown = discord.parse({ status: 500, body: { message: 'internal trace at db-7', code: 0 } });
    expect(JSON.parse(problemResponseOf(upstreamDown!).body)).not.toHaveProperty('detail');
    expect(JSON.parse(problemResponseOf(upstreamDown!, { exposeDetail: true }).body)).toHaveProperty('detail', 'internal trace at db-7');
  });

  it('answers with your status when you choose one', () => {
    expect(problemResponseOf(rateLimited(), { status: () => 503 }).status).toBe(503);
    expect(problemResponseOf(rateLimited(), { status: () => 42 }).status).toBe(429);
    expect(
      problemResponseOf(rateLimited(), {
        status: () => {
          throw new Error('bug');
        },
      }).status,
    ).toBe(429);
  });
});

describe('honoOnError (Hono on loopback)', () => {
  it('answers a thrown errata error as problem+json with Retry-After', async () => {
    const app = new Hono();
    app.get('/limited', () => {
      throw rateLimited();
    });
    app.get('/upstream', async () => {
      throw await fromUpstream();
    });
    app.get('/http-exception', () => {
      throw new HTTPException(418, { message: 'teapot' });
    });
    app.get('/bug', () => {
      throw new Error('internal detail');
    });
    app.onError(honoOnError());
    const origin = await listen(serveFetch(app.fetch));
    const limited = await fetch(`${origin}/limited`);
    expect(limited.headers.get('retry-after')).toBe('3');
    await expectProblem(limited, 429, { vendor: 'discord', code: 'rate-limited', kind: 'resource-exhausted', retryable: true });
    await expectProblem(await fetch(`${origin}/upstream`), 403, { vendor: 'discord', code: 50013 });
    expect((await fetch(`${origin}/http-exception`)).status).toBe(418);
    const bug = await fetch(`${origin}/bug`);
    const body = await expectProblem(bug, 500, { title: 'Internal Server Error' });
    expect(JSON.stringify(body)).not.toContain('internal detail');
  });
});

describe('expressErrorHandler (Express on loopback)', () => {
  it('answers thrown and next()-ed errata errors, and passes other errors on', async () => {
    const app = express();
    app.get('/limited', () => {
      throw rateLimited();
    });
    app.get('/async', async () => {
      throw await fromUpstream();
    });
    app.get('/next', (_req, _res, next) => {
      next(rateLimited());
    });
    app.get('/bug', () => {
      throw new Error('not errata');
    });
    app.use(expressErrorHandler());
    const origin = await listen(createServer(app));
    const limited = await fetch(`${origin}/limited`);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(limited.headers.get('cache-control')).toBe('no-store');
    await expectProblem(limited, 429, { vendor: 'discord', code: 'rate-limited' });
    await expectProblem(await fetch(`${origin}/async`), 403, { vendor: 'discord', code: 50013 });
    await expectProblem(await fetch(`${origin}/next`), 429, { vendor: 'discord' });
    const bug = await fetch(`${origin}/bug`);
    expect(bug.status).toBe(500);
    expect(bug.headers.get('content-type')).not.toContain('problem+json');
  });
});

describe('fastifyErrorHandler (Fastify on loopback)', () => {
  it("answers thrown errata errors, leaves the rest to Fastify's own handler", async () => {
    const app = Fastify();
    app.get('/limited', () => {
      throw rateLimited();
    });
    app.get('/async', async () => {
      throw await fromUpstream();
    });
    app.get('/bug', () => {
      throw new Error('not errata');
    });
    app.setErrorHandler(fastifyErrorHandler());
    await app.listen({ port: 0, host: '127.0.0.1' });
    servers.push(app.server);
    const origin = `http://127.0.0.1:${String((app.server.address() as AddressInfo).port)}`;
    const limited = await fetch(`${origin}/limited`);
    expect(limited.headers.get('retry-after')).toBe('3');
    await expectProblem(limited, 429, { vendor: 'discord', code: 'rate-limited' });
    await expectProblem(await fetch(`${origin}/async`), 403, { vendor: 'discord', code: 50013 });
    const bug = await fetch(`${origin}/bug`);
    expect(bug.status).toBe(500);
    expect(await bug.json()).toMatchObject({ statusCode: 500, message: 'not errata' });
  });
});
