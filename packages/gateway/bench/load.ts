// Load check for the error path: requests/s and p99 latency of the gateway against a plain
// pass-through proxy (no normalization) in front of the same upstream, which always fails.
//
//   node bench/load.ts [--concurrency 32] [--seconds 3]
//
// Loopback only (127.0.0.1), bounded in time: the servers run in a child process that exits when
// this one closes its stdin, and a watchdog ends everything if a phase overruns.
import { spawn } from 'node:child_process';
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { acme } from '../src/__fixtures__/vendors.ts';
import { createGateway, toNodeHandler, type Gateway } from '../src/index.ts';

const HOST = '127.0.0.1';
const JSON_TYPE = 'application/json';
const PROBLEM_TYPE = 'application/problem+json';
const ROUNDS = 6;

interface Ports {
  readonly gateway: number;
  readonly proxy: number;
  /** Answers with the server process's `process.cpuUsage()`. */
  readonly control: number;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, HOST, () => {
      resolve((server.address() as AddressInfo).port);
    });
  });
}

// ---- child: upstream, gateway and plain proxy --------------------------------------------------

const UPSTREAM_BODY = JSON.stringify({ error: { type: 'overloaded', message: 'The service is busy; try again shortly.' } });

async function serve(): Promise<void> {
  const upstream = createServer((req, res) => {
    req.resume();
    res.writeHead(503, {
      'content-type': JSON_TYPE,
      'retry-after': '2',
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': '1.5',
      'acme-request-id': 'req-0001',
      'set-cookie': 'upstream=secret; HttpOnly',
    });
    res.end(UPSTREAM_BODY);
  });
  const upstreamUrl = `http://${HOST}:${String(await listen(upstream))}`;

  const gateway = createGateway({ routes: [{ upstream: upstreamUrl, vendor: acme }] });

  // The baseline: the same adapter and fetch, forwarding whatever comes back, unread.
  const passThrough: Gateway = {
    match: () => undefined,
    handle: async (incoming) => {
      const url = new URL(incoming.url);
      const answer = await fetch(`${upstreamUrl}${url.pathname}${url.search}`, { method: incoming.method, redirect: 'manual' });
      return new Response(answer.body, { status: answer.status, headers: answer.headers });
    },
  };

  const ports: Ports = {
    gateway: await listen(createServer(toNodeHandler(gateway))),
    proxy: await listen(createServer(toNodeHandler(passThrough))),
    control: await listen(
      createServer((_req, res) => {
        res.end(JSON.stringify(process.cpuUsage()));
      }),
    ),
  };
  process.stdout.write(`${JSON.stringify(ports)}\n`);
  // The parent closing our stdin (or dying) is the signal to stop.
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
  process.stdin.on('close', () => process.exit(0));
}

// ---- parent: the load driver --------------------------------------------------------------------

interface Tally {
  latencies: number[];
  requests: number;
  failed: number;
  elapsedMs: number;
  /** CPU time the server process spent (user + system), in microseconds. */
  cpuMicros: number;
}

function newTally(): Tally {
  return { latencies: [], requests: 0, failed: 0, elapsedMs: 0, cpuMicros: 0 };
}

/** The server process's CPU time so far, in microseconds. */
function serverCpu(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: HOST, port, path: '/' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        const usage = JSON.parse(body) as { user: number; system: number };
        resolve(usage.user + usage.system);
      });
    });
    req.on('error', reject);
    req.end();
  });
}

function once(agent: Agent, port: number, expectedType: string): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request({ host: HOST, port, path: '/items/1', agent }, (res) => {
      const type = res.headers['content-type'] ?? '';
      res.resume();
      res.on('end', () => {
        resolve({ ms: performance.now() - started, ok: res.statusCode === 503 && type === expectedType });
      });
    });
    req.on('error', () => {
      resolve({ ms: performance.now() - started, ok: false });
    });
    req.end();
  });
}

/** `concurrency` keep-alive loops against one side for `durationMs`; every answer must be a 503 of `expectedType`. */
async function drive(port: number, expectedType: string, concurrency: number, durationMs: number, tally: Tally): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const { ms, ok } = await once(agent, port, expectedType);
      tally.requests += 1;
      tally.latencies.push(ms);
      if (!ok) tally.failed += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  tally.elapsedMs += performance.now() - started;
  agent.destroy();
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function summary(tally: Tally): { rps: number; p50: number; p99: number; cpu: number } {
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  return { rps: tally.requests / (tally.elapsedMs / 1000), p50: percentile(sorted, 50), p99: percentile(sorted, 99), cpu: tally.cpuMicros / tally.requests };
}

/** One gateway response, to show (and check) what clients get. */
function sample(port: number): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: HOST, port, path: '/items/1' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { concurrency: { type: 'string', default: '32' }, seconds: { type: 'string', default: '3' } } });
  const concurrency = Math.max(1, Number(values.concurrency));
  const seconds = Math.min(30, Math.max(0.5, Number(values.seconds)));

  const child = spawn(process.execPath, [import.meta.filename, '--serve'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const watchdog = setTimeout(() => {
    console.error('load check overran; stopping');
    child.kill();
    process.exit(1);
  }, (seconds * 2 + 30) * 1000);
  try {
    const ports = await new Promise<Ports>((resolve, reject) => {
      let buffered = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        buffered += chunk;
        const line = buffered.indexOf('\n');
        if (line >= 0) resolve(JSON.parse(buffered.slice(0, line)) as Ports);
      });
      child.once('exit', (code) => {
        reject(new Error(`server process exited early (${String(code)})`));
      });
    });

    const example = await sample(ports.gateway);
    const gateway = newTally();
    const proxy = newTally();
    const warm = newTally();
    await drive(ports.proxy, JSON_TYPE, concurrency, 300, warm);
    await drive(ports.gateway, PROBLEM_TYPE, concurrency, 300, warm);
    // Alternate in short slices so drift on a shared machine hits both sides alike.
    const slice = (seconds * 1000) / ROUNDS;
    for (let round = 0; round < ROUNDS; round++) {
      for (const [port, type, tally] of [
        [ports.proxy, JSON_TYPE, proxy],
        [ports.gateway, PROBLEM_TYPE, gateway],
      ] as const) {
        const before = await serverCpu(ports.control);
        await drive(port, type, concurrency, slice, tally);
        tally.cpuMicros += (await serverCpu(ports.control)) - before;
      }
    }

    const g = summary(gateway);
    const p = summary(proxy);
    const fmt = (n: number): string => n.toFixed(2).padStart(9);
    console.log(`errata gateway load check: error path, ${String(concurrency)} concurrent keep-alive connections, ${String(seconds)} s per side, 127.0.0.1`);
    console.log(`gateway sample: ${String(example.status)} ${String(example.headers['content-type'])} retry-after=${String(example.headers['retry-after'])} ratelimit=${String(example.headers.ratelimit)}`);
    console.log(`  ${example.body}`);
    console.log('');
    console.log('side                        requests      req/s   p50 ms   p99 ms  server CPU µs/req   failed');
    console.log(`pass-through proxy      ${String(proxy.requests).padStart(12)} ${fmt(p.rps)} ${fmt(p.p50)} ${fmt(p.p99)} ${fmt(p.cpu).padStart(18)} ${String(proxy.failed).padStart(8)}`);
    console.log(`errata gateway          ${String(gateway.requests).padStart(12)} ${fmt(g.rps)} ${fmt(g.p50)} ${fmt(g.p99)} ${fmt(g.cpu).padStart(18)} ${String(gateway.failed).padStart(8)}`);
    console.log('');
    console.log(
      `ratio gateway/proxy: throughput ${(g.rps / p.rps).toFixed(3)}x, p99 latency ${(g.p99 / p.p99).toFixed(3)}x, server CPU per request ${(g.cpu / p.cpu).toFixed(3)}x`,
    );
    console.log('(the server process runs the upstream too; on a shared machine req/s and p99 swing with load, CPU per request much less)');
    if (gateway.failed + proxy.failed > 0) process.exitCode = 1;
  } finally {
    clearTimeout(watchdog);
    child.stdin.end();
    child.kill();
  }
}

if (process.argv.includes('--serve')) await serve();
else await main();
