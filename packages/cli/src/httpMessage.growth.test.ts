// "Linear" for the header-block scan and the URL-aware redaction, proven by growth: each
// adversarial family is timed at 256 KiB and at 1 MiB (4x), best of several runs, and the larger
// may take at most 6x as long (quadratic work would take 16x). The 1 MiB absolute figure is
// measured by bench/httpMessage.bench.ts (< 20 ms); the cap here is generous so a busy machine
// cannot fail it.
import { describe, expect, it } from 'vitest';
import { bestTimesMs, DISPLAY_TEXT_FAMILIES, HTTP_MESSAGE_FAMILIES, KiB, MiB } from '../test/adversarial.ts';
import { main } from './main.ts';
import { parseRawResponse } from './httpMessage.ts';
import { redactDisplayText } from './redact.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const SMALL = 256 * KiB;
const LARGE = MiB;
const MAX_RATIO = 6;
/** Below this, timer noise dominates: a ratio of two tiny figures proves nothing either way. */
const NOISE_FLOOR_MS = 0.5;

function growth(run: (size: number) => () => unknown, sizes: readonly [number, number] = [SMALL, LARGE]): { small: number; large: number; ratio: number } {
  const { small, large, ratio } = bestTimesMs(run(sizes[0]), run(sizes[1]));
  // Two figures under the noise floor prove nothing either way: compare against the floor instead.
  return { small, large, ratio: small >= NOISE_FLOOR_MS / MAX_RATIO ? ratio : large / (NOISE_FLOOR_MS / MAX_RATIO) };
}

describe('parseRawResponse grows linearly', () => {
  it.each(Object.entries(HTTP_MESSAGE_FAMILIES))('%s', (_name, family) => {
    const { large, ratio } = growth((size) => {
      const input = encode(family(size));
      return () => parseRawResponse(input);
    });
    expect(ratio).toBeLessThanOrEqual(MAX_RATIO);
    expect(large).toBeLessThan(250);
  });

  it('reads 1 MiB of LF-only 100 blocks as the last block (issue #12 took 4 s for 1.8 MB)', () => {
    const input = encode(`${'HTTP/1.1 100\n\n'.repeat(MiB / 14)}HTTP/1.1 404 Not Found\n\n{"code":10003}`);
    const raw = parseRawResponse(input);
    expect(raw?.status).toBe(404);
    expect(raw?.skippedBlocks).toBeGreaterThan(70_000);
    expect(new TextDecoder().decode(raw?.body)).toBe('{"code":10003}');
  });
});

// Printed text is short (core keeps excerpts), so these run at 64 KiB and 256 KiB: past the CPU's
// cache, the three passes of core's redactText over a 1 MiB string measure memory, not the scan.
describe('redaction of printed text grows linearly', () => {
  it.each(Object.entries(DISPLAY_TEXT_FAMILIES))('%s', (_name, family) => {
    const { large, ratio } = growth((size) => {
      const text = family(size);
      return () => redactDisplayText(text);
    }, [SMALL / 4, SMALL]);
    expect(ratio).toBeLessThanOrEqual(MAX_RATIO);
    expect(large).toBeLessThan(250);
  });
});

describe('errata parse, end to end, grows linearly', () => {
  const io = (input: Uint8Array) => ({ stdout: () => undefined, stderr: () => undefined, readStdin: () => Promise.resolve(input) });

  it.each(['LF-only 100 blocks', 'headers without an end', 'folded header lines'])('%s', async (name) => {
    const family = HTTP_MESSAGE_FAMILIES[name]!;
    const smallInput = encode(family(SMALL));
    const largeInput = encode(family(LARGE));
    const time = async (input: Uint8Array): Promise<number> => {
      const started = performance.now();
      await main(['parse'], io(input));
      return performance.now() - started;
    };
    await time(smallInput);
    // Quadratic code takes seconds here: fail at once rather than time it 21 more times.
    expect(await time(largeInput)).toBeLessThan(1000);
    let small = Number.POSITIVE_INFINITY;
    let large = Number.POSITIVE_INFINITY;
    let bestPair = Number.POSITIVE_INFINITY;
    // Alternated, so a burst of load from other processes hits both sizes (see bestTimesMs).
    for (let round = 0; round < 21; round++) {
      const smallMs = await time(smallInput);
      const largeMs = await time(largeInput);
      small = Math.min(small, smallMs);
      large = Math.min(large, largeMs);
      bestPair = Math.min(bestPair, largeMs / Math.max(smallMs, NOISE_FLOOR_MS / MAX_RATIO));
    }
    expect(Math.min(large / Math.max(small, NOISE_FLOOR_MS / MAX_RATIO), bestPair)).toBeLessThanOrEqual(MAX_RATIO);
  });
});
