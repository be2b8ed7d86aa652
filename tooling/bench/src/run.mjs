#!/usr/bin/env node
// The errata benchmark suite, in one run: `pnpm bench` at the repository root.
//
// Measures the BUILT packages (dist), as users get them. Every comparison is measured in
// interleaved rounds (BENCH_ROUNDS, default 7; BENCH_TIME_MS per task per round, default 120)
// and reports the median of the per-round medians. Ratios compare figures from this same run.
// Writes tooling/bench/RESULTS.md (pass --no-write to only print).
//
// Design budgets (shared DESIGN.md): parse from text <= 1.25x JSON.parse of the same body; the
// registry across all five vendors <= 1.5x; Discord 50035 >= 3x faster than JSON.parse +
// discord.js DiscordAPIError; WWW-Authenticate typical < 1 µs, 1 MiB adversarial < 20 ms.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiscordAPIError } from '@discordjs/rest';
import { bearerOAuth, parseChallenges } from '@errata/bearer-oauth';
import { createRegistry, isApiError } from '@errata/core';
import { parseRetryAfter } from '@errata/core/vendor';
import { discord, isDiscordError } from '@errata/discord';
import { VENDORS } from '@errata/vendors';
import Boom from '@hapi/boom';
import authHeader from 'auth-header';
import createError from 'http-errors';
import { coreLinearSection } from './core-linear.mjs';
import { fmtNs, keep, measureGroup, ROUNDS, TIME_MS } from './harness.mjs';
import { redactionSection } from './redaction.mjs';
import { adversarialChallenges, discordLarge, discordNested, discordSixtyIssues, TYPICAL_CHALLENGE, vendorSamples } from './samples.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const write = !process.argv.includes('--no-write');
const versionOf = (name) => {
  try {
    return JSON.parse(readFileSync(join(here, '..', 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
};

// Machine, before anything runs.
const cpuModel = (() => {
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    const model = /model name\s*:\s*(.*)/.exec(info)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
    const family = /cpu family\s*:\s*(\d+)/.exec(info)?.[1];
    const mhz = /cpu MHz\s*:\s*([\d.]+)/.exec(info)?.[1];
    return `${model}${family ? ` (family ${family})` : ''}${mhz ? `, ${Math.round(Number(mhz))} MHz` : ''}`;
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
})();
const machine = {
  cpu: cpuModel,
  cores: cpus().length,
  load: loadavg().map((n) => n.toFixed(2)).join(', '),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
};
console.log(`errata bench: ${machine.cpu}, ${machine.cores} cores, load average at start ${machine.load}; Node ${machine.node}`);
console.log(`interleaved rounds: ${ROUNDS} x ${TIME_MS} ms per task; figures are medians of round medians\n`);

// Every vendor of the one list (tooling/vendors). Detection does not depend on the order (each
// detect says how specific its claim is); the list's order is discord, apple-business,
// identity-registration, icloud-extract, bearer-oauth.
const modules = Object.fromEntries(VENDORS.map((vendor) => [vendor.name, vendor.module]));
const registry = createRegistry(VENDORS.map((vendor) => vendor.module));
const samples = await vendorSamples();

// Sanity: every sample parses to its vendor, directly and through the registry, or the numbers mean nothing.
for (const [vendor, { small, large }] of Object.entries(samples)) {
  for (const parts of [small, large]) {
    const direct = modules[vendor].parse(parts);
    const detected = registry.parse(parts);
    if (direct?.vendor !== vendor || detected?.vendor !== vendor) {
      throw new Error(`sample for ${vendor} parsed as ${direct?.vendor} directly and ${detected?.vendor} by the registry`);
    }
  }
}

const sections = [];
const x = (a, b) => `${(a / b).toFixed(2)}x`;
const mark = (ok) => (ok ? 'ok' : 'MISSED');
function section(title, note, header, rows) {
  sections.push({ title, note, header, rows });
  console.log(`## ${title}`);
  if (note) console.log(note);
  const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log();
}

// 1. Each vendor's parse from text parts vs bare JSON.parse of the same body.
{
  const rows = [];
  for (const [vendor, pair] of Object.entries(samples)) {
    for (const [size, parts] of Object.entries(pair)) {
      const module = modules[vendor];
      const r = await measureGroup({
        errata: () => keep(module.parse(parts)),
        json: () => keep(JSON.parse(parts.body)),
      });
      const ratio = r.errata.ns / r.json.ns;
      rows.push([vendor, `${size} (${parts.body.length} B, ${parts.status})`, fmtNs(r.errata.ns), fmtNs(r.json.ns), x(r.errata.ns, r.json.ns), size === 'small' ? mark(ratio <= 1.25) : 'info']);
    }
  }
  // The floor any native error sets: JSON.parse of the same text plus building one Error subclass
  // with the stack trace limit at 0 (how core builds its errors), against JSON.parse alone.
  {
    class VendorError extends Error {
      get name() {
        return 'VendorError';
      }
    }
    const { body } = samples.discord.small;
    const r = await measureGroup({
      floor: () => {
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        const error = new VendorError();
        Error.stackTraceLimit = limit;
        keep([JSON.parse(body), error]);
      },
      json: () => keep(JSON.parse(body)),
    });
    rows.push(['(reference) JSON.parse + one native Error, stack limit 0', `discord small (${body.length} B)`, fmtNs(r.floor.ns), fmtNs(r.json.ns), x(r.floor.ns, r.json.ns), 'the floor for a native error']);
  }
  section(
    'Vendor parse from text vs JSON.parse',
    '`<vendor>.parse({ status, headers, body: text })` against `JSON.parse(text)` alone. Budget: <= 1.25x for a typical error (small rows). The reference row is what `JSON.parse` plus building one native `Error` costs, before any parsing.',
    ['vendor', 'body', 'parse', 'JSON.parse', 'ratio', 'budget <= 1.25x'],
    rows,
  );
}

// 2. The registry detecting among all five vendors.
{
  const rows = [];
  for (const [vendor, { small }] of Object.entries(samples)) {
    const module = modules[vendor];
    const r = await measureGroup({
      registry: () => keep(registry.parse(small)),
      direct: () => keep(module.parse(small)),
      json: () => keep(JSON.parse(small.body)),
    });
    const ratio = r.registry.ns / r.json.ns;
    rows.push([vendor, fmtNs(r.registry.ns), fmtNs(r.direct.ns), fmtNs(r.json.ns), x(r.registry.ns, r.json.ns), mark(ratio <= 1.5)]);
  }
  section(
    'Registry of all five vendors (detection) vs JSON.parse',
    '`createRegistry([discord, appleBusiness, identityRegistration, icloudExtract, bearerOAuth]).parse(parts)` with no vendor hint, on each vendor\'s small body (bearer-oauth, the most generic detector, last). Budget: <= 1.5x.',
    ['body of', 'registry', 'vendor direct', 'JSON.parse', 'registry / JSON.parse', 'budget <= 1.5x'],
    rows,
  );
}

// 3. Discord 50035 vs JSON.parse + discord.js DiscordAPIError.
{
  const headers = { 'content-type': 'application/json' };
  const url = 'https://discord.com/api/v10/channels/1/messages';
  const requestBody = { body: undefined, files: undefined };
  const rows = [];
  for (const [name, body] of [['docs example (nested)', discordNested], ['seven issues', discordLarge], ['sixty issues', discordSixtyIssues]]) {
    const parts = { status: 400, headers, body };
    const r = await measureGroup({
      errata: () => keep(discord.parse(parts)),
      discordjs: () => {
        const raw = JSON.parse(body);
        keep(new DiscordAPIError(raw, raw.code, 400, 'POST', url, requestBody));
      },
      json: () => keep(JSON.parse(body)),
    });
    const speedup = r.discordjs.ns / r.errata.ns;
    // No parser of the text can beat JSON.parse alone: discord.js over JSON.parse is the most any can reach.
    const ceiling = r.discordjs.ns / r.json.ns;
    rows.push([`50035 ${name} (${body.length} B)`, fmtNs(r.errata.ns), fmtNs(r.discordjs.ns), `${speedup.toFixed(2)}x faster`, `${ceiling.toFixed(2)}x`, mark(speedup >= 3)]);
  }
  section(
    'Discord 50035 with nested field errors vs discord.js',
    `\`discord.parse(parts)\` against \`JSON.parse\` + \`new DiscordAPIError(...)\` (@discordjs/rest ${versionOf('@discordjs/rest')}). Budget: >= 3x faster. The ceiling is discord.js's time over \`JSON.parse\` alone: no parser of the same text can be faster than that.`,
    ['body', '@errata/discord', 'discord.js', 'speed-up', 'ceiling (discord.js / JSON.parse alone)', 'budget >= 3x'],
    rows,
  );
}

// 4. Guards.
{
  const error = discord.parse(samples.discord.small);
  const other = bearerOAuth.parse(samples['bearer-oauth'].small);
  const plain = new Error('nope');
  const r = await measureGroup({
    'isApiError(discord error)': () => keep(isApiError(error)),
    'isApiError(plain Error)': () => keep(isApiError(plain)),
    'isDiscordError(discord error)': () => keep(isDiscordError(error)),
    'isDiscordError(discord error, 50013)': () => keep(isDiscordError(error, 50013)),
    'isDiscordError(bearer-oauth error)': () => keep(isDiscordError(other)),
    'instanceof Error (reference)': () => keep(error instanceof Error),
  });
  section('Guards', 'Brand checks (no `instanceof`).', ['call', 'time'], Object.entries(r).map(([k, v]) => [k, fmtNs(v.ns)]));
}

// 5. Retry-After.
{
  const now = Date.parse('2015-10-21T07:27:00Z');
  const r = await measureGroup({
    "parseRetryAfter('120')": () => keep(parseRetryAfter('120', now)),
    "parseRetryAfter('1.337')": () => keep(parseRetryAfter('1.337', now)),
    "parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT')": () => keep(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', now)),
    "parseRetryAfter('soon') (invalid)": () => keep(parseRetryAfter('soon', now)),
    "Number('120') (reference)": () => keep(Number('120')),
  });
  section('Retry-After', '', ['call', 'time'], Object.entries(r).map(([k, v]) => [k, fmtNs(v.ns)]));
}

// 6. WWW-Authenticate.
{
  const peer = (value) => {
    try {
      return authHeader.parse(value);
    } catch (error) {
      return error;
    }
  };
  const r = await measureGroup({ errata: () => keep(parseChallenges(TYPICAL_CHALLENGE)), 'auth-header': () => keep(peer(TYPICAL_CHALLENGE)) });
  section(
    'WWW-Authenticate, typical Bearer challenge',
    `\`${TYPICAL_CHALLENGE}\`. Peer: auth-header ${versionOf('auth-header')} (one challenge per field, throws on bad input). Budget: < 1 µs.`,
    ['parser', 'time', 'vs errata', 'budget < 1 µs'],
    [
      ['@errata/bearer-oauth parseChallenges', fmtNs(r.errata.ns), '1.00x', mark(r.errata.ns < 1000)],
      ['auth-header parse', fmtNs(r['auth-header'].ns), x(r['auth-header'].ns, r.errata.ns), ''],
    ],
  );

  const rows = [];
  for (const [name, header] of Object.entries(adversarialChallenges)) {
    const quarter = header.slice(0, header.length >> 2);
    const a = await measureGroup({ full: () => keep(parseChallenges(header)), quarter: () => keep(parseChallenges(quarter)) }, { rounds: 5, time: 200, batched: false });
    rows.push([name, fmtNs(a.full.ns), fmtNs(a.quarter.ns), `${(a.full.ns / a.quarter.ns).toFixed(2)}`, mark(a.full.ns < 20e6)]);
  }
  section(
    'WWW-Authenticate, 1 MiB adversarial values',
    '`parseChallenges(value)` on 1 MiB (the default maximum length) and on its first 256 KiB; a linear parser gives a ratio near 4. The peer is quadratic on some of these and is left out (see packages/bearer-oauth/bench). Budget: < 20 ms.',
    ['1 MiB value', '1 MiB', '256 KiB', '1 MiB / 256 KiB', 'budget < 20 ms'],
    rows,
  );
}

// 6b. Core's readers of untrusted input and the redactor, on 1 MiB adversarial families (CPU time).
for (const { title, note, header, rows, typical } of [coreLinearSection(), redactionSection()]) {
  section(title, note, header, rows);
  if (typical !== undefined) section(`${title}: typical calls`, '', typical.header, typical.rows);
}

// 7. Building an error for a status: errata vs http-errors and @hapi/boom.
{
  const notFound = { status: 404, headers: {}, body: '' };
  const r = await measureGroup({
    'errata registry.parse(bare 404)': () => keep(registry.parse(notFound)),
    'errata registry.parse(bare 404, { captureStack: true })': () => keep(registry.parse(notFound, { captureStack: true })),
    'errata discord.parse(small 403 body)': () => keep(discord.parse(samples.discord.small)),
    'http-errors createError(404)': () => keep(createError(404)),
    'http-errors createError(403, message)': () => keep(createError(403, 'Missing Permissions')),
    '@hapi/boom Boom.notFound()': () => keep(Boom.notFound()),
    "@hapi/boom new Boom('…', { statusCode: 403 })": () => keep(new Boom.Boom('Missing Permissions', { statusCode: 403 })),
    "new Error('Not Found') (reference)": () => keep(new Error('Not Found')),
  });
  const base = r['errata registry.parse(bare 404)'].ns;
  section(
    'An error for a status: errata vs http-errors and @hapi/boom',
    `http-errors ${versionOf('http-errors')} and @hapi/boom ${versionOf('@hapi/boom')} build an \`Error\` (stack captured); errata's values skip the stack unless \`captureStack: true\`. errata rows also read headers and classify (kind, retry, action).`,
    ['call', 'time', 'vs errata bare 404'],
    Object.entries(r).map(([k, v]) => [k, fmtNs(v.ns), x(v.ns, base)]),
  );
}

// RESULTS.md
if (write) {
  const md = [
    '# Benchmark results',
    '',
    'Written by `pnpm bench` (tooling/bench/src/run.mjs) from one run; the built packages (dist) are measured.',
    `Each figure is the median of ${ROUNDS} interleaved rounds (${TIME_MS} ms per task per round, fast calls batched to ~20 µs per sample).`,
    'Ratios compare figures from the same run. A shared 2-core machine is noisy: treat differences under ~10% as noise.',
    '',
    '| machine | |',
    '|---|---|',
    `| CPU | ${machine.cpu} |`,
    `| cores | ${machine.cores} |`,
    `| load average at start (1, 5, 15 min) | ${machine.load} |`,
    `| Node | ${machine.node} (${machine.platform}) |`,
    `| date | ${machine.date} |`,
    '',
  ];
  for (const { title, note, header, rows } of sections) {
    md.push(`## ${title}`, '');
    if (note) md.push(note, '');
    md.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
    for (const row of rows) md.push(`| ${row.map((c) => String(c).replaceAll('|', '\\|')).join(' | ')} |`);
    md.push('');
  }
  const file = join(here, '..', 'RESULTS.md');
  writeFileSync(file, md.join('\n'));
  console.log(`wrote ${file}`);
}
