// WWW-Authenticate parsing: errata's scanner against the best parser on npm we could install.
// Run with `pnpm --filter @errata/bearer-oauth bench` (plain Node, TypeScript stripped by Node).
//
// Peer: `auth-header` 1.0.0. Of the npm candidates it is the most standards-complete that installs:
// any scheme, token68, quoted-strings with `\"`. It reads one challenge per field (a second scheme
// becomes a bogus token), keeps duplicate names as arrays, and throws on bad schemes. The others:
// `www-authenticate` 0.6.3 handles Basic/Digest only; `http-auth-utils` 6 only Basic/Digest/Bearer
// with a fixed set of names and throws on any other; `@httpland/www-authenticate-parser` is not on
// the registry; oauth4webapi's parser is internal (not exported) since 2024.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { measureGrowth } from '@errata/core/testing';
import { Bench, type Task } from 'tinybench';
import { CHALLENGE_FAMILIES } from '../src/__fixtures__/challengeFamilies.ts';
import { parseChallenges } from '../src/challenge/parse.ts';

interface AuthHeaderResult {
  scheme: string;
  params: Record<string, string | string[]>;
  token: string | string[] | null;
}
const authHeader = createRequire(import.meta.url)('auth-header') as { parse(value: string): AuthHeaderResult };

function peer(value: string): unknown {
  try {
    return authHeader.parse(value);
  } catch (error) {
    return error;
  }
}

/**
 * The peer on a 1 MiB header, in a worker so a run that goes quadratic can be stopped: best of up
 * to five runs within three seconds, or `undefined` when one run outlasts the deadline.
 */
function peerInWorker(header: string, deadlineMs = 10_000): Promise<number | undefined> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { parse } = require(${JSON.stringify(createRequire(import.meta.url).resolve('auth-header'))});
    let best = Infinity;
    const started = performance.now();
    for (let i = 0; i < 5 && performance.now() - started < 3000; i++) {
      const t = performance.now();
      try { parse(workerData); } catch {}
      best = Math.min(best, performance.now() - t);
    }
    parentPort.postMessage(best);`;
  return new Promise((resolve) => {
    const worker = new Worker(source, { eval: true, workerData: header });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(undefined);
    }, deadlineMs);
    worker.once('message', (best: number) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(best);
    });
  });
}

const KiB = 1024;
const MiB = 1024 * KiB;
const paramsHeader = (count: number): string => `Bearer ${Array.from({ length: count }, (_, i) => `p${String(i)}="v"`).join(', ')}`;

const TYPICAL = 'Bearer realm="example", error="invalid_token", error_description="The access token expired"';
const BATCH = 100;

// The peer is run on the families it can parse in reasonable time; on the others it is quadratic
// or throws at once, which says nothing more.
const PEER_FAMILIES = new Set([
  'Bearer then commas',
  'unterminated quote',
  'backslash run in quotes',
  'huge token68',
  'tiny params (a=b, …)',
  'quoted params (p="v", …)',
  'stray quotes (" ," …)',
]);

/**
 * The median and the best time per call. The targets are judged on the best time, as the issue
 * asks ("best of several runs"): on a shared machine other processes only ever add time, so the
 * median says how loaded the run was and the best says what the code costs.
 */
interface Timing {
  readonly median: number;
  readonly best: number;
}

function timingOf(task: Task): Timing {
  const { result } = task;
  if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state === 'errored' ? result.error.message : result.state}`);
  return { median: result.latency.p50, best: result.latency.min };
}

async function measure(name: string, fn: () => unknown, time: number): Promise<Timing> {
  const bench = new Bench({ time, warmupTime: Math.min(time, 200) });
  bench.add(name, fn);
  await bench.run();
  return timingOf(bench.tasks[0]!);
}

function perCall(timing: Timing, calls: number): Timing {
  return { median: timing.median / calls, best: timing.best / calls };
}

const fmtUs = (ms: number): string => `${(ms * 1000).toFixed(3)} µs`;
const fmtMs = (ms: number): string => `${ms.toFixed(2)} ms`;
const ratio = (ours: number, theirs: number): string => (theirs >= ours ? `${(theirs / ours).toFixed(1)}x faster` : `${(ours / theirs).toFixed(1)}x slower`);

console.log(`Node ${process.version}; peer: auth-header 1.0.0\n`);

// 1. A typical Bearer challenge, parsed BATCH times per sample so timer overhead does not dominate.
const oursTypical = perCall(await measure('errata typical', () => {
  for (let i = 0; i < BATCH; i++) parseChallenges(TYPICAL);
}, 1000), BATCH);
const peerTypical = perCall(await measure('auth-header typical', () => {
  for (let i = 0; i < BATCH; i++) peer(TYPICAL);
}, 1000), BATCH);
console.log('Typical Bearer challenge (target < 1 µs, best of the samples)');
console.table([
  {
    header: TYPICAL.slice(0, 48) + '…',
    'errata best': fmtUs(oursTypical.best),
    'errata median': fmtUs(oursTypical.median),
    'auth-header median': fmtUs(peerTypical.median),
    ratio: ratio(oursTypical.median, peerTypical.median),
    'under 1 µs': oursTypical.best < 0.001,
  },
]);

// 2. 1 MiB adversarial headers (target < 20 ms each, and 4x the input at most 6x the time). The
// peer runs in a worker with a deadline, because it is quadratic on repeated parameter names.
const DEADLINE_MS = 10_000;
const rows = [];
let worst = { name: '', ours: 0, theirs: undefined as number | undefined };
let slowest = 0;
let steepest = 0;
for (const [name, make] of Object.entries(CHALLENGE_FAMILIES)) {
  const header = make(MiB);
  const quarter = make(256 * KiB);
  const ours = await measure(`errata ${name}`, () => parseChallenges(header), 500);
  // Growth in CPU time, as the unit tests measure it: other processes' load does not count.
  const growth = measureGrowth((text: string) => parseChallenges(text), quarter, header, { sampleMs: 8, attempts: 1 }).ratio;
  const theirs = PEER_FAMILIES.has(name) ? await peerInWorker(header, DEADLINE_MS) : undefined;
  if (PEER_FAMILIES.has(name) && ours.best > worst.ours) worst = { name, ours: ours.best, theirs };
  slowest = Math.max(slowest, ours.best);
  steepest = Math.max(steepest, growth);
  rows.push({
    '1 MiB header': name,
    'errata best': fmtMs(ours.best),
    median: fmtMs(ours.median),
    '4x growth': growth.toFixed(2),
    'auth-header': !PEER_FAMILIES.has(name) ? '' : theirs === undefined ? `> ${String(DEADLINE_MS)} ms` : fmtMs(theirs),
    ratio: !PEER_FAMILIES.has(name) ? '' : theirs === undefined ? `> ${(DEADLINE_MS / ours.best).toFixed(0)}x faster` : ratio(ours.best, theirs),
    'under 20 ms': ours.best < 20,
  });
}
console.log('\n1 MiB adversarial headers (target < 20 ms best; 4x growth = CPU time at 1 MiB / at 256 KiB, target <= 6)');
console.table(rows);
console.log(`Slowest family: ${fmtMs(slowest)}; steepest growth: ${steepest.toFixed(2)}x`);
const worstPeer = worst.theirs === undefined ? `did not finish in ${String(DEADLINE_MS)} ms` : `${fmtMs(worst.theirs)}, ${ratio(worst.ours, worst.theirs)}`;
console.log(`Worst case for errata among the peer's families: ${worst.name}, ${fmtMs(worst.ours)} (auth-header on the same header: ${worstPeer})`);

// 3. Scaling with the parameter count, the shape on which oauth4webapi 3.8.8 grows quadratically
// (a peer comparison measured 1,600 params at 6.1 ms and 16,000 params at 634 ms; this bench re-measures both).
const scaling = [];
for (const count of [1600, 16000]) {
  const header = paramsHeader(count);
  const capped = await measure(`errata ${String(count)} params`, () => parseChallenges(header), 1000);
  const all = await measure(`errata ${String(count)} params, no cap`, () => parseChallenges(header, { maxParams: Infinity }), 1000);
  const theirs = await measure(`auth-header ${String(count)} params`, () => peer(header), 1000);
  scaling.push({ params: count, bytes: `${(header.length / 1024).toFixed(1)} kB`, 'errata (default, keeps 256)': fmtMs(capped.best), 'errata (keeps all)': fmtMs(all.best), 'auth-header': fmtMs(theirs.best) });
}
console.log('\nScaling: Bearer p0="v", p1="v", … (10x the input should cost ~10x; best times)');
console.table(scaling);
