// Linearity of this package's walkers over adversarial bodies (issue #12). For each family:
// the walkers on the parsed body at 256 KiB and 1 MiB (best of several runs) and their growth,
// then the whole public path from 1 MiB of text (read caps raised; by default a body is cut at
// 256 KiB), JSON.parse and core's checks included, with JSON.parse alone for reference.
// Budget, on our walk: 1 MiB under 20 ms, and 4x the input at most 6x the time (from 1 MiB to
// 4 MiB: 256 KiB still fits the L2 cache, which makes a plain scan look superlinear); where the
// walk must list one huge object's keys, at most 2x V8's own listing (whose growth is shown).
// Run: `node bench/linear.bench.ts` from the package folder, after building @errata/core.
import { families } from '../src/__fixtures__/adversarial.ts';
import { growth, KiB, MiB } from '@errata/core/testing';

function best(runs: number, work: () => unknown): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

let missed = 0;
console.log('| family | walk 256 KiB | walk 1 MiB | growth 256K→1M | growth 1M→4M | Object.keys alone, 1 MiB (growth) | parse 1 MiB text | JSON.parse alone | budget |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const family of families) {
  const { small, large, ratio } = growth((size) => JSON.parse(family.text(size)) as unknown, family.walk, 256 * KiB);
  // Growth from 1 MiB to 4 MiB: both past the L2 cache, where 256 KiB still fits.
  const beyondCache = growth((size) => JSON.parse(family.text(size)) as unknown, family.walk, MiB).ratio;
  const text = family.text(MiB);
  const whole = best(9, () => family.parse(text));
  const json = best(9, () => JSON.parse(text) as unknown);
  // Where the walk lists one huge object's keys, V8's listing sets the pace (see the growth test).
  const listing = family.baseline === undefined ? undefined : growth((size) => JSON.parse(family.text(size)) as unknown, family.baseline, 256 * KiB);
  const ms = (value: number): string => `${value.toFixed(3)} ms`;
  // Our work: linear growth and 1 MiB under 20 ms; past V8's key listing, at most as much again.
  const verdict =
    listing === undefined
      ? large < 20 && beyondCache <= 6
        ? 'ok'
        : 'MISSED'
      : large <= 2 * listing.large + 0.5
        ? large < 20
          ? 'ok'
          : 'ok past V8 listing (listing alone over 20 ms)'
        : 'MISSED';
  if (verdict === 'MISSED') missed++;
  const keys = listing === undefined ? '' : `${ms(listing.large)} (${listing.ratio.toFixed(2)}x)`;
  console.log(`| ${family.name} | ${ms(small)} | ${ms(large)} | ${ratio.toFixed(2)}x | ${beyondCache.toFixed(2)}x | ${keys} | ${ms(whole)} | ${ms(json)} | ${verdict} |`);
}
if (missed > 0) process.exitCode = 1;
