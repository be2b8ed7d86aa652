// Growth measurement for linearity tests ("4x the input costs at most 6x the time"), shared by every
// package through `@errata/core/testing`. It must hold on a shared, loaded machine, so:
// - it measures the process's CPU time (`process.cpuUsage` where there is one, microsecond
//   resolution; it counts the engine's helper threads too, so garbage collection stays in the
//   figure), not the wall clock, which mostly measures the scheduler; elsewhere `performance.now()`;
// - the samples of the two sizes alternate, so a burst of load hits both alike;
// - each sample repeats the call until it lasts `sampleMs`, whatever the size;
// - the fastest sample of each size stands for it, and the best of a few attempts counts, since
//   load only ever slows a sample. (A quadratic walk stays near 16x on every attempt, so the best
//   attempt cannot hide one.)

/** 1024. */
export const KiB: number = 1024;
/** 1024 KiB. */
export const MiB: number = 1024 * KiB;

interface CpuUsage {
  readonly user: number;
  readonly system: number;
}

type Clock = () => number;

// Read once: the testing entry runs in browsers too, where there is no `process`.
const cpuUsage = (globalThis as { process?: { cpuUsage?: () => CpuUsage } }).process?.cpuUsage;

/** Milliseconds of this process's CPU time (user + system), or of the wall clock where there is no such counter. */
export const cpuTimeMs: Clock =
  typeof cpuUsage === 'function'
    ? () => {
        const { user, system } = cpuUsage();
        return (user + system) / 1000;
      }
    : () => performance.now();

// Results are kept so the optimizer cannot drop a call whose result is unused.
let sink: unknown;

/** The last result of a timed call (read so that keeping it counts as a use). */
export function lastResult(): unknown {
  return sink;
}

/** Fastest milliseconds per call of `work` over `samples` samples of `reps` calls. */
export function bestTime(work: () => unknown, reps: number, samples = 1): number {
  let best = Infinity;
  for (let sample = 0; sample < samples; sample++) {
    const started = cpuTimeMs();
    for (let rep = 0; rep < reps; rep++) sink = work();
    best = Math.min(best, (cpuTimeMs() - started) / reps);
  }
  return best;
}

/** Calls per sample so that one sample of `work` lasts about `sampleMs` (at least one call). */
function repsFor(work: () => unknown, sampleMs: number): number {
  const once = bestTime(work, 1, 2);
  return Math.min(100_000, Math.max(1, Math.ceil(sampleMs / Math.max(once, 0.0001))));
}

/** How a growth measurement samples. Every field has a default that suits a unit test. */
export interface GrowthOptions {
  /** Alternating samples of each size per attempt. Default 7. */
  readonly samples?: number;
  /** How long one sample lasts, at least, in milliseconds. Default 2. */
  readonly sampleMs?: number;
  /** Measurements at most; the best ratio counts. Default 3. */
  readonly attempts?: number;
  /** A ratio at or below this ends the attempts early. Default 5. */
  readonly enough?: number;
}

/** CPU milliseconds per call on the small and the large input, and their ratio. */
export interface Growth {
  readonly small: number;
  readonly large: number;
  /** `large / small`; 1 when the large input took under 20 ns a call (refused unread by a cap). */
  readonly ratio: number;
}

// Below this (20 ns) a call did no work that grows with its input, and the ratio of two such
// figures is timer noise.
const CONSTANT_MS = 0.00002;

/**
 * Times `work(small)` and `work(large)` (normally 4x apart) and returns their ratio: 4 is linear,
 * errata's tests allow 6. The inputs are built by the caller, outside the timing.
 */
export function measureGrowth<T>(work: (input: T) => unknown, small: T, large: T, options?: GrowthOptions): Growth {
  const samples = options?.samples ?? 7;
  const sampleMs = options?.sampleMs ?? 2;
  const attempts = options?.attempts ?? 3;
  const enough = options?.enough ?? 5;
  const runSmall = (): unknown => work(small);
  const runLarge = (): unknown => work(large);
  // Warm both shapes up, so no sample pays for compilation.
  bestTime(runSmall, 3);
  bestTime(runLarge, 2);
  let best: Growth = { small: Infinity, large: Infinity, ratio: Infinity };
  for (let attempt = 0; attempt < attempts && best.ratio > enough; attempt++) {
    const repsSmall = repsFor(runSmall, sampleMs);
    const repsLarge = repsFor(runLarge, sampleMs);
    let smallMs = Infinity;
    let largeMs = Infinity;
    for (let sample = 0; sample < samples; sample++) {
      smallMs = Math.min(smallMs, bestTime(runSmall, repsSmall));
      largeMs = Math.min(largeMs, bestTime(runLarge, repsLarge));
    }
    const ratio = largeMs < CONSTANT_MS ? 1 : largeMs / Math.max(smallMs, CONSTANT_MS);
    if (ratio < best.ratio) best = { small: smallMs, large: largeMs, ratio };
  }
  return best;
}

/** `measureGrowth` on inputs built for `size` and `4 * size` (default 256 KiB and 1 MiB). */
export function growth<T>(build: (size: number) => T, work: (input: T) => unknown, size: number = 256 * KiB, options?: GrowthOptions): Growth {
  return measureGrowth(work, build(size), build(4 * size), options);
}

/**
 * Fastest CPU milliseconds per call of `work` and of `reference` on the same input, sampled
 * alternately: for bounding work by an operation it cannot avoid (`JSON.parse` of the same text).
 */
export function paired<T>(input: T, work: (input: T) => unknown, reference: (input: T) => unknown, samples = 7): { readonly work: number; readonly reference: number } {
  const runWork = (): unknown => work(input);
  const runReference = (): unknown => reference(input);
  bestTime(runWork, 2);
  bestTime(runReference, 2);
  const repsWork = repsFor(runWork, 4);
  const repsReference = repsFor(runReference, 4);
  let workMs = Infinity;
  let referenceMs = Infinity;
  for (let sample = 0; sample < samples; sample++) {
    workMs = Math.min(workMs, bestTime(runWork, repsWork));
    referenceMs = Math.min(referenceMs, bestTime(runReference, repsReference));
  }
  return { work: workMs, reference: referenceMs };
}

/**
 * A text of exactly `size` characters: `prefix`, then `unit` (a string, or a function of the index
 * so keys can differ) as many whole times as fit, spaces, then `suffix`. Whole units keep a JSON
 * body valid, so parsers run their walks instead of refusing it at once.
 */
export function fill(size: number, prefix: string, unit: string | ((index: number) => string), suffix = ''): string {
  const room = size - prefix.length - suffix.length;
  const parts: string[] = [prefix];
  let used = 0;
  for (let index = 0; ; index++) {
    const next = typeof unit === 'string' ? unit : unit(index);
    if (next === '' || used + next.length > room) break;
    parts.push(next);
    used += next.length;
  }
  parts.push(' '.repeat(Math.max(0, room - used)), suffix);
  return parts.join('');
}
