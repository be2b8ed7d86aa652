// What createFetch adds to a successful request, measured on 127.0.0.1 against bare fetch in the
// same run. The machine is shared and noisy, so the two are interleaved request by request (the
// order flipped on every pair), each request timed with its body read, and the medians compared:
// a spike hits one request, not one side. Bounded: 9 rounds of 600 pairs, stopping early after
// 60 s; the reported ratio is the median of the rounds' ratios. Budget: the wrapper adds <= 5 %.
//
// Run: pnpm --filter @errata/fetch build && pnpm --filter @errata/fetch bench
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { discord } from '@errata/discord';
import { createFetch } from '../dist/index.mjs';

const ROUNDS = 9;
const PAIRS = 600;
const DEADLINE_MS = 60_000;
const BUDGET = 1.05;

const body = JSON.stringify({ id: '80351110224678912', username: 'Nelly', discriminator: '1337', avatar: '8342729096ea3675442027381ff50dfe' });
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/users/@me`;

const wrapped = createFetch({ vendors: discord });
// Reported, not budgeted: a per-attempt timeout adds an AbortController (about 2.5 µs in Node) and a timer.
const withTimeout = createFetch({ vendors: discord, timeout: 10_000 });
const init = { headers: { authorization: 'Bot bench-token' } };

async function timed(run: typeof fetch): Promise<number> {
  const started = performance.now();
  const response = await run(url, init);
  await response.arrayBuffer();
  return performance.now() - started;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

// Warm up both paths (connections, JIT).
for (let i = 0; i < 500; i++) {
  await timed(fetch);
  await timed(wrapped);
  await timed(withTimeout);
}

const ratios: number[] = [];
const timeoutRatios: number[] = [];
const bareMedians: number[] = [];
const errataMedians: number[] = [];
const deadline = performance.now() + DEADLINE_MS;
for (let round = 0; round < ROUNDS && performance.now() < deadline; round++) {
  const bare: number[] = [];
  const errata: number[] = [];
  const timedOut: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    if (i % 2 === 0) {
      bare.push(await timed(fetch));
      errata.push(await timed(wrapped));
      timedOut.push(await timed(withTimeout));
    } else {
      timedOut.push(await timed(withTimeout));
      errata.push(await timed(wrapped));
      bare.push(await timed(fetch));
    }
  }
  bareMedians.push(median(bare));
  errataMedians.push(median(errata));
  ratios.push(median(errata) / median(bare));
  timeoutRatios.push(median(timedOut) / median(bare));
}
server.close();

const micro = (ms: number): string => `${(ms * 1000).toFixed(1)} µs`;
const ratio = median(ratios);
console.log(`createFetch overhead on a successful loopback request (${String(ratios.length)} rounds x ${String(PAIRS)} interleaved pairs, and as many with a timeout)`);
console.log(`  bare fetch:  median ${micro(median(bareMedians))} per request`);
console.log(`  createFetch: median ${micro(median(errataMedians))} per request`);
console.log(`  ratio (median of rounds): ${ratio.toFixed(3)}x  (rounds from ${Math.min(...ratios).toFixed(3)}x to ${Math.max(...ratios).toFixed(3)}x)`);
console.log(`  budget <= ${BUDGET.toFixed(2)}x: ${ratio <= BUDGET ? 'ok' : 'OVER'}`);
console.log(`  with timeout: 10_000 (not budgeted): ${median(timeoutRatios).toFixed(3)}x`);
process.exitCode = ratio <= BUDGET ? 0 : 1;
