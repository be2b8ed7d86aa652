// Adversarial inputs for `errata parse`, shared by the growth tests and the bench: each family
// makes a naive scanner revisit the same text (a search for a block end that restarts from every
// block, a regular expression that backtracks over a run of blanks, a URL scan that re-reads).
// Not part of the executable: only tests and bench/ import it.

/** `unit` repeated (and cut) to exactly `bytes` characters, after `head`. */
function fill(head: string, unit: string, bytes: number): string {
  const body = unit.repeat(Math.ceil(Math.max(0, bytes - head.length) / unit.length));
  return (head + body).slice(0, bytes);
}

/** Raw responses, as text, that stress the header-block scan. */
export const HTTP_MESSAGE_FAMILIES: Readonly<Record<string, (bytes: number) => string>> = {
  // Issue #12: bare-LF blocks; a CRLF search restarted per block ran to the end every time.
  'LF-only 100 blocks': (bytes) => fill('', 'HTTP/1.1 100\n\n', bytes),
  'CRLF 100 Continue blocks': (bytes) => fill('', 'HTTP/1.1 100 Continue\r\n\r\n', bytes),
  'mixed CRLF/LF blocks': (bytes) => fill('', 'HTTP/1.1 100\r\n\n', bytes),
  'blocks with one header each': (bytes) => fill('', 'HTTP/1.1 301 Moved\nlocation: /x\n\n', bytes),
  'headers without an end': (bytes) => fill('HTTP/1.1 400 Bad Request\n', 'x-a: b\n', bytes),
  'folded header lines': (bytes) => fill('HTTP/1.1 400 Bad Request\nx-a: b\n', ' c\n', bytes),
  'lines without a colon': (bytes) => fill('HTTP/1.1 400 Bad Request\n', 'junk\r\n', bytes),
  'blank run in the status line': (bytes) => `${fill('HTTP/1.1', ' ', bytes - 2)}4\n`,
  'CR-only lines': (bytes) => fill('HTTP/1.1 400 Bad Request\n', 'a\r', bytes),
  'body of blank lines': (bytes) => fill('HTTP/1.1 400 Bad Request\n\n', '\n\n\r\n', bytes),
};

/**
 * Free text that stresses the CLI's own URL finding in front of core's redaction (core's
 * redactText has its own growth tests for credential-heavy text).
 */
export const DISPLAY_TEXT_FAMILIES: Readonly<Record<string, (bytes: number) => string>> = {
  'scheme separators': (bytes) => fill('', 'a://', bytes),
  'spaced scheme separators': (bytes) => fill('', 'a:// ', bytes),
  'bare separators': (bytes) => fill('', '://', bytes),
  'long scheme run': (bytes) => `${fill('', 'a', bytes - 3)}://`,
  'one long authority': (bytes) => fill('https://', 'a', bytes),
  'URLs past the parse cap': (bytes) => fill('', 'https://h.io/x ', bytes),
};

/** The best (smallest) time of `runs` calls of `run`, in milliseconds, after one warm-up call. */
export function bestTimeMs(run: () => unknown, runs: number = 5): number {
  run();
  let best = Number.POSITIVE_INFINITY;
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * Times `small` and `large` alternately (so a burst of load from other processes hits both),
 * `rounds` times each after a warm-up. Gives the best time of each in milliseconds, and the
 * growth: the smaller of (best large / best small) and the best ratio of one round's pair, so one
 * unlucky run on a loaded machine cannot fake a superlinear step (quadratic code is slow in every
 * round). When the warm-up of `large` alone takes `giveUpMs` or more, it stops there, so the test
 * of quadratic code fails in seconds instead of running for minutes.
 */
export function bestTimesMs(
  small: () => unknown,
  large: () => unknown,
  rounds: number = 15,
  giveUpMs: number = 1000,
): { small: number; large: number; ratio: number } {
  const time = (run: () => unknown): number => {
    const started = performance.now();
    run();
    return performance.now() - started;
  };
  const firstSmall = time(small);
  const firstLarge = time(large);
  if (firstLarge >= giveUpMs) return { small: firstSmall, large: firstLarge, ratio: firstLarge / Math.max(firstSmall, 1e-3) };
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  let bestPair = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    const smallMs = time(small);
    const largeMs = time(large);
    bestSmall = Math.min(bestSmall, smallMs);
    bestLarge = Math.min(bestLarge, largeMs);
    bestPair = Math.min(bestPair, largeMs / Math.max(smallMs, 1e-3));
  }
  return { small: bestSmall, large: bestLarge, ratio: Math.min(bestLarge / Math.max(bestSmall, 1e-3), bestPair) };
}

export const KiB: number = 1024;
export const MiB: number = 1024 * KiB;
