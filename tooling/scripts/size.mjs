#!/usr/bin/env node
// Bundle-size budgets for the package in the current folder.
//
// size.json is an array of entries:
//   { "name": "isApiError alone", "import": "isApiError", "limit": 300 }
//   { "name": "whole package",    "import": "*",          "limit": 3000 }
// Optional fields:
//   "entry":    export subpath to measure, "." (default) or "./testing"
//   "external": true (every @errata/* package except this one stays external) or a list of
//               module names; by default everything, @errata/core included, is bundled
// `import` may also be a list, or a comma-separated string, of named exports.
//
// Each entry is bundled from the built dist file with esbuild (esm, es2022, platform
// neutral, minified), gzipped at level 9, and compared with `limit` in bytes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const pkgDir = process.cwd();
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const configFile = join(pkgDir, 'size.json');

if (!existsSync(configFile)) {
  console.log(`size ${pkg.name}: no size.json, nothing to check`);
  process.exit(0);
}

const entries = JSON.parse(readFileSync(configFile, 'utf8'));
if (!Array.isArray(entries) || entries.length === 0) {
  console.error(`size ${pkg.name}: size.json must be a non-empty array`);
  process.exit(1);
}

/** The built file behind an export subpath, read from package.json "exports". */
function distFile(subpath) {
  let target = pkg.exports?.[subpath];
  if (target === undefined && subpath === '.' && typeof pkg.exports === 'string') target = pkg.exports;
  for (const condition of ['import', 'default']) {
    if (target && typeof target === 'object') target = target[condition] ?? target;
  }
  if (typeof target !== 'string') throw new Error(`no "exports" target for "${subpath}" in ${pkg.name}`);
  const file = join(pkgDir, target);
  if (!existsSync(file)) throw new Error(`${target} does not exist: build ${pkg.name} first`);
  return file;
}

function names(spec) {
  const list = Array.isArray(spec) ? spec : String(spec).replace(/[{}]/g, '').split(',');
  return list.map((s) => s.trim()).filter(Boolean);
}

async function measure(entry) {
  const file = distFile(entry.entry ?? '.');
  const wanted = names(entry.import);
  if (wanted.length === 0) throw new Error(`"import" is empty`);
  const source =
    wanted.length === 1 && wanted[0] === '*'
      ? `import * as all from ${JSON.stringify(file)};\nglobalThis.__keep = [all];\n`
      : `import { ${wanted.join(', ')} } from ${JSON.stringify(file)};\nglobalThis.__keep = [${wanted.join(', ')}];\n`;
  const external =
    entry.external === true
      ? ['@errata/*']
      : Array.isArray(entry.external)
        ? entry.external
        : [];
  const result = await build({
    stdin: { contents: source, resolveDir: pkgDir, sourcefile: 'size-entry.js', loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'neutral',
    external,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const rows = [];
let failed = 0;
for (const entry of entries) {
  const name = entry.name ?? String(entry.import);
  try {
    if (typeof entry.limit !== 'number') throw new Error('"limit" (bytes) is required');
    const { min, gzip } = await measure(entry);
    const ok = gzip <= entry.limit;
    if (!ok) failed++;
    rows.push([name, `${gzip} B`, `${entry.limit} B`, ok ? 'ok' : 'FAIL', `(${min} B min)`]);
  } catch (error) {
    failed++;
    const detail = error?.errors?.map((e) => e.text).join('; ') || error?.message || String(error);
    rows.push([name, '-', entry.limit === undefined ? '-' : `${entry.limit} B`, 'FAIL', detail]);
  }
}

const header = ['name', 'size (min+gz)', 'limit', 'status', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
console.log(`size ${pkg.name}`);
console.log(line(header));
for (const row of rows) console.log(line(row));

if (failed) {
  console.error(`size ${pkg.name}: ${failed} entr${failed === 1 ? 'y' : 'ies'} over budget or broken`);
  process.exit(1);
}
