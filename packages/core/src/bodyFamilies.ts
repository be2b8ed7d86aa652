// Linearity over adversarial response bodies, the same way for every vendor package: the unit test
// asks `checkBodyFamily` for a verdict and the bench prints `bodyFamilyTable`. The walker is timed
// on already-parsed bodies, because JSON.parse is the engine's and is not linear across cache sizes
// on every machine; the whole public path from text is timed too, as a bound and for reference.
import { bestTime, growth, KiB, MiB, paired } from './growth.ts';

/** An input family that drives one of a vendor's walkers as hard as it can. */
export interface BodyFamily {
  readonly name: string;
  /** A JSON text of exactly `size` characters. */
  readonly text: (size: number) => string;
  /** The package's own code on the parsed text (what the growth is measured on). */
  readonly walk: (parsed: unknown) => unknown;
  /** The public entry point on the text itself. */
  readonly parse: (text: string) => unknown;
  /**
   * For families whose walk must list the keys of one huge JSON object: that listing alone
   * (`Object.keys`). The engine builds and sorts a hash table there and its time per key grows
   * with the table (JSON.parse of the same text grows the same way), so the walk is bounded by a
   * multiple of that listing instead of by its raw growth.
   */
  readonly baseline?: (parsed: unknown) => unknown;
}

/** What `checkBodyFamily` found: `ok`, or the first budget missed with the figures behind it. */
export interface FamilyVerdict {
  readonly ok: boolean;
  readonly detail: string;
}

const parsedOf = (family: BodyFamily) => (size: number): unknown => JSON.parse(family.text(size));
const ms = (value: number): string => `${value.toFixed(3)} ms`;

/**
 * The unit-test check: 4x the input (1 MiB to 4 MiB, both past the L2 cache, so a plain scan is
 * compared with itself) costs the walk at most 6x the time; where the walk lists one huge object's
 * keys, it costs at most 3x that listing (+1 ms) at 256 KiB and 1 MiB; the public path on 1 MiB of
 * text finishes within a generous second.
 */
export function checkBodyFamily(family: BodyFamily): FamilyVerdict {
  const text = family.text(MiB);
  if (text.length !== MiB) return { ok: false, detail: `text(${String(MiB)}) has ${String(text.length)} characters` };
  const parsed = parsedOf(family);
  if (family.baseline === undefined) {
    const measured = growth(parsed, family.walk, MiB);
    if (measured.ratio > 6 || measured.small >= 100) return { ok: false, detail: `walk ${ms(measured.small)} → ${ms(measured.large)} (${measured.ratio.toFixed(2)}x for 4x the input)` };
  } else {
    for (const size of [256 * KiB, MiB]) {
      const times = paired(parsed(size), family.walk, family.baseline);
      if (times.work > 3 * times.reference + 1) return { ok: false, detail: `${String(size / KiB)} KiB: walk ${ms(times.work)}, key listing ${ms(times.reference)}` };
    }
  }
  const whole = bestTime(() => family.parse(text), 1);
  if (whole >= 1000) return { ok: false, detail: `the public path took ${ms(whole)} on 1 MiB of text` };
  return { ok: true, detail: 'ok' };
}

/**
 * The bench: a Markdown table row per family with the walk at 256 KiB and 1 MiB, its growth from
 * 256 KiB and from 1 MiB (4x each), the key listing where there is one, the public path on 1 MiB
 * of text and JSON.parse alone. Budget on the walk: 1 MiB under 20 ms and growth past the cache at
 * most 6x; past the engine's key listing, at most twice the listing (+0.5 ms). Returns the rows and
 * how many families missed.
 */
export function bodyFamilyTable(families: readonly BodyFamily[]): { readonly lines: readonly string[]; readonly missed: number } {
  const lines = [
    '| family | walk 256 KiB | walk 1 MiB | growth 256K→1M | growth 1M→4M | Object.keys alone, 1 MiB (growth) | parse 1 MiB text | JSON.parse alone | budget |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  let missed = 0;
  for (const family of families) {
    const parsed = parsedOf(family);
    const { small, large, ratio } = growth(parsed, family.walk, 256 * KiB);
    const beyondCache = growth(parsed, family.walk, MiB).ratio;
    const text = family.text(MiB);
    const whole = bestTime(() => family.parse(text), 1, 9);
    const json = bestTime(() => JSON.parse(text) as unknown, 1, 9);
    const listing = family.baseline === undefined ? undefined : growth(parsed, family.baseline, 256 * KiB);
    const within = listing === undefined ? large < 20 && beyondCache <= 6 : large <= 2 * listing.large + 0.5;
    const verdict = !within ? 'MISSED' : large < 20 ? 'ok' : 'ok past the engine listing (listing alone over 20 ms)';
    if (!within) missed++;
    const keys = listing === undefined ? '' : `${ms(listing.large)} (${listing.ratio.toFixed(2)}x)`;
    lines.push(`| ${family.name} | ${ms(small)} | ${ms(large)} | ${ratio.toFixed(2)}x | ${beyondCache.toFixed(2)}x | ${keys} | ${ms(whole)} | ${ms(json)} | ${verdict} |`);
  }
  return { lines, missed };
}
