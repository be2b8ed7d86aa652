// Load check: the gateway (node:http + toNodeHandler) against a bare node:http + fetch proxy, in
// the same run, on success pass-through and on the error path.
//
//   node bench/load.ts [--connections 32] [--seconds 3] [--rounds 6] [--only success|error] [--profile DIR] [--solo bare|gateway]
//
// Each side gets `seconds` in all, in `rounds` alternating slices. The throughput ratio checked
// against the budget is the median of the rounds' own ratios (gateway req/s over bare req/s in
// adjacent slices), so a busy moment on a shared machine moves one round, not the verdict; the
// whole-run ratio and every round's ratio are printed too. For the figures in the README:
//
//   node bench/load.ts --only error --rounds 20 --seconds 10
//
// `--profile DIR` runs the servers under `node --cpu-prof` (200 µs sampling) and leaves the
// .cpuprofile in DIR; with `--solo gateway` (or `bare`) only that side is driven, so the profile
// holds one side's work alone.
//
// Three processes, all on 127.0.0.1: the upstream (its own process, so its cost is not billed to
// either side), the two servers under test (one process, taking turns), and this driver, which
// keeps `connections` keep-alive sockets busy with a minimal HTTP/1.1 client on raw sockets (the
// node:http client would cost more CPU than the servers it measures). Both sides are driven in
// alternating short slices, so drift on a shared machine hits them alike. Bounded: each slice
// stops at its deadline, the children exit when this process closes their stdin, and a watchdog
// ends everything if the run overruns.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { Readable, Writable } from 'node:stream';
import { Readable as NodeReadable } from 'node:stream';
import { parseArgs } from 'node:util';
import { acme } from '../src/__fixtures__/vendors.ts';
import { createGateway, toNodeHandler } from '../src/index.ts';

const HOST = '127.0.0.1';
const JSON_TYPE = 'application/json';
const PROBLEM_TYPE = 'application/problem+json';

/** The design budget (DESIGN.md): gateway / bare proxy, measured in one run. */
const BUDGET = { success: { throughput: 0.95, p99: 1.2 }, error: { throughput: 0.8, p99: 1.2 } } as const;

type Scenario = 'success' | 'error';
const SCENARIOS: Readonly<Record<Scenario, { path: string; status: number; bare: string; gateway: string }>> = {
  success: { path: '/ok/items/1', status: 200, bare: JSON_TYPE, gateway: JSON_TYPE },
  error: { path: '/err/items/1', status: 503, bare: JSON_TYPE, gateway: PROBLEM_TYPE },
};

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, HOST, () => {
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Children exit when the parent closes their stdin (or dies). */
function exitWithParent(): void {
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
  process.stdin.on('close', () => process.exit(0));
}

// ---- child 1: the upstream ------------------------------------------------------------------------

const SUCCESS_BODY = JSON.stringify({ id: 1, name: 'item one', tags: ['a', 'b', 'c'], owner: { id: 7, name: 'someone' }, note: 'x'.repeat(400) });
const ERROR_BODY = JSON.stringify({ error: { type: 'overloaded', message: 'The service is busy; try again shortly.' } });

async function serveUpstream(): Promise<void> {
  const upstream = createServer((req, res) => {
    req.resume();
    if (req.url?.startsWith('/ok/') === true) {
      res.writeHead(200, { 'content-type': JSON_TYPE, 'content-length': Buffer.byteLength(SUCCESS_BODY), 'x-request-id': 'req-0001', etag: '"v1"' });
      res.end(SUCCESS_BODY);
      return;
    }
    res.writeHead(503, {
      'content-type': JSON_TYPE,
      'content-length': Buffer.byteLength(ERROR_BODY),
      'retry-after': '2',
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': '1.5',
      'acme-request-id': 'req-0001',
      'set-cookie': 'upstream=secret; HttpOnly',
    });
    res.end(ERROR_BODY);
  });
  process.stdout.write(`${JSON.stringify({ upstream: await listen(upstream) })}\n`);
  exitWithParent();
}

// ---- child 2: the servers under test ------------------------------------------------------------

// What a careful hand-written proxy drops: hop-by-hop fields and those fetch sets itself.
const NOT_FORWARDED = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host', 'content-length', 'expect']);

/** The baseline: node:http + fetch, forwarding method, path, headers and body, streaming the answer back unread. */
function bareProxy(upstreamBase: string): (req: IncomingMessage, res: ServerResponse) => void {
  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const headers: [string, string][] = [];
    const raw = req.rawHeaders;
    for (let i = 0; i + 1 < raw.length; i += 2) if (!NOT_FORWARDED.has(raw[i]!.toLowerCase())) headers.push([raw[i]!, raw[i + 1]!]);
    const method = req.method ?? 'GET';
    const hasBody = method !== 'GET' && method !== 'HEAD';
    const init: RequestInit & { duplex?: 'half' } = {
      method,
      headers,
      redirect: 'manual',
      ...(hasBody ? { body: NodeReadable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
    };
    const upstream = await fetch(`${upstreamBase}${req.url ?? '/'}`, init);
    const out: Record<string, string | string[]> = {};
    upstream.headers.forEach((value, name) => {
      if (!NOT_FORWARDED.has(name) && name !== 'set-cookie') out[name] = value;
    });
    const cookies = upstream.headers.getSetCookie();
    if (cookies.length > 0) out['set-cookie'] = cookies;
    res.writeHead(upstream.status, out);
    if (upstream.body !== null) for await (const chunk of upstream.body) res.write(chunk);
    res.end();
  };
  return (req, res) => {
    serve(req, res).catch(() => {
      if (res.headersSent) res.destroy();
      else res.writeHead(502).end();
    });
  };
}

async function serveSides(upstreamPort: number): Promise<void> {
  const upstreamBase = `http://${HOST}:${String(upstreamPort)}`;
  const gateway = createGateway({ routes: [{ upstream: upstreamBase, vendor: acme }] });
  const ports = {
    bare: await listen(createServer(bareProxy(upstreamBase))),
    gateway: await listen(createServer(toNodeHandler(gateway))),
    // Answers with this process's CPU time, to bill each side what it cost.
    control: await listen(
      createServer((_req, res) => {
        res.end(JSON.stringify(process.cpuUsage()));
      }),
    ),
  };
  process.stdout.write(`${JSON.stringify(ports)}\n`);
  exitWithParent();
}

// ---- parent: the driver -------------------------------------------------------------------------

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

interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/**
 * Reads one HTTP/1.1 response after another off a keep-alive socket: status line, headers, then a
 * `content-length` or chunked body. Enough for the servers measured here, not a general client.
 */
class ResponseReader {
  #buffer: Buffer = Buffer.alloc(0);
  #waiting: ((answer: Answer | undefined) => void) | undefined;

  constructor(socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
      this.#drain();
    });
    const fail = (): void => {
      const waiting = this.#waiting;
      this.#waiting = undefined;
      waiting?.(undefined);
    };
    socket.on('close', fail);
    socket.on('error', fail);
  }

  next(): Promise<Answer | undefined> {
    return new Promise((resolve) => {
      this.#waiting = resolve;
      this.#drain();
    });
  }

  #drain(): void {
    if (this.#waiting === undefined) return;
    const answer = this.#take();
    if (answer === undefined) return;
    const waiting = this.#waiting;
    this.#waiting = undefined;
    waiting(answer);
  }

  #take(): Answer | undefined {
    const buffer = this.#buffer;
    const headEnd = buffer.indexOf('\r\n\r\n');
    if (headEnd < 0) return undefined;
    const head = buffer.toString('latin1', 0, headEnd);
    const lines = head.split('\r\n');
    const status = Number(lines[0]?.split(' ')[1]);
    let length: number | undefined;
    let chunked = false;
    let contentType = '';
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === 'content-length') length = Number(value);
      else if (name === 'transfer-encoding') chunked = value.toLowerCase().includes('chunked');
      else if (name === 'content-type') contentType = value;
    }
    const bodyStart = headEnd + 4;
    if (!chunked) {
      const end = bodyStart + (length ?? 0);
      if (buffer.length < end) return undefined;
      this.#buffer = buffer.subarray(end);
      return { status, contentType, body: buffer.toString('utf8', bodyStart, end) };
    }
    let at = bodyStart;
    let body = '';
    for (;;) {
      const lineEnd = buffer.indexOf('\r\n', at);
      if (lineEnd < 0) return undefined;
      const size = Number.parseInt(buffer.toString('latin1', at, lineEnd), 16);
      const dataStart = lineEnd + 2;
      if (buffer.length < dataStart + size + 2) return undefined;
      body += buffer.toString('utf8', dataStart, dataStart + size);
      at = dataStart + size + 2;
      if (size === 0) break;
    }
    this.#buffer = buffer.subarray(at);
    return { status, contentType, body };
  }
}

function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: HOST, port }, () => {
      socket.off('error', reject);
      socket.setNoDelay(true);
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

/** `connections` keep-alive sockets, each sending the next request when the last answer is in, until `durationMs` passes. */
async function drive(port: number, path: string, expected: { status: number; type: string }, connections: number, durationMs: number, tally: Tally): Promise<void> {
  const request = Buffer.from(`GET ${path} HTTP/1.1\r\nHost: ${HOST}:${String(port)}\r\nAccept: application/json\r\nAuthorization: Bearer bench-token-0123456789\r\n\r\n`, 'latin1');
  const sockets = await Promise.all(Array.from({ length: connections }, () => openSocket(port)));
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async (socket: Socket): Promise<void> => {
    const reader = new ResponseReader(socket);
    while (performance.now() < deadline) {
      const sent = performance.now();
      socket.write(request);
      const answer = await reader.next();
      tally.requests += 1;
      tally.latencies.push(performance.now() - sent);
      if (answer === undefined) {
        tally.failed += 1;
        return;
      }
      if (answer.status !== expected.status || answer.contentType !== expected.type) tally.failed += 1;
    }
  };
  await Promise.all(sockets.map(worker));
  tally.elapsedMs += performance.now() - started;
  for (const socket of sockets) socket.destroy();
}

/** One answer, to show what clients get. */
async function sample(port: number, path: string): Promise<Answer | undefined> {
  const socket = await openSocket(port);
  const reader = new ResponseReader(socket);
  socket.write(`GET ${path} HTTP/1.1\r\nHost: ${HOST}\r\n\r\n`);
  const answer = await reader.next();
  socket.destroy();
  return answer;
}

async function serverCpu(port: number): Promise<number> {
  const answer = await sample(port, '/');
  const usage = JSON.parse(answer?.body ?? '{}') as { user: number; system: number };
  return usage.user + usage.system;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function merge(into: Tally, from: Tally): void {
  for (const latency of from.latencies) into.latencies.push(latency);
  into.requests += from.requests;
  into.failed += from.failed;
  into.elapsedMs += from.elapsedMs;
  into.cpuMicros += from.cpuMicros;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

function summary(tally: Tally): { rps: number; p50: number; p99: number; cpu: number } {
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  return { rps: tally.requests / (tally.elapsedMs / 1000), p50: percentile(sorted, 50), p99: percentile(sorted, 99), cpu: tally.cpuMicros / tally.requests };
}

type Child = ChildProcessByStdio<Writable, Readable, null>;

function startChild(args: readonly string[], nodeFlags: readonly string[] = []): { child: Child; ready: Promise<Record<string, number>> } {
  const child = spawn(process.execPath, [...nodeFlags, import.meta.filename, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const ready = new Promise<Record<string, number>>((resolve, reject) => {
    let buffered = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const line = buffered.indexOf('\n');
      if (line >= 0) resolve(JSON.parse(buffered.slice(0, line)) as Record<string, number>);
    });
    child.once('exit', (code) => {
      reject(new Error(`bench child ${args.join(' ')} exited early (${String(code)})`));
    });
  });
  return { child, ready };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string', default: '32' },
      seconds: { type: 'string', default: '3' },
      rounds: { type: 'string', default: '6' },
      only: { type: 'string' },
      profile: { type: 'string' },
      solo: { type: 'string' },
    },
  });
  const scenarios = (['success', 'error'] as const).filter((scenario) => values.only === undefined || values.only === scenario);
  const connections = Math.min(256, Math.max(1, Number(values.connections)));
  const seconds = Math.min(30, Math.max(0.5, Number(values.seconds)));
  const rounds = Math.min(60, Math.max(1, Number(values.rounds)));
  const solo = values.solo === 'bare' || values.solo === 'gateway' ? values.solo : undefined;

  const children: Child[] = [];
  const watchdog = setTimeout(
    () => {
      console.error('load check overran; stopping');
      for (const child of children) child.kill();
      process.exit(1);
    },
    (seconds * 2 * 2 + 60) * 1000,
  );
  try {
    const upstream = startChild(['--upstream']);
    children.push(upstream.child);
    const { upstream: upstreamPort } = await upstream.ready;
    const sides = startChild(['--sides', String(upstreamPort)], values.profile === undefined ? [] : ['--cpu-prof', '--cpu-prof-interval', '200', `--cpu-prof-dir=${values.profile}`]);
    children.push(sides.child);
    const ports = (await sides.ready) as { bare: number; gateway: number; control: number };

    if (solo !== undefined) {
      // One side alone, for a CPU profile of that side only (`--profile`): no ratio.
      for (const scenario of scenarios) {
        const spec = SCENARIOS[scenario];
        const tally = newTally();
        await drive(ports[solo], spec.path, { status: spec.status, type: spec[solo] }, connections, 300, newTally());
        const before = await serverCpu(ports.control);
        await drive(ports[solo], spec.path, { status: spec.status, type: spec[solo] }, connections, seconds * 1000, tally);
        tally.cpuMicros += (await serverCpu(ports.control)) - before;
        const s = summary(tally);
        console.log(`${solo} alone, ${scenario}: ${s.rps.toFixed(0)} req/s, p50 ${s.p50.toFixed(2)} ms, p99 ${s.p99.toFixed(2)} ms, server CPU ${s.cpu.toFixed(1)} µs/req, ${String(tally.failed)} failed`);
        if (tally.failed > 0) process.exitCode = 1;
      }
      return;
    }
    console.log(`command: node bench/load.ts ${process.argv.slice(2).join(' ')}`);
    console.log(`errata gateway load check: ${String(connections)} keep-alive connections, ${String(seconds)} s per side and scenario, ${String(rounds)} alternating rounds, 127.0.0.1`);
    console.log('baseline: a bare node:http + fetch proxy (forwards method, path, headers, body; streams the answer back unread)\n');
    let anyFailed = false;
    let allWithin = true;
    for (const scenario of scenarios) {
      const spec = SCENARIOS[scenario];
      const example = await sample(ports.gateway, spec.path);
      const tallies = { bare: newTally(), gateway: newTally() };
      const warm = newTally();
      await drive(ports.bare, spec.path, { status: spec.status, type: spec.bare }, connections, 300, warm);
      await drive(ports.gateway, spec.path, { status: spec.status, type: spec.gateway }, connections, 300, warm);
      const slice = (seconds * 1000) / rounds;
      // Each round's own gateway/bare ratios: their median is what the budget is checked on, as one
      // busy moment on a shared machine moves the whole-run totals but only one round's ratio.
      const roundRatios = { throughput: [] as number[], cpu: [] as number[] };
      for (let round = 0; round < rounds; round++) {
        // Alternate which side goes first, so neither always runs on a warmer (or busier) machine.
        const order = round % 2 === 0 ? (['bare', 'gateway'] as const) : (['gateway', 'bare'] as const);
        const inRound = { bare: newTally(), gateway: newTally() };
        for (const side of order) {
          const tally = inRound[side];
          const before = await serverCpu(ports.control);
          await drive(ports[side], spec.path, { status: spec.status, type: spec[side] }, connections, slice, tally);
          tally.cpuMicros += (await serverCpu(ports.control)) - before;
          merge(tallies[side], tally);
        }
        const g = summary(inRound.gateway);
        const b = summary(inRound.bare);
        roundRatios.throughput.push(g.rps / b.rps);
        roundRatios.cpu.push(g.cpu / b.cpu);
      }
      const g = summary(tallies.gateway);
      const b = summary(tallies.bare);
      const fmt = (n: number): string => n.toFixed(2).padStart(9);
      console.log(`${scenario === 'success' ? 'success pass-through' : 'error path'}: GET ${spec.path}, upstream ${String(spec.status)}`);
      console.log(`  gateway answers: ${String(example?.status)} ${String(example?.contentType)} ${example?.body.slice(0, 160) ?? ''}`);
      console.log('  side                     requests      req/s   p50 ms   p99 ms  server CPU µs/req   failed');
      console.log(`  bare node:http+fetch ${String(tallies.bare.requests).padStart(12)} ${fmt(b.rps)} ${fmt(b.p50)} ${fmt(b.p99)} ${fmt(b.cpu).padStart(18)} ${String(tallies.bare.failed).padStart(8)}`);
      console.log(`  errata gateway       ${String(tallies.gateway.requests).padStart(12)} ${fmt(g.rps)} ${fmt(g.p50)} ${fmt(g.p99)} ${fmt(g.cpu).padStart(18)} ${String(tallies.gateway.failed).padStart(8)}`);
      const throughput = median(roundRatios.throughput);
      const p99 = g.p99 / b.p99;
      const budget = BUDGET[scenario];
      const within = throughput >= budget.throughput && p99 <= budget.p99;
      allWithin &&= within;
      const sorted = [...roundRatios.throughput].sort((x, y) => x - y);
      console.log(`  throughput gateway / bare per round (${String(rounds)} rounds): ${sorted.map((ratio) => ratio.toFixed(2)).join(' ')}`);
      console.log(
        `  gateway / bare: throughput ${throughput.toFixed(3)}x median of rounds (whole run ${(g.rps / b.rps).toFixed(3)}x; budget >= ${String(budget.throughput)}), p99 ${p99.toFixed(3)}x (budget <= ${String(budget.p99)}), CPU per request ${median(roundRatios.cpu).toFixed(3)}x median  ${within ? 'within budget' : 'OVER BUDGET'}\n`,
      );
      if (tallies.gateway.failed + tallies.bare.failed > 0) anyFailed = true;
    }
    console.log('(the two sides share one process and take turns; the upstream and this driver run in their own processes)');
    if (!allWithin) console.log('(a shared machine makes req/s and p99 swing; run again before trusting one OVER BUDGET line)');
    if (anyFailed) process.exitCode = 1;
  } finally {
    clearTimeout(watchdog);
    // Closing stdin lets the children exit on their own (and write a CPU profile); kill what lingers.
    for (const child of children) child.stdin.end();
    await new Promise((resolve) => setTimeout(resolve, values.profile === undefined ? 100 : 2000));
    for (const child of children) child.kill();
  }
}

const sidesAt = process.argv.indexOf('--sides');
if (process.argv.includes('--upstream')) await serveUpstream();
else if (sidesAt >= 0) await serveSides(Number(process.argv[sidesAt + 1]));
else await main();
