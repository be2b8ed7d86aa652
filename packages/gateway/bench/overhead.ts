// The gateway's own cost per request, without sockets: toNodeHandler(gateway) driven with
// stand-in node:http objects, the global fetch replaced by one that answers at once. What is left
// is the adapter, routing, the error read, parsing, the problem and the masking: the part of the
// load check's CPU that is the gateway's. Profile it with `node --cpu-prof bench/overhead.ts`.
//
//   node bench/overhead.ts [success|error] [--requests 50000] [--concurrency 32]
import { parseArgs } from 'node:util';
import { acme } from '../src/__fixtures__/vendors.ts';
import { createGateway, toNodeHandler, type NodeRequest, type NodeResponse } from '../src/index.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { requests: { type: 'string', default: '50000' }, concurrency: { type: 'string', default: '32' } } });
const requests = Math.min(1_000_000, Math.max(1000, Number(values.requests)));
// Requests in flight at once: as on a server, objects of one request live across the others' work.
const concurrency = Math.min(256, Math.max(1, Number(values.concurrency)));
const modes = positionals.length === 0 ? ['success', 'error'] : positionals;

const ERROR_BODY = JSON.stringify({ error: { type: 'overloaded', message: 'The service is busy; try again shortly.' } });
const ERROR_HEADERS = {
  'content-type': 'application/json',
  'retry-after': '2',
  'x-ratelimit-limit': '100',
  'x-ratelimit-remaining': '0',
  'x-ratelimit-reset-after': '1.5',
  'acme-request-id': 'req-0001',
  'set-cookie': 'upstream=secret; HttpOnly',
};
const RAW_HEADERS = ['Host', '127.0.0.1:8080', 'Accept', 'application/json', 'Authorization', 'Bearer bench-token-0123456789'];

function stand(mode: string): () => Promise<void> {
  globalThis.fetch = () =>
    Promise.resolve(
      mode === 'error' ? new Response(ERROR_BODY, { status: 503, headers: ERROR_HEADERS }) : new Response('{"id":1,"name":"item one"}', { headers: { 'content-type': 'application/json' } }),
    );
  const handler = toNodeHandler(createGateway({ routes: [{ upstream: 'http://127.0.0.1:9', vendor: acme }] }));
  return () =>
    new Promise<void>((resolve) => {
      const request: NodeRequest = {
        method: 'GET',
        url: '/items/1',
        headers: { host: '127.0.0.1:8080' },
        rawHeaders: RAW_HEADERS,
        socket: null,
        async *[Symbol.asyncIterator]() {
          // No request body.
        },
      };
      const response: NodeResponse = {
        statusCode: 200,
        statusMessage: '',
        headersSent: false,
        writableFinished: false,
        destroyed: false,
        setHeader: () => undefined,
        writeHead: () => undefined,
        write: () => true,
        end: () => {
          resolve();
        },
        destroy: () => undefined,
        once: () => undefined,
        off: () => undefined,
      };
      handler(request, response);
    });
}

/** `count` requests, `concurrency` at a time. */
async function drive(once: () => Promise<void>, count: number): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      next += 1;
      await once();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

for (const mode of modes) {
  const once = stand(mode);
  await drive(once, 20_000);
  const cpu = process.cpuUsage();
  const started = performance.now();
  await drive(once, requests);
  const used = process.cpuUsage(cpu);
  console.log(
    `${mode.padEnd(8)} ${((performance.now() - started) * 1000 / requests).toFixed(2).padStart(7)} µs/request wall, ${((used.user + used.system) / requests).toFixed(2).padStart(7)} µs CPU (${String(requests)} requests, ${String(concurrency)} at a time, in process, no sockets)`,
  );
}
