#!/usr/bin/env node
// Fuzzes every errata parser with fast-check under a large fixed budget: `pnpm fuzz` at the root.
//
//   FUZZ_RUNS=1000000   runs per parser (default 1,000,000); `--quick` makes it 10,000
//   FUZZ_SEED=42        base seed (default 42): batch i of a parser uses seed + i, so a run repeats
//   --only a,b          only the parsers whose names contain one of these
//   --write             also write tooling/fuzz/RESULTS.md
//
// The BUILT packages are fuzzed. For each parser it reports runs, throws (must be 0), prototype
// checks (Object/Array/Function/String prototypes unchanged after every batch of 10,000 inputs;
// must all pass) and the worst time per input byte: the slowest inputs by ns/byte (inputs of at
// least 64 bytes, so the timer's resolution does not dominate) are timed again (best of 20) and
// the worst of those is reported, with the slowest single call (and that input re-timed). Exit code 1 on any throw or
// pollution.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseChallenges } from '@errata/bearer-oauth';
import * as core from '@errata/core';
import * as kit from '@errata/core/vendor';
import { VENDORS } from '@errata/vendors';
import fc from 'fast-check';
import { anyText, challengeText, headers, headerValue, heavyText, jsonObjectText, jsonText, mutationsOf, responseParts } from './arbitraries.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const write = args.includes('--write');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;
const RUNS = quick ? 10_000 : Math.max(1, Number(process.env.FUZZ_RUNS ?? 1_000_000));
const SEED = Number(process.env.FUZZ_SEED ?? 42);
const BATCH = 10_000;
const MIN_BYTES = 64;
const NOW = Date.parse('2026-01-01T00:00:00Z');

// Seed bodies: each vendor's real shapes, which mutations start from.
const SEEDS = {
  discord: [
    '{"message": "Missing Permissions", "code": 50013}',
    '{"message":"You are being rate limited.","retry_after":1.5,"global":false}',
    `{"code":50035,"errors":{"activities":{"0":{"platform":{"_errors":[{"code":"BASE_TYPE_CHOICES","message":"Value must be one of ('desktop', 'android', 'ios')."}]},"type":{"_errors":[{"code":"BASE_TYPE_CHOICES","message":"Value must be one of (0, 1, 2, 3, 4, 5)."}]}}}},"message":"Invalid Form Body"}`,
    '<html><head><title>Access denied | discord.com used Cloudflare to restrict access</title></head><body>error code: 1015</body></html>',
  ],
  'bearer-oauth': [
    '{"error":"invalid_grant","error_description":"The refresh token is invalid or expired"}',
    '{"error":"invalid_request","error_description":"Missing parameter","error_uri":"https://example.com/e"}',
    '{"code":"USER_NOT_EXIST","description":"No such user"}',
    '{"code":"TOO_MANY_REQUESTS","description":"Rate limit exceeded"}',
  ],
  'apple-business': [
    `[{"code":"LOCATION__NOT_FOUND","message":"Resource not found for Apple-generated '{{id}}'","context":{"id":"9467895078742654451"}}]`,
    '[{"code":"VALIDATION__AppIdsMustBeResolvable","message":"{{appIds}} must resolve","context":{"appIds":"[1]"},"severity":"VIOLATION","field":"appIds"}]',
    '{"error":"invalid_client","error_description":"Invalid client_id or client_secret"}',
  ],
  'identity-registration': [
    '{"stat":"error","code":210,"error":"invalid_credentials","error_description":"invalid credentials","request_id":"abcdefgh12345678"}',
    '{"stat":"error","code":390,"error":"form_validation_error","error_description":"x","invalid_fields":{"emailAddress":["in use"],"password":"short"},"request_id":"r"}',
    '{"error":"invalid_request","sub_error":"invalid_argument","code":200,"argument_name":"uuid","stat":"error"}',
  ],
  'icloud-extract': [
    '{"error":"invalid-credentials","message":"The external service rejected the source or its credentials."}',
    '{"error":"choice-required","message":"Pick a device","devices":["********02","********17"]}',
    '{"error":"2fa-required","message":"x","data":{"trustedDevices":["********02"],"key":"ae354ef8-b7b6-4a40-843f-96dddff3c64f"}}',
    '{"error":"invalid-parameter","message":"bad","params":{"source":"required"}}',
  ],
};
// Every vendor of the one list (tooling/vendors) is fuzzed; one without seeds of its own here
// starts from the typical response the list gives for it.
for (const { name, sample } of VENDORS) SEEDS[name] ??= [sample.body];
const ALL_SEEDS = Object.values(SEEDS).flat();

// Serialized errors and problems of real parses: what rehydrate and fromProblem get in practice.
const modules = Object.fromEntries(VENDORS.map((vendor) => [vendor.name, vendor.module]));
const realErrors = Object.entries(SEEDS).flatMap(([vendor, bodies]) =>
  bodies.map((body) => modules[vendor].parse({ status: 400, headers: { 'content-type': 'application/json', 'retry-after': '3' }, body })).filter(Boolean),
);
const serializedSeeds = realErrors.map((error) => JSON.stringify(error));
const problemSeeds = realErrors.map((error) => JSON.stringify(error.toProblem()));
/** JSON values from text: hostile keys become own properties, as after JSON.parse of a wire body. */
const fromText = (arb) => arb.map((text) => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
});
const serialLike = fc.oneof({ weight: 3, arbitrary: fromText(mutationsOf(serializedSeeds)) }, { weight: 2, arbitrary: fromText(jsonObjectText) }, { weight: 1, arbitrary: fc.anything() });
const problemLike = fc.oneof({ weight: 3, arbitrary: fromText(mutationsOf(problemSeeds)) }, { weight: 2, arbitrary: fromText(jsonObjectText) }, { weight: 1, arbitrary: fc.anything() });

const registry = core.createRegistry(VENDORS.map((vendor) => vendor.module));
const partsBytes = (p) => (typeof p.body === 'string' ? p.body.length : 0) + headerBytes(p.headers);
function headerBytes(h) {
  let n = 0;
  for (const [k, v] of Array.isArray(h) ? h : Object.entries(h)) n += String(k).length + String(v).length;
  return n;
}
const textBytes = (s) => (typeof s === 'string' ? s.length : 0);
const jsonBytes = (v) => {
  try {
    return JSON.stringify(v)?.length ?? 0;
  } catch {
    return 0;
  }
};

/** name → { arbitrary, run(input), bytes(input) } */
const targets = {
  ...Object.fromEntries(
    Object.entries(modules).map(([vendor, module]) => [
      `${vendor}.parse(parts)`,
      { arbitrary: responseParts(SEEDS[vendor]), run: (p) => module.parse(p, { now: NOW }), bytes: partsBytes },
    ]),
  ),
  'registry.parse(parts) (every vendor)': { arbitrary: responseParts(ALL_SEEDS), run: (p) => registry.parse(p, { now: NOW }), bytes: partsBytes },
  'core parseRetryAfter': { arbitrary: fc.oneof(headerValue, heavyText), run: (v) => kit.parseRetryAfter(v, NOW), bytes: textBytes },
  'core parseRateLimit': { arbitrary: headers, run: (h) => kit.parseRateLimit(kit.readHeaders(h), NOW), bytes: headerBytes },
  'core parseStructuredField': { arbitrary: fc.oneof(headerValue, heavyText), run: (v) => kit.parseStructuredField(v), bytes: textBytes },
  'core parseHttpDate': { arbitrary: fc.oneof(headerValue, heavyText), run: (v) => kit.parseHttpDate(v, NOW), bytes: textBytes },
  'core viewOf(parts).json()': {
    arbitrary: responseParts(ALL_SEEDS),
    run: (p) => {
      const view = kit.viewOf(p);
      return [view.json(), view.jsonFailure(), view.text];
    },
    bytes: partsBytes,
  },
  'core rehydrate': { arbitrary: serialLike, run: (v) => core.rehydrate(v), bytes: jsonBytes },
  'core fromProblem': { arbitrary: problemLike, run: (v) => core.fromProblem(v), bytes: jsonBytes },
  'bearer-oauth parseChallenges': { arbitrary: challengeText, run: (v) => parseChallenges(v), bytes: textBytes },
};

// Prototype pollution: every own property of the built-in prototypes, by name and value.
const PROTOTYPES = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype };
function snapshot() {
  const map = new Map();
  for (const [name, proto] of Object.entries(PROTOTYPES)) {
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key);
      map.set(`${name}.${String(key)}`, d.value ?? d.get);
    }
  }
  return map;
}
const pristine = snapshot();
function polluted() {
  const now = snapshot();
  const changed = [];
  for (const [k, v] of now) if (!pristine.has(k) || pristine.get(k) !== v) changed.push(k);
  for (const k of pristine.keys()) if (!now.has(k)) changed.push(`${k} (deleted)`);
  if ({}.polluted !== undefined || {}.isAdmin !== undefined) changed.push('{} has an inherited property');
  return changed;
}

function preview(input) {
  let text;
  try {
    text = typeof input === 'string' ? input : JSON.stringify(input);
  } catch {
    text = String(input);
  }
  return text === undefined ? String(input) : text.length > 120 ? `${text.slice(0, 120)}… (${text.length} chars)` : text;
}

let sink;
function fuzz(name, { arbitrary, run, bytes }) {
  const stats = { name, runs: 0, throws: 0, throwSamples: [], protoChecks: 0, protoFailures: 0, pollution: [], worst: [], slowest: { ms: 0, bytes: 0, input: undefined }, ms: 0 };
  const started = performance.now();
  for (let batch = 0; stats.runs < RUNS; batch++) {
    const count = Math.min(BATCH, RUNS - stats.runs);
    const inputs = fc.sample(arbitrary, { numRuns: count, seed: SEED + batch });
    for (const input of inputs) {
      const size = bytes(input);
      const t0 = performance.now();
      try {
        sink = run(input);
      } catch (error) {
        stats.throws++;
        if (stats.throwSamples.length < 3) stats.throwSamples.push(`${String(error?.message ?? error)} <- ${preview(input)}`);
      }
      const ms = performance.now() - t0;
      if (ms > stats.slowest.ms) stats.slowest = { ms, bytes: size, input };
      if (size >= MIN_BYTES) {
        const perByte = (ms * 1e6) / size;
        if (stats.worst.length < 5 || perByte > stats.worst[stats.worst.length - 1].perByte) {
          stats.worst.push({ perByte, input, size });
          stats.worst.sort((a, b) => b.perByte - a.perByte);
          stats.worst.length = Math.min(stats.worst.length, 5);
        }
      }
    }
    stats.runs += count;
    stats.protoChecks++;
    const changed = polluted();
    if (changed.length > 0) {
      stats.protoFailures++;
      stats.pollution.push(...changed);
      // Put things back so the next batch and parser are checked against a clean slate.
      for (const [pname, proto] of Object.entries(PROTOTYPES)) {
        for (const key of Reflect.ownKeys(proto)) if (!pristine.has(`${pname}.${String(key)}`)) delete proto[key];
      }
    }
  }
  stats.ms = performance.now() - started;
  // Time the slowest inputs again, best of 20, so a GC pause or JIT warm-up does not pose as a slow path.
  const bestOf = (input) => {
    let best = Infinity;
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      try {
        sink = run(input);
      } catch {
        // counted above
      }
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  stats.retimed = stats.worst.map(({ input, size }) => {
    const best = bestOf(input);
    return { perByte: (best * 1e6) / size, size, ms: best, input };
  });
  stats.slowest.retimedMs = stats.slowest.input === undefined ? 0 : bestOf(stats.slowest.input);
  stats.retimed.sort((a, b) => b.perByte - a.perByte);
  return stats;
}

const machine = `${(cpus()[0]?.model ?? 'unknown').trim()}, ${cpus().length} cores, load average at start ${loadavg().map((n) => n.toFixed(2)).join(', ')}; Node ${process.version}`;
console.log(`errata fuzz: ${RUNS.toLocaleString('en-US')} runs per parser, seed ${SEED}${quick ? ' (--quick)' : ''}; ${machine}\n`);
const header = ['parser', 'runs', 'throws', 'proto checks', 'worst ns/byte (re-timed, size)', 'slowest call seen (size)', 'that input re-timed', 'time'];
const rows = [];
const details = [];
let bad = 0;
for (const [name, target] of Object.entries(targets)) {
  if (only && !only.some((o) => name.includes(o))) continue;
  const s = fuzz(name, target);
  const worst = s.retimed[0];
  const row = [
    name,
    s.runs.toLocaleString('en-US'),
    String(s.throws),
    `${s.protoChecks - s.protoFailures}/${s.protoChecks} clean`,
    worst ? `${worst.perByte.toFixed(1)} ns/B (${worst.size} B)` : '-',
    `${s.slowest.ms.toFixed(3)} ms (${s.slowest.bytes} B)`,
    `${s.slowest.retimedMs.toFixed(3)} ms`,
    `${(s.ms / 1000).toFixed(1)} s`,
  ];
  rows.push(row);
  console.log(row.join('  |  '));
  if (s.throws > 0 || s.protoFailures > 0) {
    bad++;
    details.push(`${name}: ${s.throws} throws, ${s.protoFailures} polluted batches`, ...s.throwSamples.map((t) => `  throw: ${t}`), ...[...new Set(s.pollution)].map((p) => `  pollution: ${p}`));
  }
  if (worst) details.push(`${name}: worst ns/byte input: ${preview(worst.input)}`);
}
console.log();
for (const line of details) console.log(line);
if (sink === Symbol.for('never')) console.log('');

if (write) {
  const md = [
    '# Fuzz results',
    '',
    'Written by `pnpm fuzz --write` (tooling/fuzz/src/fuzz.mjs) against the built packages.',
    '',
    `- runs per parser: ${RUNS.toLocaleString('en-US')}${quick ? ' (--quick)' : ''}; seed ${SEED} (batch i uses seed + i)`,
    `- machine: ${machine}`,
    `- date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '- throws: exceptions that escaped the parser (must be 0)',
    `- proto checks: Object/Array/Function/String prototypes compared with a snapshot after every batch of ${BATCH.toLocaleString('en-US')} inputs (must all be clean)`,
    `- worst ns/byte: the 5 slowest inputs per byte (inputs of at least ${MIN_BYTES} bytes) timed again, best of 20; the worst of those, with its size`,
    '- slowest call seen: the longest single call during the run (includes GC pauses and JIT warm-up); that input re-timed: the same input again, best of 20',
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    ...(details.length ? ['```', ...details, '```', ''] : []),
  ];
  writeFileSync(join(here, '..', 'RESULTS.md'), md.join('\n'));
  console.log(`wrote ${join(here, '..', 'RESULTS.md')}`);
}
if (bad > 0) {
  console.error(`fuzz: ${bad} parser(s) threw or polluted a prototype`);
  process.exit(1);
}
console.log(`fuzz: ${rows.length} parsers, 0 throws, prototypes clean`);
