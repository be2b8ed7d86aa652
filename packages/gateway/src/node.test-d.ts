import express from 'express';
import { createServer } from 'node:http';
import { describe, expectTypeOf, it } from 'vitest';
import { createGateway } from './gateway.ts';
import { toNodeHandler, type NodeHandler } from './node.ts';

const gateway = createGateway({ routes: [{ pathPrefix: '/api', upstream: 'https://up.test' }] });

describe('node adapter types', () => {
  it('is a node:http listener and an Express middleware, with next optional', () => {
    const handler = toNodeHandler(gateway);
    createServer(handler);
    const app = express();
    app.use(handler);
    app.use('/api', handler);
    expectTypeOf(handler).toEqualTypeOf<NodeHandler>();
    expectTypeOf(handler).parameter(2).toEqualTypeOf<((error?: unknown) => void) | undefined>();
  });
});
