#!/usr/bin/env node
// @errata/core's readers of untrusted input on 1 MiB adversarial values (design budget: < 20 ms
// each, and 4x the input costs at most 6x the time). Run after building core:
//
//   pnpm --filter @errata/core build && node tooling/bench/src/core-linear.mjs
//
// Measures the BUILT package (dist). Each figure is the fastest of several runs of repeated calls,
// timed in process CPU time (`process.cpuUsage`) so that a busy shared machine, which preempts long
// calls, does not inflate them; the 256 KiB figure beside it gives the growth ratio. Writes
// tooling/bench/CORE-LINEAR.md (pass --no-write to only print). `coreLinearSection()` returns the
// same table for tooling/bench/src/run.mjs to include.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHttpDate, parseRateLimit, parseRetryAfter, parseStructuredField, readHeaders, requestIdOf, viewOf } from '@errata/core/vendor';

// The depth check and the copy of parsed bodies are internal: measured through the public `viewOf`,
// with the body cap lifted to the largest size in the table.
const LIMITS = { maxBodyBytes: 2 ** 21 };
const jsonOfText = (text) => viewOf({ status: 400, body: text }, LIMITS).json();
const jsonOfValue = (body) => viewOf({ status: 400, body }, LIMITS).json();

const KiB = 1024;
const MiB = 1024 * KiB;
const BUDGET_MS = 20;
const NOW = 1_700_000_000_000;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

// Results are kept so the optimizer cannot drop a call whose result is unused.
export let sink;

/** Calls of `fn(input)` between two clock reads (reading the clock is a system call of about 1 µs). */
function batchOf(fn, input) {
  let batch = 1;
  for (let started = cpuMs(); cpuMs() - started < 0.2; batch *= 2) for (let call = 0; call < batch; call++) sink = fn(input);
  return batch;
}

/** Milliseconds per call over one run of at least ~5 ms of CPU. */
function runMs(fn, input, batch) {
  let calls = 0;
  const started = cpuMs();
  let elapsed;
  do {
    for (let call = 0; call < batch; call++) sink = fn(input);
    calls += batch;
    elapsed = cpuMs() - started;
  } while (elapsed < 5);
  return elapsed / calls;
}

/**
 * Fastest milliseconds per call on the large and the small input, over `runs` runs of each,
 * alternating, after a warm-up run of each that is not counted.
 */
function bestMs(fn, large, small, runs = 7) {
  const batches = [batchOf(fn, large), batchOf(fn, small)];
  let best = [Infinity, Infinity];
  for (let run = 0; run <= runs; run++) {
    const times = [runMs(fn, large, batches[0]), runMs(fn, small, batches[1])];
    if (run > 0) best = best.map((value, index) => Math.min(value, times[index]));
  }
  return best;
}

const fill = (length, unit, prefix = '') => (prefix + unit.repeat(Math.ceil(length / unit.length))).slice(0, Math.max(length, prefix.length));

const hostileText = {
  semicolons: (size) => fill(size, ';'),
  quotes: (size) => fill(size, '"'),
  'backslashes in a quoted string': (size) => fill(size, '\\', '"'),
  'parameters (a;p=1;…)': (size) => fill(size, ';p=1', 'a'),
  digits: (size) => fill(size, '9'),
  'spaces then a digit': (size) => `${fill(size - 1, ' ')}5`,
  'date-like tokens': (size) => fill(size, 'Sun, 06 Nov '),
};

const RATE_LIMIT_HEADERS = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-ratelimit-reset-after', 'x-ratelimit-bucket', 'x-ratelimit-scope', 'x-ratelimit-global', 'ratelimit', 'ratelimit-policy', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'];

function ladder(width, levels) {
  let next = Array.from({ length: width }, () => ({ leaf: 1 }));
  for (let level = 0; level < levels; level++) {
    const below = next;
    next = below.map((_, index) => ({ a: below[index], b: below[(index + 1) % width] }));
  }
  return { top: next };
}

function doubling(levels) {
  let node = { leaf: true };
  for (let level = 0; level < levels; level++) node = level % 2 === 0 ? { left: node, right: node } : [node, node];
  return node;
}

/**
 * [reader, family, make(size), run(input)]. Sizes are bytes of input; for parsed values, the JSON
 * text of their distinct objects with shared children counted once (`{"a":0,"b":0}` is 13 bytes, a
 * ladder node), which is what a parser must at least walk.
 */
const rows = [
  ...Object.entries(hostileText).map(([name, make]) => ['parseStructuredField', name, make, parseStructuredField]),
  ...Object.entries(hostileText).map(([name, make]) => ['parseRetryAfter', name, make, (value) => parseRetryAfter(value, NOW)]),
  ...Object.entries(hostileText).map(([name, make]) => ['parseHttpDate', name, make, (value) => parseHttpDate(value, NOW)]),
  ...Object.entries(hostileText).map(([name, make]) => [
    'parseRateLimit',
    `every rate-limit header: ${name} (size per header)`,
    (size) => Object.fromEntries(RATE_LIMIT_HEADERS.map((header) => [header, make(size)])),
    (record) => parseRateLimit(record, NOW),
  ]),
  ['parseRateLimit', 'many other headers (fetch Headers)', (size) => new Headers(Array.from({ length: size / 32 }, (_, index) => [`x-other-${index}`, 'value-value-value'])), (headers) => parseRateLimit(headers, NOW)],
  [
    'readHeaders + get + entries',
    'a record with many mixed-case names',
    (size) => Object.fromEntries(Array.from({ length: size / 16 }, (_, index) => [`H-${index}`, 'v'])),
    (record) => {
      const reader = readHeaders(record);
      return [reader.get('retry-after'), reader.entries(), requestIdOf(reader)];
    },
  ],
  [
    'readHeaders + get + entries',
    'one huge value',
    (size) => ({ 'retry-after': fill(size, '9'), 'x-request-id': fill(size, ' ') }),
    (record) => {
      const reader = readHeaders(record);
      return [reader.get('retry-after'), reader.entries(), requestIdOf(reader)];
    },
  ],
  ['JSON depth check (text)', 'open brackets', (size) => fill(size, '['), jsonOfText],
  ['JSON depth check (text)', 'balanced deep nesting', (size) => `${'['.repeat(size / 2)}${']'.repeat(size / 2)}`, jsonOfText],
  ['JSON depth check (parsed)', 'viewOf(parts).json(): ladder DAG, 60 levels', (size) => ladder(Math.floor(size / 13 / 60), 60), jsonOfValue],
  ['JSON depth check (parsed)', 'viewOf(parts).json(): wide array of small objects', (size) => Array.from({ length: size / 8 }, () => ({ a: 1 })), jsonOfValue],
  [
    'JSON depth check (parsed)',
    'viewOf(parts).json(): many references to a 2^60-path DAG',
    (size) => {
      const shared = doubling(60);
      return Array.from({ length: size / 8 }, () => shared);
    },
    jsonOfValue,
  ],
  ['parsed body copy', 'viewOf(parts).json(): wide array of small objects', (size) => Array.from({ length: size / 8 }, () => ({ a: 1 })), (body) => viewOf({ status: 400, body }).json()],
  ['parsed body copy', 'viewOf(parts).json(): a 2^40-path DAG (refused at maxLength)', () => doubling(40), jsonOfValue],
];

const fmt = (ms) => (ms >= 1 ? `${ms.toFixed(2)} ms` : ms >= 0.001 ? `${(ms * 1000).toFixed(1)} µs` : `${(ms * 1e6).toFixed(0)} ns`);

/** The table: one row per reader and family, 1 MiB and 256 KiB figures, the ratio, the budget. */
export function coreLinearSection() {
  // Warm every reader up on a small input first, so no row measures the optimizer's first pass.
  for (const [, , make, run] of rows) runMs(run, make(4 * KiB), batchOf(run, make(4 * KiB)));
  const table = [];
  for (const [reader, name, make, run] of rows) {
    const [large, small] = bestMs(run, make(MiB), make(256 * KiB));
    const ratio = large / small;
    // Under a microsecond the input was refused unread: the ratio of two such figures is noise.
    const constant = large < 0.001;
    table.push([reader, name, fmt(large), fmt(small), constant ? 'constant' : ratio.toFixed(2), large < BUDGET_MS && (constant || ratio <= 6) ? 'ok' : 'MISSED']);
  }
  return {
    title: 'Core readers of untrusted input, 1 MiB adversarial values',
    note: `Fastest of 7 runs, in process CPU time (\`process.cpuUsage\`), of the built @errata/core on ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} x ${String(cpus().length)}, load average ${loadavg()[0]?.toFixed(2) ?? '?'} at the end. Budget: < ${BUDGET_MS} ms at 1 MiB and at most 6x for 4x the input. Header values and structured fields past their caps (64 characters for Retry-After and HTTP-dates, 4 KiB for structured fields) are refused without being scanned.`,
    header: ['reader', 'adversarial family', '1 MiB', '256 KiB', '1 MiB / 256 KiB', 'budget'],
    rows: table,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { title, note, header, rows: table } = coreLinearSection();
  const widths = header.map((cell, index) => Math.max(cell.length, ...table.map((row) => String(row[index]).length)));
  const line = (cells) => cells.map((cell, index) => String(cell).padEnd(widths[index])).join('  ').trimEnd();
  console.log(`## ${title}\n${note}\n${line(header)}\n${table.map(line).join('\n')}`);
  if (!process.argv.includes('--no-write')) {
    const md = [`# ${title}`, '', 'Written by `node tooling/bench/src/core-linear.mjs`.', '', note, '', `| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...table.map((row) => `| ${row.join(' | ')} |`), ''];
    const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'CORE-LINEAR.md');
    writeFileSync(file, md.join('\n'));
    console.log(`wrote ${file}`);
  }
}
