// Growth measurement for the linearity tests: time a function on an input and on one 4x larger.
//
// The machine is shared and often loaded (two cores, several test runs at once), so wall-clock time
// mostly measures the scheduler: a call longer than a time slice is nearly always preempted, which
// inflates slow calls more than fast ones and skews every ratio upward. The time taken here is the
// process's CPU time (`process.cpuUsage`, microsecond resolution here; it counts the engine's
// helper threads too, so garbage collection stays in the figure), in short batches (~0.5 ms)
// alternating the two inputs for a fixed budget, and the fastest batch of each stands for it:
// anything that disturbs a batch only ever slows it.

export const KiB: number = 1024;
export const MiB: number = 1024 * KiB;

const BATCH_MS = 0.5;

/** Milliseconds of this process's CPU time. */
function clock(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Calls of `fn(input)` that take about `BATCH_MS` (at least one). */
function batchSize<T>(fn: (input: T) => unknown, input: T): number {
  let calls = 0;
  const started = clock();
  while (clock() - started < BATCH_MS * 4) {
    fn(input);
    calls++;
  }
  return Math.max(1, Math.round(calls / 4));
}

// Results are kept here so the optimizer cannot drop a call whose result is unused.
let sink: unknown;

/** Milliseconds per call over one batch. */
function batch<T>(fn: (input: T) => unknown, input: T, calls: number): number {
  const started = clock();
  for (let call = 0; call < calls; call++) sink = fn(input);
  return (clock() - started) / calls;
}

/** The last result of a timed call (read so `sink` counts as used). */
export function lastResult(): unknown {
  return sink;
}

// Below this (20 ns) a call did no work that grows with its input: a cap refused it unread, and
// the ratio of two such figures is timer noise (or 0 / 0).
const CONSTANT_MS = 0.00002;

export interface Growth {
  /** Fastest milliseconds per call on the small input. */
  readonly small: number;
  /** Fastest milliseconds per call on the large input. */
  readonly large: number;
  /** `large / small`, or 1 when the large input took under 20 ns a call (refused unread). */
  readonly ratio: number;
}

/**
 * Fastest time per call on `small` and `large`, over alternating batches for about `budgetMs`
 * (and at least `minRuns` of each).
 */
export function measureGrowth<T>(fn: (input: T) => unknown, small: T, large: T, budgetMs = 150, minRuns = 5): Growth {
  // Calibrating also warms both shapes up, so the optimizer's first pass is not measured.
  const smallCalls = batchSize(fn, small);
  const largeCalls = batchSize(fn, large);
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  const until = performance.now() + budgetMs;
  for (let run = 0; run < minRuns || (performance.now() < until && run < 1000); run++) {
    bestSmall = Math.min(bestSmall, batch(fn, small, smallCalls));
    bestLarge = Math.min(bestLarge, batch(fn, large, largeCalls));
  }
  return { small: bestSmall, large: bestLarge, ratio: bestLarge < CONSTANT_MS ? 1 : bestLarge / bestSmall };
}

/** `unit` repeated (after `prefix`) to exactly `length` characters. */
export function fill(length: number, unit: string, prefix = ''): string {
  return (prefix + unit.repeat(Math.ceil(length / unit.length))).slice(0, Math.max(length, prefix.length));
}
