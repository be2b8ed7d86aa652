import { Hono, type MiddlewareHandler } from 'hono';
import { describe, expectTypeOf, it } from 'vitest';
import { createGateway } from './gateway.ts';
import { honoMiddleware } from './hono.ts';
import { toNodeHandler } from './node.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { UpstreamFetch } from './types.ts';

const gateway = createGateway({ routes: [{ upstream: 'https://up.test' }] });

describe('adapter types', () => {
  it('the Hono middleware fits Hono without importing its types', () => {
    expectTypeOf(honoMiddleware(gateway)).toExtend<MiddlewareHandler>();
    new Hono().use('*', honoMiddleware(gateway));
  });

  it('the Node handler accepts node:http objects', () => {
    const handler = toNodeHandler(gateway);
    expectTypeOf(handler).parameter(0).toExtend<object>();
    expectTypeOf<IncomingMessage>().toExtend<Parameters<typeof handler>[0]>();
    expectTypeOf<ServerResponse>().toExtend<Parameters<typeof handler>[1]>();
  });

  it('the global fetch is a valid upstream fetch', () => {
    expectTypeOf(fetch).toExtend<UpstreamFetch>();
    expectTypeOf(gateway.handle).toEqualTypeOf<(request: Request) => Promise<Response>>();
  });
});
