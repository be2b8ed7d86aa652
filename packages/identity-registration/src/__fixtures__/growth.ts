// Timing helpers for the linearity tests: best of several runs, with enough repetitions that the
// small size takes a few milliseconds (timer noise would otherwise dominate cheap, capped work).

export const KiB = 1024;
export const MiB: number = 1024 * KiB;

function bestOf(runs: number, reps: number, work: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  let sink: unknown;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    for (let rep = 0; rep < reps; rep++) sink = work();
    best = Math.min(best, performance.now() - start);
  }
  if (sink === Symbol.for('never')) throw new Error('unreachable');
  return best / reps;
}

export interface Growth {
  /** Milliseconds per call at the small and the 4x size. */
  readonly small: number;
  readonly large: number;
  readonly ratio: number;
}

/**
 * Times `work(input)` for inputs of `size` and `4 * size` (built once, outside the timing), best
 * of `runs`. Ratio 4 is linear; the tests allow 6 for noise on a shared machine.
 */
export function growth<T>(build: (size: number) => T, work: (input: T) => unknown, size: number = 256 * KiB, runs = 5): Growth {
  const smallInput = build(size);
  const largeInput = build(4 * size);
  // Warm up both shapes, then pick repetitions so one small run lasts at least ~2 ms.
  work(smallInput);
  work(largeInput);
  const once = bestOf(1, 1, () => work(smallInput));
  const reps = Math.max(1, Math.min(10_000, Math.ceil(2 / Math.max(once, 0.000_1))));
  const small = bestOf(runs, reps, () => work(smallInput));
  const large = bestOf(runs, reps, () => work(largeInput));
  return { small, large, ratio: large / Math.max(small, 0.000_1) };
}

/**
 * Best times of `work` and `reference` on the same input, measured alternately (so a burst of load
 * or a GC pause hits both alike), best of `runs`.
 */
export function paired<T>(input: T, work: (input: T) => unknown, reference: (input: T) => unknown, runs = 9): { readonly work: number; readonly reference: number } {
  work(input);
  reference(input);
  let best = Number.POSITIVE_INFINITY;
  let bestReference = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    best = Math.min(best, bestOf(1, 1, () => work(input)));
    bestReference = Math.min(bestReference, bestOf(1, 1, () => reference(input)));
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
