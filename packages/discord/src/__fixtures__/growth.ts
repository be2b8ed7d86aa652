// Timing helpers for the growth (linearity) tests. Robust on a shared machine: the two sizes are
// measured the same way in the same process, their samples interleaved (a burst of load slows
// both), each sample repeated until it lasts a few milliseconds, and the best of several kept.
// The same approach as the bearer-oauth and icloud-extract growth helpers.

export const KiB = 1024;
export const MiB: number = 1024 * KiB;

let sink: unknown;

/** Best time of one call, in milliseconds, over `samples` samples of `reps` calls. */
export function bestTime(run: () => unknown, reps: number, samples: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let sample = 0; sample < samples; sample++) {
    const start = performance.now();
    for (let rep = 0; rep < reps; rep++) sink = run();
    best = Math.min(best, (performance.now() - start) / reps);
  }
  return best;
}

export interface Growth {
  /** time(large) / time(small) of the work. */
  readonly work: number;
  /** The same for the baseline, measured interleaved with the work. */
  readonly baseline: number;
}

/**
 * The growth of `work` and of a `baseline` the work cannot avoid (V8's own `JSON.parse` or
 * `Object.keys`), measured interleaved so load from other processes hits both alike; the best of
 * up to three attempts, stopping once the work is clearly linear or clearly within its baseline.
 * Where the platform itself grows more than linearly (dictionary-mode objects, GC pressure at
 * 1 MiB), the test asserts the work adds nothing to it: `work <= max(6, 1.5 * baseline)`.
 */
export function growthAgainst<T>(work: (input: T) => unknown, baseline: (input: T) => unknown, small: T, large: T): Growth {
  if (sink === Symbol.for('never')) throw new Error('unreachable');
  let best: Growth = { work: Number.POSITIVE_INFINITY, baseline: 1 };
  for (let attempt = 0; attempt < 3 && best.work > Math.max(5, 1.25 * best.baseline); attempt++) {
    bestTime(() => work(small), 3, 1);
    bestTime(() => baseline(large), 1, 1);
    const once = bestTime(() => work(small), 1, 3);
    const reps = Math.min(1000, Math.max(1, Math.ceil(3 / Math.max(once, 0.001))));
    const times = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
    for (let sample = 0; sample < 7; sample++) {
      times[0] = Math.min(times[0] ?? 0, bestTime(() => work(small), reps, 1));
      times[1] = Math.min(times[1] ?? 0, bestTime(() => work(large), reps, 1));
      times[2] = Math.min(times[2] ?? 0, bestTime(() => baseline(small), reps, 1));
      times[3] = Math.min(times[3] ?? 0, bestTime(() => baseline(large), reps, 1));
    }
    const [workSmall = 1, workLarge = 1, baseSmall = 1, baseLarge = 1] = times;
    const growth = { work: workLarge / Math.max(workSmall, 0.0005), baseline: baseLarge / Math.max(baseSmall, 0.0005) };
    if (growth.work / Math.max(6, 1.5 * growth.baseline) < best.work / Math.max(6, 1.5 * best.baseline)) best = growth;
  }
  return best;
}

/** `unit` repeated until the text reaches `size` characters (whole units only), joined by commas. */
export function repeatTo(size: number, unit: (index: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < size; index++) {
    const part = unit(index);
    parts.push(part);
    length += part.length + 1;
  }
  return parts.join(',');
}
