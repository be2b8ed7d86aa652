// Timing helpers for the linearity tests and benches. They must hold on a shared, loaded machine,
// so they measure CPU time rather than the wall clock (time spent preempted by other processes
// does not count), interleave the samples of the two sizes (a burst of load or a GC pause hits
// both alike), make each sample last a few milliseconds whatever the size, and keep the best of
// several samples and attempts, since load only ever inflates a time. (The same technique as
// bearer-oauth's growth helper; core's testing entry could host one shared copy.)

export const KiB = 1024;
export const MiB: number = 1024 * KiB;

/** Milliseconds of CPU time this process has used (user + system), to the microsecond. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Best CPU time of one call, in milliseconds: `samples` samples of `reps` calls each. */
function bestTime(work: () => unknown, reps: number, samples: number): number {
  let best = Number.POSITIVE_INFINITY;
  let sink: unknown;
  for (let sample = 0; sample < samples; sample++) {
    const start = cpuMs();
    for (let rep = 0; rep < reps; rep++) sink = work();
    best = Math.min(best, (cpuMs() - start) / reps);
  }
  if (sink === Symbol.for('never')) throw new Error('unreachable');
  return best;
}

/** Calls per sample so that one sample lasts at least `sampleMs`. */
function repsFor(work: () => unknown, sampleMs: number): number {
  const once = bestTime(work, 1, 2);
  return Math.min(10_000, Math.max(1, Math.ceil(sampleMs / Math.max(once, 0.001))));
}

export interface Growth {
  /** CPU milliseconds per call at the small and the 4x size. */
  readonly small: number;
  readonly large: number;
  readonly ratio: number;
}

/**
 * Times `work(input)` for inputs of `size` and `4 * size` (built once, outside the timing):
 * interleaved samples, the best of up to `attempts` measurements (a quadratic walk stays near 16x
 * on every attempt, so the best attempt cannot hide one). Ratio 4 is linear; tests allow 6.
 */
export function growth<T>(build: (size: number) => T, work: (input: T) => unknown, size: number = 256 * KiB, samples = 5, attempts = 3): Growth {
  const smallInput = build(size);
  const largeInput = build(4 * size);
  const runSmall = (): unknown => work(smallInput);
  const runLarge = (): unknown => work(largeInput);
  // Warm up both shapes so no sample pays for compilation.
  bestTime(runSmall, 2, 1);
  bestTime(runLarge, 2, 1);
  const repsSmall = repsFor(runSmall, 4);
  const repsLarge = repsFor(runLarge, 4);
  let best: Growth = { small: Number.POSITIVE_INFINITY, large: Number.POSITIVE_INFINITY, ratio: Number.POSITIVE_INFINITY };
  for (let attempt = 0; attempt < attempts && best.ratio > 5; attempt++) {
    let small = Number.POSITIVE_INFINITY;
    let large = Number.POSITIVE_INFINITY;
    for (let sample = 0; sample < samples; sample++) {
      small = Math.min(small, bestTime(runSmall, repsSmall, 1));
      large = Math.min(large, bestTime(runLarge, repsLarge, 1));
    }
    const ratio = large / Math.max(small, 0.000_1);
    if (ratio < best.ratio) best = { small, large, ratio };
  }
  return best;
}

/**
 * Best CPU times of `work` and `reference` on the same input, sampled alternately, best of
 * `samples`: for bounding our work by an irreducible operation on the same data.
 */
export function paired<T>(input: T, work: (input: T) => unknown, reference: (input: T) => unknown, samples = 7): { readonly work: number; readonly reference: number } {
  const runWork = (): unknown => work(input);
  const runReference = (): unknown => reference(input);
  bestTime(runWork, 1, 1);
  bestTime(runReference, 1, 1);
  const repsWork = repsFor(runWork, 4);
  const repsReference = repsFor(runReference, 4);
  let best = Number.POSITIVE_INFINITY;
  let bestReference = Number.POSITIVE_INFINITY;
  for (let sample = 0; sample < samples; sample++) {
    best = Math.min(best, bestTime(runWork, repsWork, 1));
    bestReference = Math.min(bestReference, bestTime(runReference, repsReference, 1));
  }
  return { work: best, reference: bestReference };
}

/**
 * A text of exactly `size` characters: `prefix`, `unit(0)`, `unit(1)`, … while they fit, spaces
 * (JSON whitespace), then `suffix`. Whole units keep a JSON body valid, so the walkers run instead
 * of a quick reject; `unit` gets its index so keys can differ (a JSON object keeps one of each key).
 */
export function fill(size: number, prefix: string, unit: string | ((index: number) => string), suffix = ''): string {
  const room = size - prefix.length - suffix.length;
  const parts: string[] = [prefix];
  let used = 0;
  for (let index = 0; ; index++) {
    const next = typeof unit === 'string' ? unit : unit(index);
    if (used + next.length > room) break;
    parts.push(next);
    used += next.length;
  }
  parts.push(' '.repeat(room - used), suffix);
  return parts.join('');
}
