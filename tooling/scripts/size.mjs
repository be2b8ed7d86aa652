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
//   "namespace": { "entry": "./codes", "members": ["MissingPermissions"] } adds
//               `import * as ns from '<entry>'` and keeps only those members: how applications
//               use a vendor's code constants (`DiscordCode.MissingPermissions`).
//
//   "with":     { "<workspace package or subpath>": "<names>" , … } also imports those names from other
//               packages of this workspace (their built dist, found by package name, no dependency
//               needed): what an application composing several packages pays, e.g.
//               { "@errata/core": "createRegistry", "@errata/discord": "discord" }.
//
//   "budget":   the design brief's target in bytes (docs: shared DESIGN.md, "Budgets"). Informational:
//               an entry over its budget is marked "over design budget" but does not fail; `limit`
//               (a regression guard near the measured figure) is what fails.
//
// Each entry is bundled from the built dist file with esbuild (esm, es2022, platform
// neutral, minified), gzipped at level 9, and compared with `limit` in bytes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
function distFile(subpath, manifest = pkg, dir = pkgDir) {
  let target = manifest.exports?.[subpath];
  if (target === undefined && subpath === '.' && typeof manifest.exports === 'string') target = manifest.exports;
  for (const condition of ['import', 'default']) {
    if (target && typeof target === 'object') target = target[condition] ?? target;
  }
  if (typeof target !== 'string') throw new Error(`no "exports" target for "${subpath}" in ${manifest.name}`);
  const file = join(dir, target);
  if (!existsSync(file)) throw new Error(`${target} does not exist: build ${manifest.name} first`);
  return file;
}

/** Package folders of the workspace by name (the folders next to this package's). */
function workspacePackages() {
  const byName = new Map();
  const root = dirname(dirname(pkgDir));
  for (const group of ['packages', 'examples', 'tooling']) {
    const groupDir = join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const name of readdirSync(groupDir)) {
      const manifestFile = join(groupDir, name, 'package.json');
      if (!existsSync(manifestFile)) continue;
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
      byName.set(manifest.name, { manifest, dir: join(groupDir, name) });
    }
  }
  return byName;
}

/** The built file for a specifier such as "@errata/discord" or "@errata/discord/codes". */
function workspaceFile(specifier, packages) {
  const [scope, name, ...rest] = specifier.split('/');
  const found = packages.get(`${scope}/${name}`);
  if (found === undefined) throw new Error(`"${specifier}" is not a package of this workspace`);
  return distFile(rest.length ? `./${rest.join('/')}` : '.', found.manifest, found.dir);
}

function names(spec) {
  const list = Array.isArray(spec) ? spec : String(spec).replace(/[{}]/g, '').split(',');
  return list.map((s) => s.trim()).filter(Boolean);
}

async function measure(entry) {
  const file = distFile(entry.entry ?? '.');
  const wanted = names(entry.import);
  if (wanted.length === 0) throw new Error(`"import" is empty`);
  let source =
    wanted.length === 1 && wanted[0] === '*'
      ? `import * as all from ${JSON.stringify(file)};\nglobalThis.__keep = [all];\n`
      : `import { ${wanted.join(', ')} } from ${JSON.stringify(file)};\nglobalThis.__keep = [${wanted.join(', ')}];\n`;
  if (entry.with !== undefined) {
    const packages = workspacePackages();
    let index = 0;
    for (const [specifier, spec] of Object.entries(entry.with)) {
      const aliased = names(spec).map((member) => `${member} as __with${index++}_${member}`);
      source += `import { ${aliased.join(', ')} } from ${JSON.stringify(workspaceFile(specifier, packages))};\n`;
      source += `globalThis.__keepWith = [...(globalThis.__keepWith ?? []), ${aliased.map((a) => a.split(' as ')[1]).join(', ')}];\n`;
    }
  }
  if (entry.namespace !== undefined) {
    const members = names(entry.namespace.members);
    source += `import * as __ns from ${JSON.stringify(distFile(entry.namespace.entry ?? '.'))};\n`;
    source += `globalThis.__keepMembers = [${members.map((member) => `__ns.${member}`).join(', ')}];\n`;
  }
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

// Every import of this package that its README shows has a row: the figure a reader of the
// README pays is measured, not only the ones chosen for the table.
function readmeImports() {
  const readme = join(pkgDir, 'README.md');
  if (!existsSync(readme)) return [];
  const found = [];
  const pattern = /import\s+(\*\s+as\s+\w+|\{[^}]*\})\s+from\s+'([^']+)'/g;
  for (const match of readFileSync(readme, 'utf8').matchAll(pattern)) {
    const [, what, specifier] = match;
    if (specifier !== pkg.name && !specifier.startsWith(`${pkg.name}/`)) continue;
    const entry = specifier === pkg.name ? '.' : `.${specifier.slice(pkg.name.length)}`;
    const imported = what.startsWith('*') ? ['*'] : names(what).map((name) => name.replace(/^type\s+/, ''));
    found.push({ entry, imported, text: match[0].replace(/\s+/g, ' ') });
  }
  return found;
}

function covers(row, wanted) {
  if (wanted.imported[0] === '*') {
    return (row.namespace !== undefined && (row.namespace.entry ?? '.') === wanted.entry) || ((row.entry ?? '.') === wanted.entry && names(row.import)[0] === '*');
  }
  if ((row.entry ?? '.') !== wanted.entry) return false;
  const measured = names(row.import);
  return measured[0] === '*' || wanted.imported.every((name) => measured.includes(name));
}

const rows = [];
let failed = 0;
const uncovered = readmeImports().filter((wanted) => !entries.some((row) => covers(row, wanted)));
for (const wanted of uncovered) {
  failed++;
  rows.push([`README: ${wanted.text}`, '-', '-', '-', 'FAIL', 'no size.json row measures this import']);
}
let overBudget = 0;
for (const entry of entries) {
  const name = entry.name ?? String(entry.import);
  const budget = typeof entry.budget === 'number' ? `${entry.budget} B` : '-';
  try {
    if (typeof entry.limit !== 'number') throw new Error('"limit" (bytes) is required');
    if (entry.budget !== undefined && typeof entry.budget !== 'number') throw new Error('"budget" must be a number of bytes');
    const { min, gzip } = await measure(entry);
    const ok = gzip <= entry.limit;
    if (!ok) failed++;
    const status = [ok ? 'ok' : 'FAIL'];
    if (typeof entry.budget === 'number') {
      if (gzip > entry.budget) {
        overBudget++;
        status.push(`over design budget by ${gzip - entry.budget} B`);
      } else {
        status.push('within design budget');
      }
    }
    rows.push([name, `${gzip} B`, `${entry.limit} B`, budget, status.join(', '), `(${min} B min)`]);
  } catch (error) {
    failed++;
    const detail = error?.errors?.map((e) => e.text).join('; ') || error?.message || String(error);
    rows.push([name, '-', entry.limit === undefined ? '-' : `${entry.limit} B`, budget, 'FAIL', detail]);
  }
}

const header = ['name', 'size (min+gz)', 'limit', 'budget', 'status', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
console.log(`size ${pkg.name}`);
console.log(line(header));
for (const row of rows) console.log(line(row));
if (overBudget) {
  console.log(
    `size ${pkg.name}: ${overBudget} entr${overBudget === 1 ? 'y is' : 'ies are'} over the design budget ` +
      '(reported, not failing; the limit column is what fails)',
  );
}

if (failed) {
  console.error(`size ${pkg.name}: ${failed} entr${failed === 1 ? 'y' : 'ies'} over limit or broken`);
  process.exit(1);
}
