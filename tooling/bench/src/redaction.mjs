#!/usr/bin/env node
// @errata/core's redactor on 1 MiB adversarial values (design budget: < 20 ms each, and 4x the
// input costs at most 6x the time), plus what redaction costs on the surfaces of a typical error.
// Run after building core:
//
//   pnpm --filter @errata/core build && node tooling/bench/src/redaction.mjs
//
// Measures the BUILT package (dist), in process CPU time (`process.cpuUsage`) so that a busy shared
// machine, which preempts long calls, does not inflate the figures: the fastest of several runs of
// repeated calls. Writes tooling/bench/REDACTION.md (pass --no-write to only print);
// `redactionSection()` returns the same table for tooling/bench/src/run.mjs to include.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiError, createRedactor, redactText } from '@errata/core';

const KiB = 1024;
const MiB = 1024 * KiB;
const BUDGET_MS = 20;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Fastest milliseconds per call of `fn(input)`: best of `runs` runs of at least ~5 ms of CPU each. */
function bestMs(fn, input, runs = 7) {
  let batch = 1;
  for (let started = cpuMs(); cpuMs() - started < 0.2; batch *= 2) for (let call = 0; call < batch; call++) fn(input);
  let best = Infinity;
  for (let run = 0; run < runs + 1; run++) {
    let calls = 0;
    const started = cpuMs();
    let elapsed;
    do {
      for (let call = 0; call < batch; call++) fn(input);
      calls += batch;
      elapsed = cpuMs() - started;
    } while (elapsed < 5);
    // The first run warms the optimizer up and is not counted.
    if (run > 0) best = Math.min(best, elapsed / calls);
  }
  return best;
}

const fill = (size, unit, prefix = '') => JSON.parse(JSON.stringify((prefix + unit.repeat(Math.ceil(size / unit.length))).slice(0, size)));

const withSecrets = createRedactor({ secrets: ['aab', 'aaaa', 'abcdefgh'] });

/** [function, family, make(size), run(input)]. */
const rows = [
  ...[
    ['eyJ- repeated (the old JWT pattern went quadratic)', 'eyJ-'],
    ['a long run of token characters', 'aB3_'],
    ['dotted words (a.a.…)', 'a.'],
    ['many key=', 'key='],
    ['many password: ', 'password: '],
    ['JSON credential names, unterminated', '"code": "'],
    ['mixed quotes (code:"code:\'…)', `code:"code:'`],
    ['many scheme words (Bearer Bearer …)', 'Bearer '],
    ['scheme words with parameters (Bearer a=…)', 'Bearer a='],
    ['Basic with short words', 'Basic '],
    ['Authorization: repeated', 'Authorization: '],
    ['a:b@ chain', 'a:b@'],
    ['encoded URLs (https%3A%2F%2Fa%3Ab%40…)', 'https%3A%2F%2Fa%3Ab%40'],
    ['slash tokens (/aB3dE6…)', '/aB3dE6gH9jK2mN5pQ'],
    ['prose (clean text)', 'The access token provided is expired, revoked, malformed, or invalid. '],
  ].map(([name, unit]) => ['redactText', name, (size) => fill(size, unit), redactText]),
  ['redactText', 'a:b@ chain in a URL', (size) => fill(size, 'a:b@', 'https://'), redactText],
  ['redactor with secrets .text', 'a secret repeated (aaab…)', (size) => fill(size, 'aaab'), (text) => withSecrets.text(text)],
  [
    'error.toJSON()',
    'deeply nested details (depth = size / 16)',
    (size) => {
      let value = 'Bearer AbCdEf12';
      for (let level = 0; level < size / 16; level++) value = { level: value };
      return createApiError({ vendor: 'x', code: 1, kind: 'internal', status: 500, message: '', details: value });
    },
    (error) => error.toJSON(),
  ],
  [
    'error.toJSON()',
    'wide details (size / 32 objects)',
    (size) => createApiError({ vendor: 'x', code: 1, kind: 'internal', status: 500, message: '', details: Array.from({ length: size / 32 }, (_, index) => ({ index, note: 'password=hunter2 Bearer AbCdEfGh12' })) }),
    (error) => error.toJSON(),
  ],
];

const fmt = (ms) => (ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`);

/** The cost on a typical error's surfaces, for scale (parsing itself redacts nothing). */
function typicalRows() {
  const make = () =>
    createApiError({
      vendor: 'discord',
      code: 50035,
      kind: 'invalid-argument',
      status: 400,
      message: 'Invalid Form Body',
      issues: [{ path: ['embeds', 0, 'title'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }],
      details: { global: false },
    });
  const error = make();
  return [
    ['createApiError (nothing redacted while parsing)', fmt(bestMs(make, undefined))],
    ['error.message, first read ("Invalid Form Body")', fmt(bestMs(() => make().message, undefined))],
    ['error.toJSON()', fmt(bestMs(() => error.toJSON(), undefined))],
    ['error.toProblem()', fmt(bestMs(() => error.toProblem(), undefined))],
    ["redactText('The access token provided is expired, revoked, malformed, or invalid.')", fmt(bestMs(redactText, 'The access token provided is expired, revoked, malformed, or invalid.'))],
  ];
}

/** The tables: one row per function and family (1 MiB, 256 KiB, ratio, budget), then typical costs. */
export function redactionSection() {
  const table = [];
  for (const [fn, name, make, run] of rows) {
    const large = bestMs(run, make(MiB));
    const small = bestMs(run, make(256 * KiB));
    const ratio = large / small;
    table.push([fn, name, fmt(large), fmt(small), ratio.toFixed(2), large < BUDGET_MS && ratio <= 6 ? 'ok' : 'MISSED']);
  }
  return {
    title: 'Redaction, 1 MiB adversarial values',
    note: `Fastest of 7 runs, in process CPU time (\`process.cpuUsage\`), of the built @errata/core on ${process.version}. Budget: < ${BUDGET_MS} ms at 1 MiB and at most 6x for 4x the input. Text past 1 MiB is cut before it is scanned; \`value()\` (details) stops at depth 12, 2000 nodes and 64 Ki characters.`,
    header: ['function', 'adversarial family', '1 MiB', '256 KiB', '1 MiB / 256 KiB', 'budget'],
    rows: table,
    typical: { header: ['call', 'time'], rows: typicalRows() },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { title, note, header, rows: table, typical } = redactionSection();
  const widths = header.map((cell, index) => Math.max(cell.length, ...table.map((row) => String(row[index]).length)));
  const line = (cells) => cells.map((cell, index) => String(cell).padEnd(widths[index])).join('  ').trimEnd();
  console.log(`## ${title}\n${note}\n${line(header)}\n${table.map(line).join('\n')}\n`);
  for (const [call, time] of typical.rows) console.log(`${call.padEnd(80)} ${time}`);
  if (!process.argv.includes('--no-write')) {
    const md = [
      `# ${title}`,
      '',
      'Written by `node tooling/bench/src/redaction.mjs`.',
      '',
      note,
      '',
      `| ${header.join(' | ')} |`,
      `|${header.map(() => '---').join('|')}|`,
      ...table.map((row) => `| ${row.join(' | ')} |`),
      '',
      '## Redaction on the surfaces of a typical error',
      '',
      `| ${typical.header.join(' | ')} |`,
      '|---|---|',
      ...typical.rows.map((row) => `| ${row.join(' | ')} |`),
      '',
    ];
    const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'REDACTION.md');
    writeFileSync(file, md.join('\n'));
    console.log(`wrote ${file}`);
  }
}
