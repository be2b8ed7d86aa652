// The gateway's own cost per request, without sockets: toNodeHandler(gateway) driven with
// stand-in node:http objects, the global fetch replaced by one that answers at once. What is left
// is the adapter, routing, the error read, parsing, the problem and the masking: the part of the
// load check's CPU that is the gateway's. Profile it with `node --cpu-prof bench/overhead.ts`.
//
//   node bench/overhead.ts [success|error] [--requests 50000]
import { parseArgs } from 'node:util';
import { acme } from '../src/__fixtures__/vendors.ts';
import { createGateway, toNodeHandler, type NodeRequest, type NodeResponse } from '../src/index.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { requests: { type: 'string', default: '50000' } } });
const requests = Math.min(1_000_000, Math.max(1000, Number(values.requests)));
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

for (const mode of modes) {
  const once = stand(mode);
  for (let i = 0; i < 20_000; i++) await once();
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < requests; i++) await once();
  const used = process.cpuUsage(cpu);
  console.log(
    `${mode.padEnd(8)} ${((performance.now() - started) * 1000 / requests).toFixed(2).padStart(7)} µs/request wall, ${((used.user + used.system) / requests).toFixed(2).padStart(7)} µs CPU (${String(requests)} requests, in process, no sockets)`,
  );
}
