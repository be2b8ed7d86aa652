// Issue #12: every reader of untrusted input in core is linear. Each adversarial family is timed at
// two sizes 4x apart (best of several interleaved runs) and must grow at most 6x; a generous
// absolute cap catches a family that is linear but slow. The 1 MiB < 20 ms figures are measured
// by the bench (tooling/bench/src/core-linear.mjs), not here: a shared machine makes them noisy.
import { afterAll, describe, expect, it } from 'vitest';
import { KiB, measureGrowth, MiB } from './growth.ts';
import { readHeaders } from './headers.ts';
import { parseHttpDate } from './httpDate.ts';
import { copyJson, exceedsDepth, parseJsonValue } from './json.ts';
import { parseRateLimit } from './rateLimit.ts';
import { requestIdOf } from './requestId.ts';
import { parseRetryAfter } from './retryAfter.ts';
import { parseStructuredField } from './structuredField.ts';
import { viewOf } from './view.ts';

/** `unit` repeated (after `prefix`) to exactly `length` characters. */
function fill(length: number, unit: string, prefix = ''): string {
  return (prefix + unit.repeat(Math.ceil(length / unit.length))).slice(0, Math.max(length, prefix.length));
}

const MAX_GROWTH = 6;
// Per call, at the large size: far above what a linear reader takes, far below a quadratic one.
const CAP_MS = 250;

/** How to build an input of a given size, and what to time on it. */
interface Family {
  readonly make: (size: number) => unknown;
  readonly run: (input: unknown) => unknown;
}

function family<T>(make: (size: number) => T, run: (input: T) => unknown): Family {
  return { make, run: run as (input: unknown) => unknown };
}

const measured: string[] = [];
afterAll(() => {
  // The figures behind the assertions, for the record (shown by `vitest run --reporter=verbose`).
  console.log(`growth for 4x input (max ${String(MAX_GROWTH)}x):\n${measured.join('\n')}`);
});

function expectLinear(label: string, families: Record<string, Family>, small: number, large: number): void {
  it.each(Object.keys(families))(`${label}: %s`, (name) => {
    const { make, run } = families[name]!;
    const growth = measureGrowth(run, make(small), make(large));
    measured.push(`${growth.ratio.toFixed(2)}x  ${label}: ${name} (${growth.large.toFixed(4)} ms at ${String(large / KiB)} KiB)`);
    expect.soft(growth.large, `${name}: ${growth.large.toFixed(3)} ms per call at ${String(large)}`).toBeLessThan(CAP_MS);
    expect(growth.ratio, `${name}: ${growth.small.toFixed(4)} ms -> ${growth.large.toFixed(4)} ms`).toBeLessThanOrEqual(MAX_GROWTH);
  });
}

const NOW = 1_700_000_000_000;

// Strings that stress a header scanner: runs of separators, quotes, escapes, digits and spaces.
const hostileText: Record<string, (size: number) => string> = {
  semicolons: (size) => fill(size, ';'),
  commas: (size) => fill(size, ','),
  quotes: (size) => fill(size, '"'),
  'backslashes in a quoted string': (size) => fill(size, '\\', '"'),
  'unterminated quoted string': (size) => fill(size, 'a', '"'),
  'parameters (a;p=1;p=1…)': (size) => fill(size, ';p=1', 'a'),
  'dictionary members (a=1,…)': (size) => fill(size, 'a=1,'),
  'equals signs': (size) => fill(size, '='),
  'long token': (size) => fill(size, 'a'),
  digits: (size) => fill(size, '9'),
  'spaces then a digit': (size) => `${fill(size - 1, ' ')}5`,
  'date-like tokens': (size) => fill(size, 'Sun, 06 Nov '),
  'minus signs': (size) => fill(size, '-'),
};

function textFamilies(run: (input: string) => unknown): Record<string, Family> {
  return Object.fromEntries(Object.entries(hostileText).map(([name, make]) => [name, family(make, run)]));
}

const RATE_LIMIT_HEADERS = [
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'x-ratelimit-reset-after',
  'x-ratelimit-bucket',
  'x-ratelimit-scope',
  'x-ratelimit-global',
  'ratelimit',
  'ratelimit-policy',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
];

describe('structured fields are linear', () => {
  describe('within the 4 KiB cap (1 KiB vs 4 KiB)', () => {
    expectLinear('parseStructuredField', textFamilies(parseStructuredField), KiB, 4 * KiB);
  });
  describe('past the cap (256 KiB vs 1 MiB)', () => {
    expectLinear('parseStructuredField', textFamilies(parseStructuredField), 256 * KiB, MiB);
  });
});

describe('Retry-After and HTTP-date are linear', () => {
  expectLinear('parseRetryAfter', textFamilies((value) => parseRetryAfter(value, NOW)), 256 * KiB, MiB);
  expectLinear('parseHttpDate', textFamilies((value) => parseHttpDate(value, NOW)), 256 * KiB, MiB);
});

describe('rate-limit headers are linear', () => {
  // Every rate-limit header carries the hostile value at once (the size is per value).
  const everyHeader = Object.fromEntries(
    Object.entries(hostileText).map(([name, make]) => [
      `every header: ${name}`,
      family(
        (size) => Object.fromEntries(RATE_LIMIT_HEADERS.map((header) => [header, make(size)])),
        (record) => parseRateLimit(record, NOW),
      ),
    ]),
  );
  expectLinear(
    'parseRateLimit',
    {
      ...everyHeader,
      'many other headers (a record)': family(
        (size) => Object.fromEntries(Array.from({ length: size / 32 }, (_, index) => [`X-Other-${String(index)}`, 'value-value-value'])),
        (record) => parseRateLimit(record, NOW),
      ),
      'many other headers (fetch Headers)': family(
        (size) => new Headers(Array.from({ length: size / 32 }, (_, index): [string, string] => [`x-other-${String(index)}`, 'value-value-value'])),
        (headers) => parseRateLimit(headers, NOW),
      ),
    },
    256 * KiB,
    MiB,
  );
});

describe('header reading is linear', () => {
  const readAll = (input: unknown): unknown => {
    const reader = readHeaders(input as Record<string, string>);
    return [reader.get('retry-after'), reader.get('X-Request-Id'), reader.entries().length, requestIdOf(reader)];
  };
  expectLinear(
    'readHeaders',
    {
      'a record with many lower-case names': family((size) => Object.fromEntries(Array.from({ length: size / 16 }, (_, index) => [`h-${String(index)}`, 'v'])), readAll),
      'a record with many mixed-case names': family((size) => Object.fromEntries(Array.from({ length: size / 16 }, (_, index) => [`H-${String(index)}`, 'v'])), readAll),
      'one huge value': family((size) => ({ 'retry-after': fill(size, '9'), 'x-request-id': fill(size, ' ') }), readAll),
      'a repeated field with many parts': family((size) => ({ 'set-cookie': Array.from({ length: size / 8 }, () => 'a=1') }), readAll),
      'many pairs': family((size) => Array.from({ length: size / 16 }, (_, index): [string, string] => [`h-${String(index)}`, 'v']), readAll),
      'fetch Headers with many entries': family((size) => new Headers(Array.from({ length: size / 32 }, (_, index): [string, string] => [`h-${String(index)}`, 'v'])), readAll),
    },
    256 * KiB,
    MiB,
  );
});

// DAGs: `levels` levels of `width` objects, each pointing at two objects of the next level.
function ladder(width: number, levels: number): unknown {
  let next: Record<string, unknown>[] = Array.from({ length: width }, () => ({ leaf: 1 }));
  for (let level = 0; level < levels; level++) {
    const below = next;
    next = below.map((_, index) => ({ a: below[index], b: below[(index + 1) % width] }));
  }
  return { top: next };
}

// The shape from issue #12: every object holds its child twice, so paths double at each level.
// Its height is `levels + 1`.
function doubling(levels: number): unknown {
  let node: unknown = { leaf: true };
  for (let level = 0; level < levels; level++) node = level % 2 === 0 ? { left: node, right: node } : [node, node];
  return node;
}

describe('the JSON depth check is linear', () => {
  it('walks a doubling DAG once per object (was exponential: 1.2 s at depth 24)', () => {
    for (const levels of [24, 40, 62]) {
      const started = performance.now();
      expect(exceedsDepth(doubling(levels), 64)).toBe(false);
      expect(exceedsDepth(doubling(levels), levels)).toBe(true);
      expect(exceedsDepth(doubling(levels), levels + 1)).toBe(false);
      expect(performance.now() - started).toBeLessThan(100);
    }
  });

  // The memo of a DAG walk is a hash table with an entry per shared object: above ~50,000 entries
  // it outgrows the caches of this machine and every look-up slows (V8's own Map.set grows 4.7-8x
  // for 4x there). The walk is still one visit per object; it is timed where the table fits, at
  // 64 KiB and 256 KiB worth of objects, and at 1 MiB by the bench.
  expectLinear(
    'exceedsDepth',
    { 'ladder DAG, 60 levels (shared references)': family((size) => ladder(size / 8 / 60, 60), (value) => exceedsDepth(value, 64)) },
    64 * KiB,
    256 * KiB,
  );

  // Sizes are in objects: about one object per 8 bytes of JSON text.
  expectLinear(
    'exceedsDepth',
    {
      'wide array of small objects': family((size) => Array.from({ length: size / 8 }, () => ({ a: 1 })), (value) => exceedsDepth(value, 64)),
      'many references to one doubling DAG': family(
        (size) => {
          const shared = doubling(60);
          return Array.from({ length: size / 8 }, () => shared);
        },
        (value) => exceedsDepth(value, 64),
      ),
      'objects with many keys': family(
        (size) => Array.from({ length: size / 8 / 256 }, () => Object.fromEntries(Array.from({ length: 256 }, (_, index) => [`k${String(index)}`, [index]]))),
        (value) => exceedsDepth(value, 64),
      ),
    },
    256 * KiB,
    MiB,
  );
});

describe('JSON text is parsed and depth-checked in linear time', () => {
  expectLinear(
    'parseJsonValue',
    {
      'open brackets': family((size) => fill(size, '['), (text) => parseJsonValue(text)),
      'balanced deep nesting': family((size) => `${'['.repeat(size / 2)}${']'.repeat(size / 2)}`, (text) => parseJsonValue(text)),
      'wide array of empty arrays': family((size) => `[${fill(size - 4, '[],')}[]]`, (text) => parseJsonValue(text)),
      'nesting 64 deep, repeated': family(
        (size) => `[${Array.from({ length: Math.floor(size / 140) }, () => `${'['.repeat(63)}${']'.repeat(63)}`).join(',')}]`,
        (text) => parseJsonValue(text),
      ),
    },
    256 * KiB,
    MiB,
  );
});

describe('copying an already-parsed body is linear', () => {
  const view = (body: unknown): unknown => viewOf({ status: 400, body }).json();
  expectLinear(
    'viewOf(parsed body).json()',
    {
      'ladder DAG, 60 levels (shared references)': family((size) => ladder(size / 8 / 60, 60), view),
      'wide array of small objects': family((size) => Array.from({ length: size / 8 }, () => ({ a: 1 })), view),
      'many references to one doubling DAG': family((size) => {
        const shared = doubling(60);
        return Array.from({ length: size / 8 }, () => shared);
      }, view),
      'long strings': family((size) => ({ message: fill(size, 'x') }), view),
      'sparse array': family(
        (size) => {
          const sparse: unknown[] = [];
          sparse.length = Math.floor(size / 5);
          return sparse;
        },
        view,
      ),
      'BigInts': family((size) => Array.from({ length: size / 8 }, (_, index) => BigInt(index)), view),
    },
    256 * KiB,
    MiB,
  );

  // A copy counts shared parts each time they appear, as the JSON text would: a DAG that would
  // expand past maxLength is refused after at most maxLength steps, however many paths it has.
  it('refuses the issue #12 DAG in time bounded by maxLength', () => {
    for (const maxLength of [64 * KiB, MiB]) {
      const started = performance.now();
      expect(copyJson(doubling(40), { maxLength })).toMatchObject({ reason: 'too-large' });
      expect(performance.now() - started).toBeLessThan(200);
    }
    expect(copyJson(doubling(10))).toBeInstanceOf(Object);
  });
});
