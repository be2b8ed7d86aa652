// Timing helpers for growth tests. They must hold on a shared, loaded machine, so they measure
// CPU time rather than the wall clock (time spent preempted by other processes does not
// count), compare two sizes measured the same way in the same process, interleave the samples of
// the two sizes, make each sample last about as long for either size, and keep the best of several
// samples and attempts, since load only ever inflates a time.

/**
 * Milliseconds of CPU time this process has used (user + system), to the microsecond. Vitest runs
 * each test file in its own process, so this is the file's own work. (`process.threadCpuUsage` is
 * not used: on Linux it only moves in scheduler ticks of a few milliseconds.)
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Best CPU time of one call, in milliseconds: `samples` samples of `reps` calls each. */
export function bestTime(run: () => unknown, reps: number, samples: number): number {
  let best = Infinity;
  for (let sample = 0; sample < samples; sample++) {
    const start = cpuMs();
    for (let k = 0; k < reps; k++) run();
    best = Math.min(best, (cpuMs() - start) / reps);
  }
  return best;
}

export interface GrowthOptions {
  /** Interleaved samples per size and attempt. Default 7. */
  readonly samples?: number;
  /** How long one sample lasts at least, in milliseconds. Default 8. */
  readonly sampleMs?: number;
  /** Measurements tried at most; the best ratio counts. Default 4. */
  readonly attempts?: number;
  /** A ratio at or below this ends the attempts early. Default 5. */
  readonly enough?: number;
}

/** Calls per sample so that one sample of `input` lasts at least `sampleMs`. */
function repsFor<T>(parse: (input: T) => unknown, input: T, sampleMs: number): number {
  const once = bestTime(() => parse(input), 1, 2);
  return Math.min(5000, Math.max(1, Math.ceil(sampleMs / Math.max(once, 0.01))));
}

function measureRatio<T>(parse: (input: T) => unknown, small: T, large: T, samples: number, sampleMs: number): number {
  const repsSmall = repsFor(parse, small, sampleMs);
  const repsLarge = repsFor(parse, large, sampleMs);
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let sample = 0; sample < samples; sample++) {
    smallMs = Math.min(smallMs, bestTime(() => parse(small), repsSmall, 1));
    largeMs = Math.min(largeMs, bestTime(() => parse(large), repsLarge, 1));
  }
  return largeMs / Math.max(smallMs, 0.0001);
}

/**
 * time(large) / time(small) for one parser on two inputs (normally 4x apart), per call: the best
 * of up to `attempts` measurements. A quadratic parser stays near 16x (for 4x the input) on every
 * attempt, so taking the best attempt cannot hide one.
 */
export function growthRatio<T>(parse: (input: T) => unknown, small: T, large: T, options?: GrowthOptions): number {
  const samples = options?.samples ?? 7;
  const sampleMs = options?.sampleMs ?? 8;
  const enough = options?.enough ?? 5;
  // Warm up both sizes so no sample pays for compilation.
  bestTime(() => parse(small), 3, 1);
  bestTime(() => parse(large), 2, 1);
  let best = Infinity;
  for (let attempt = 0; attempt < (options?.attempts ?? 4) && best > enough; attempt++) best = Math.min(best, measureRatio(parse, small, large, samples, sampleMs));
  return best;
}
