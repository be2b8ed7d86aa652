#!/usr/bin/env node
// Proves the release scheme of .changeset/README.md with the real `changeset version`, run in a
// scratch copy of the workspace's manifests (the repository itself is never touched):
//
//   1. the pending changesets (the first release), then
//   2. a core-only minor on top of it,
//   3. a core-only patch on top of that,
//   4. a vendor-only patch.
//
// After each step it checks the invariant the scheme exists for: no package gets a patch release
// whose peer range on another @errata package stops admitting the version it was built against
// (a caret user would receive it and hit ERESOLVE), every peer range admits the version released
// with it, and a peer range is only rewritten when the new version leaves it. It prints the
// versions each step produces and the first release's changelog headings.
//
//   node tooling/scripts/release-check.mjs [--keep] [--start-at 0.0.0]
//     --keep      keep the scratch copy and print its path
//     --start-at  first set every published manifest's version to this (to try a starting point)
//   Exit 1 when an invariant fails.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const keep = process.argv.includes('--keep');
const startAtIndex = process.argv.indexOf('--start-at');
const startAt = startAtIndex === -1 ? undefined : process.argv[startAtIndex + 1];
// semver as changesets itself uses it (a dependency of @changesets/cli, installed at the root).
const requireFromRoot = createRequire(join(root, 'package.json'));
const semver = createRequire(requireFromRoot.resolve('@changesets/cli/package.json'))('semver');
const changesetBin = join(root, 'node_modules/.bin/changeset');

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
  return ok;
};

// ---------------------------------------------------------------------------------------------
// A scratch workspace: the manifests, the changesets and their config, in a git repository
// (changesets reads commits for the changelog).

const scratch = mkdtempSync(join(tmpdir(), 'errata-release-check-'));
const workspaceDirs = [];
for (const group of ['packages', 'tooling', 'examples']) {
  if (!existsSync(join(root, group))) continue;
  for (const name of readdirSync(join(root, group))) {
    if (existsSync(join(root, group, name, 'package.json'))) workspaceDirs.push(`${group}/${name}`);
  }
}
for (const file of ['package.json', 'pnpm-workspace.yaml']) cpSync(join(root, file), join(scratch, file));
cpSync(join(root, '.changeset'), join(scratch, '.changeset'), { recursive: true });
for (const dir of workspaceDirs) {
  mkdirSync(join(scratch, dir), { recursive: true });
  for (const file of ['package.json', 'CHANGELOG.md']) {
    if (existsSync(join(root, dir, file))) cpSync(join(root, dir, file), join(scratch, dir, file));
  }
}
// The changelog module (config.changelog) must resolve from the scratch copy too.
symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');

if (startAt !== undefined) {
  for (const dir of workspaceDirs) {
    const file = join(scratch, dir, 'package.json');
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    if (pkg.private === true) continue;
    pkg.version = startAt;
    writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  }
}

const git = (...args) => execFileSync('git', args, { cwd: scratch, stdio: 'pipe', encoding: 'utf8' });
git('init', '-q', '-b', 'main');
git('config', 'user.email', 'release-check@errata.invalid');
git('config', 'user.name', 'release-check');
git('config', 'commit.gpgsign', 'false');
const commitAll = (message) => {
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', message);
};
commitAll('scratch copy');

/** The published packages: name → { dir, version, peers, dependencies }. */
function readPackages() {
  const out = new Map();
  for (const dir of workspaceDirs) {
    const pkg = JSON.parse(readFileSync(join(scratch, dir, 'package.json'), 'utf8'));
    if (pkg.private === true) continue;
    const internal = (deps) => Object.fromEntries(Object.entries(deps ?? {}).filter(([name]) => name.startsWith('@errata/')));
    out.set(pkg.name, { dir, version: pkg.version, peers: internal(pkg.peerDependencies), dependencies: internal(pkg.dependencies) });
  }
  return out;
}

function version(label) {
  try {
    execFileSync(changesetBin, ['version'], { cwd: scratch, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    check(false, `${label}: changeset version failed: ${String(error.stderr || error.message).trim()}`);
  }
  commitAll(label);
}

function addChangeset(name, releases, summary) {
  const front = Object.entries(releases)
    .map(([pkg, bump]) => `'${pkg}': ${bump}`)
    .join('\n');
  writeFileSync(join(scratch, '.changeset', `${name}.md`), `---\n${front}\n---\n\n${summary}\n`);
}

/** Checks one `changeset version` step: `before` and `after` are readPackages() results. */
function checkStep(label, before, after) {
  const rows = [];
  for (const [name, next] of after) {
    const prev = before.get(name);
    const bump = prev.version === next.version ? 'none' : semver.diff(prev.version, next.version);
    rows.push(`${name.padEnd(32)} ${prev.version.padEnd(8)} -> ${next.version.padEnd(8)} ${bump === 'none' ? '' : bump}`);
    for (const [dep, range] of Object.entries(next.peers)) {
      const built = before.get(dep)?.version;
      const released = after.get(dep)?.version;
      if (built === undefined || released === undefined) continue;
      const oldRange = prev.peers[dep];
      check(semver.satisfies(released, range), `${label}: ${name}@${next.version} peers on ${dep} ${range}, which excludes ${dep}@${released} released with it`);
      if (range !== oldRange) {
        rows.push(`${''.padEnd(32)} peer ${dep}: ${oldRange} -> ${range}`);
        check(!semver.satisfies(released, oldRange), `${label}: ${name}'s peer range on ${dep} was rewritten (${oldRange} -> ${range}) although ${dep}@${released} satisfies the old one`);
      }
      // The case the scheme exists for: a patch (a caret user gets it) that drops the core it was built against.
      if (!semver.satisfies(built, range)) {
        check(
          bump !== 'patch' && bump !== 'none',
          `${label}: ${name}@${next.version} is a ${bump} release whose peer range ${range} excludes ${dep}@${built}, the version it was built against: \`npm i ${name}@${next.version}\` next to ${dep}@${built} fails with ERESOLVE`,
        );
      }
    }
  }
  console.log(`\n${label}`);
  for (const row of rows) console.log(`  ${row}`);
}

function changelogHead(dir) {
  const file = join(scratch, dir, 'CHANGELOG.md');
  if (!existsSync(file)) return '(no CHANGELOG.md)';
  const lines = readFileSync(file, 'utf8').split('\n');
  const first = lines.findIndex((line) => line.startsWith('## '));
  return lines
    .slice(first, first + 5)
    .filter((line) => line.trim() !== '')
    .map((line) => (line.length > 100 ? `${line.slice(0, 99)}…` : line))
    .join(' | ');
}

try {
  const initial = readPackages();
  const pending = readdirSync(join(scratch, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md');

  // 1. The first release: the pending changesets.
  if (pending.length > 0) {
    version(`1. the pending changesets (${pending.length})`);
    const first = readPackages();
    checkStep(`1. the pending changesets (${pending.length})`, initial, first);
    console.log('\n  first changelog entries:');
    for (const [name, pkg] of first) console.log(`  ${name.padEnd(32)} ${changelogHead(pkg.dir)}`);
    const versions = new Set([...first.values()].map((pkg) => pkg.version));
    check(versions.size === 1, `1. the first release should give every linked package one version, not ${[...versions].join(', ')}`);
  }

  // 2. A core-only minor.
  const beforeCoreMinor = readPackages();
  addChangeset('scratch-core-minor', { '@errata/core': 'minor' }, 'A breaking change to core.');
  version('2. a core-only minor');
  const afterCoreMinor = readPackages();
  checkStep('2. a core-only minor', beforeCoreMinor, afterCoreMinor);
  for (const [name, pkg] of afterCoreMinor) {
    if (pkg.peers['@errata/core'] === undefined) continue;
    check(pkg.version !== beforeCoreMinor.get(name).version, `2. a core-only minor: ${name} was not released although its peer range left core`);
  }

  // 3. A core-only patch: nothing else is released, no peer range moves.
  addChangeset('scratch-core-patch', { '@errata/core': 'patch' }, 'A fix in core.');
  version('3. a core-only patch');
  const afterCorePatch = readPackages();
  checkStep('3. a core-only patch', afterCoreMinor, afterCorePatch);
  for (const [name, pkg] of afterCorePatch) {
    if (name === '@errata/core' || pkg.peers['@errata/core'] === undefined) continue;
    check(pkg.version === afterCoreMinor.get(name).version, `3. a core-only patch: ${name} was released (${pkg.version}) although core stayed in its peer range`);
  }

  // 4. A vendor-only patch: only that vendor moves; core and its peer range stay.
  addChangeset('scratch-discord-patch', { '@errata/discord': 'patch' }, 'A fix in discord.');
  version('4. a vendor-only patch');
  const afterVendorPatch = readPackages();
  checkStep('4. a vendor-only patch', afterCorePatch, afterVendorPatch);
  for (const [name, pkg] of afterVendorPatch) {
    if (name === '@errata/discord') continue;
    check(pkg.version === afterCorePatch.get(name).version, `4. a vendor-only patch: ${name} was released too (${pkg.version})`);
  }
} finally {
  if (keep) console.log(`\nscratch copy kept at ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

console.log('');
if (failures.length > 0) {
  for (const failure of failures) console.log(`FAIL  ${failure}`);
  console.log(`release check: ${failures.length} problem(s)`);
  process.exit(1);
}
console.log('release check: ok (no patch release drops the core it was built against; peer ranges move only when they must)');
