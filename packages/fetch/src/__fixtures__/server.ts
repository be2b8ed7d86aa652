// A scripted HTTP server on 127.0.0.1 for loopback tests: each path answers with its queue of
// responses in order (the last one repeats), and every request is recorded. Nothing leaves the machine.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

export interface Scripted {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | object;
  /** Never answer (the client's timeout or abort must end the request). */
  readonly hang?: boolean;
}

export interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** performance.now() when the request arrived. */
  readonly at: number;
}

export interface TestServer {
  readonly origin: string;
  readonly requests: Recorded[];
  script(path: string, ...responses: Scripted[]): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const scripts = new Map<string, Scripted[]>();
  const requests: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: performance.now() });
      const queue: Scripted[] = scripts.get(path) ?? [];
      const next: Scripted = (queue.length > 1 ? queue.shift() : queue[0]) ?? { status: 404, body: { message: 'no script', code: 0 } };
      if (next.hang === true) return;
      const body = next.body === undefined ? '' : typeof next.body === 'string' ? next.body : JSON.stringify(next.body);
      const type = typeof next.body === 'object' ? { 'content-type': 'application/json' } : {};
      res.writeHead(next.status, { ...type, ...next.headers });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    requests,
    script(path, ...responses) {
      scripts.set(path, [...responses]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A server started before the calling file's tests and closed after them (it registers the
 * `beforeAll`/`afterAll` hooks); read its fields inside tests.
 */
export function serverForTests(): TestServer {
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await startServer();
  });
  afterAll(async () => {
    await started?.close();
  });
  const current = (): TestServer => {
    if (started === undefined) throw new Error('the test server starts in beforeAll');
    return started;
  };
  return {
    get origin() {
      return current().origin;
    },
    get requests() {
      return current().requests;
    },
    script: (path, ...responses) => {
      current().script(path, ...responses);
    },
    close: () => current().close(),
  };
}
