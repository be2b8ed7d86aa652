#!/usr/bin/env node
// Checks the package in the current folder the way a user would receive it:
//   1. pack it with pnpm (workspace: ranges are rewritten, `files` applied);
//   2. publint --strict on the tarball;
//   3. are-the-types-wrong on the tarball, esm-only profile;
//   4. no runtime `dependencies` outside errata itself (integrations such as the CLI depend on
//      core and the vendors; nothing may pull in a third-party package);
//   5. a CommonJS consumer can require() every export of the packed package
//      (and an ES module consumer can import it), with workspace peers installed
//      from their own packed tarballs.
// Everything runs offline: the only tools are pnpm pack, tar and node.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const bin = (name) => join(here, 'node_modules', '.bin', name);
const pkgDir = process.cwd();
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const keep = process.argv.includes('--keep');

const failures = [];
const step = (label, ok, detail = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${label}${detail ? `\n${detail.trimEnd()}` : ''}`);
  if (!ok) failures.push(label);
};

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (res.error) return { ok: false, out: String(res.error) };
  return { ok: res.status === 0, out: `${res.stdout ?? ''}${res.stderr ?? ''}` };
}

function findWorkspaceRoot(start) {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

/** name -> folder of every package under packages/* (candidates for peers). */
function workspacePackages(root) {
  const map = new Map();
  if (root === null) return map;
  for (const group of ['packages', 'tooling']) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base, { withFileTypes: true })) {
      const file = join(base, entry.name, 'package.json');
      if (entry.isDirectory() && existsSync(file)) {
        map.set(JSON.parse(readFileSync(file, 'utf8')).name, join(base, entry.name));
      }
    }
  }
  return map;
}

/** Pack `dir` into `dest` and return the tarball's path. */
function pack(dir, dest) {
  const before = new Set(readdirSync(dest));
  execFileSync('pnpm', ['pack', '--pack-destination', dest], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const made = readdirSync(dest).filter((f) => f.endsWith('.tgz') && !before.has(f));
  if (made.length !== 1) throw new Error(`expected one tarball from pnpm pack in ${dir}, found ${made.length}`);
  return join(dest, made[0]);
}

/** Unpack a tarball into consumer/node_modules/<name>. */
function installTarball(tarball, consumer, name) {
  const target = join(consumer, 'node_modules', ...name.split('/'));
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
}

/** The specifiers a consumer can import: the package name plus each non-wildcard subpath. */
function exportSpecifiers(manifest) {
  const exp = manifest.exports;
  if (exp === undefined || typeof exp === 'string' || Array.isArray(exp)) return [manifest.name];
  const keys = Object.keys(exp);
  if (!keys.every((k) => k.startsWith('.'))) return [manifest.name];
  return keys
    .filter((k) => !k.includes('*') && !k.endsWith('.json'))
    .map((k) => (k === '.' ? manifest.name : `${manifest.name}/${k.slice(2)}`));
}

const work = mkdtempSync(join(tmpdir(), 'errata-check-package-'));
try {
  console.log(`check:package ${pkg.name}@${pkg.version}`);

  // 1. pack
  const tarball = pack(pkgDir, work);
  step('pnpm pack', true, `      ${tarball}`);

  // 2. publint on the tarball
  const lint = run(bin('publint'), ['run', tarball, '--strict', '--level', 'suggestion']);
  step('publint --strict', lint.ok, lint.ok ? '' : lint.out);

  // 3. attw on the tarball (no registry: do not look up @types packages)
  const attw = run(bin('attw'), [tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'table', '--no-emoji', '--no-color']);
  step('attw --profile esm-only', attw.ok, attw.ok ? '' : attw.out);

  // 4. zero runtime dependencies, checked on the packed manifest
  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  installTarball(tarball, consumer, pkg.name);
  const packed = JSON.parse(readFileSync(join(consumer, 'node_modules', ...pkg.name.split('/'), 'package.json'), 'utf8'));
  const deps = Object.keys(packed.dependencies ?? {}).filter((name) => !name.startsWith('@errata/'));
  step('no third-party runtime dependencies', deps.length === 0, deps.length ? `      found: ${deps.join(', ')}` : '');
  const leftovers = ['dependencies', 'peerDependencies', 'optionalDependencies']
    .flatMap((field) => Object.entries(packed[field] ?? {}))
    .filter(([, range]) => String(range).startsWith('workspace:'));
  step(
    'no workspace: ranges left in the packed manifest',
    leftovers.length === 0,
    leftovers.map(([n, v]) => `      ${n}@${v}`).join('\n'),
  );

  // 5. consumers on the running Node: peers come from the workspace, packed the same way
  const workspace = workspacePackages(findWorkspaceRoot(pkgDir));
  const peers = Object.keys(packed.peerDependencies ?? {});
  const optionalPeers = new Set(
    Object.entries(packed.peerDependenciesMeta ?? {}).filter(([, m]) => m?.optional).map(([n]) => n),
  );
  let peersOk = true;
  for (const peer of peers) {
    const dir = workspace.get(peer);
    if (dir === undefined) {
      if (!optionalPeers.has(peer)) {
        peersOk = false;
        console.log(`      peer ${peer} is not a workspace package; cannot install it offline`);
      }
      continue;
    }
    installTarball(pack(dir, work), consumer, peer);
  }
  if (peers.length) step(`peers installed from workspace (${peers.join(', ')})`, peersOk);

  const specifiers = exportSpecifiers(packed);
  const cjs = specifiers
    .map((s) => `{ const m = require(${JSON.stringify(s)}); if (Object.keys(m).length === 0) throw new Error(${JSON.stringify(`${s}: require() gave no exports`)}); }`)
    .join('\n');
  const req = run(process.execPath, ['-e', cjs], { cwd: consumer });
  step(`require() on node ${process.version}: ${specifiers.join(', ')}`, req.ok, req.ok ? '' : req.out);

  const esm = specifiers.map((s) => `await import(${JSON.stringify(s)});`).join('\n');
  const imp = run(process.execPath, ['--input-type=module', '-e', esm], { cwd: consumer });
  step(`import() on node ${process.version}`, imp.ok, imp.ok ? '' : imp.out);
} catch (error) {
  step('check:package crashed', false, String(error?.stack ?? error));
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`check:package ${pkg.name}: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log(`check:package ${pkg.name}: all checks passed`);
