// Growth measurement for the linearity tests: time a function on an input and on one 4x larger,
// best of several interleaved runs, each run repeating the call until it has taken a few
// milliseconds (so fast calls are not lost in timer resolution).

export const KiB: number = 1024;
export const MiB: number = 1024 * KiB;

const RUN_MS = 4;

function perCall<T>(fn: (input: T) => unknown, input: T): number {
  let calls = 0;
  const started = performance.now();
  let elapsed: number;
  do {
    fn(input);
    calls++;
    elapsed = performance.now() - started;
  } while (elapsed < RUN_MS);
  return elapsed / calls;
}

export interface Growth {
  /** Best milliseconds per call on the small input. */
  readonly small: number;
  /** Best milliseconds per call on the large input. */
  readonly large: number;
  readonly ratio: number;
}

/** Best-of-`runs` time per call on both inputs, measured alternately so load on the machine hits both alike. */
export function measureGrowth<T>(fn: (input: T) => unknown, small: T, large: T, runs = 7): Growth {
  perCall(fn, small);
  perCall(fn, large);
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    bestSmall = Math.min(bestSmall, perCall(fn, small));
    bestLarge = Math.min(bestLarge, perCall(fn, large));
  }
  return { small: bestSmall, large: bestLarge, ratio: bestLarge / bestSmall };
}

/**
 * The growth of `fn` from `small` to `large`, measured up to `attempts` times until it is within
 * `limit`: on a loaded machine one measurement can swing past the limit, while a function that is
 * not linear (16x for 4x the input when quadratic) stays past it every time.
 */
export function bestGrowth<T>(fn: (input: T) => unknown, small: T, large: T, limit: number, attempts = 3): Growth {
  let best = measureGrowth(fn, small, large);
  for (let attempt = 1; attempt < attempts && best.ratio > limit; attempt++) {
    const next = measureGrowth(fn, small, large);
    if (next.ratio < best.ratio) best = next;
  }
  return best;
}

/** Adversarial text families for masking, with the secrets they are masked against. */
export const MASKING_FAMILIES: Readonly<Record<string, (size: number) => string>> = {
  // Near misses of the long secret `aaaaaaaaaaab`, and the short `aaa` inside one endless word.
  'near misses of a long secret': (size) => 'a'.repeat(size),
  'a short secret inside words everywhere': (size) => 'baaab '.repeat(Math.ceil(size / 6)).slice(0, size),
  'percent escapes everywhere': (size) => '%42'.repeat(Math.ceil(size / 3)).slice(0, size),
  'stray percent signs': (size) => '%z'.repeat(Math.ceil(size / 2)).slice(0, size),
  'escapes broken up by stray percent signs': (size) => '%42%'.repeat(Math.ceil(size / 4)).slice(0, size),
  'base64 that almost spells the secret': (size) => 'YWFhYWFhYWFhYWFh'.repeat(Math.ceil(size / 16)).slice(0, size),
};

/** The request headers the families are masked against: a long bearer token, short and percent-encoded cookies. */
export const MASKING_HEADERS: Readonly<Record<string, string>> = { authorization: 'Bearer aaaaaaaaaaab', cookie: 'p=aaa; q=%41' };
