// Interleaved rounds over tinybench: every task of a group is measured once per round, the order
// alternating between rounds, and the figure kept is the median of the per-round medians. Fast
// functions run in batches so one sample is ~20 µs and timer overhead stays out of the figure.
import { Bench } from 'tinybench';

export const ROUNDS = positive(process.env.BENCH_ROUNDS, 7);
export const TIME_MS = positive(process.env.BENCH_TIME_MS, 120);

function positive(value, fallback) {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** Anything the optimizer cannot see through. */
export let sink;
export function keep(value) {
  sink = value;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Calls per sample so one sample takes about `targetNs`. */
function batchSize(fn, targetNs = 20_000) {
  for (let i = 0; i < 200; i++) fn();
  let calls = 0;
  const started = performance.now();
  while (performance.now() - started < 20) {
    fn();
    calls++;
  }
  const perCallNs = ((performance.now() - started) * 1e6) / calls;
  return Math.max(1, Math.min(10_000, Math.round(targetNs / perCallNs)));
}

async function sample(name, fn, batch, time) {
  const bench = new Bench({ time, warmupTime: Math.min(time, 30) });
  bench.add(
    name,
    batch === 1
      ? fn
      : () => {
          for (let i = 0; i < batch; i++) fn();
        },
  );
  await bench.run();
  const { result } = bench.tasks[0];
  if (result.state !== 'completed') throw new Error(`${name}: ${result.state === 'errored' ? result.error?.message : result.state}`);
  return (result.latency.p50 * 1e6) / batch; // ns per call
}

/**
 * Measures a group of tasks ({ label: fn }) in interleaved rounds. Returns label → { ns (median of
 * round medians), spread (max/min of round medians) }.
 */
export async function measureGroup(tasks, { rounds = ROUNDS, time = TIME_MS, batched = true } = {}) {
  const labels = Object.keys(tasks);
  const batches = Object.fromEntries(labels.map((label) => [label, batched ? batchSize(tasks[label]) : 1]));
  const perRound = Object.fromEntries(labels.map((label) => [label, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? labels : [...labels].reverse();
    for (const label of order) perRound[label].push(await sample(label, tasks[label], batches[label], time));
  }
  return Object.fromEntries(
    labels.map((label) => {
      const values = perRound[label];
      return [label, { ns: median(values), spread: Math.max(...values) / Math.min(...values) }];
    }),
  );
}

export function fmtNs(ns) {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(0)} ns`;
}
