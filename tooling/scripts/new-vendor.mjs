#!/usr/bin/env node
// `pnpm new-vendor <name>`: scaffolds packages/<name>, a vendor package in the common shape (see
// tooling/README.md, "Adding a vendor package"), and registers it in the one vendor list.
//
//   node tooling/scripts/new-vendor.mjs <name> [--root <repository>] [--reference <vendor>]
//
// What it writes:
//   packages/<name>/src/…          from tooling/scripts/new-vendor/src (index, codes, types, vendor,
//                                  parse, policy, catalog, guard, testing, colocated tests)
//   packages/<name>/README.md, vitest.config.ts, size.json   from the same templates
//   packages/<name>/package.json, tsconfig.json, tsconfig.lib.json, tsdown.config.ts,
//   eslint.config.js, LICENSE      copied from a reference vendor (default icloud-extract), so the
//                                  new package follows whatever the existing ones do today
//   .changeset/<name>-initial.md
// What it edits, and nothing else:
//   tooling/vendors/src/index.ts    the list: an import and an entry (with the template's sample)
//   tooling/vendors/package.json    its dependency on the new package
//   packages/cli/package.json       the CLI's dependency on it
// Then run `pnpm install` (links the package, updates pnpm-lock.yaml) and build, lint and test it.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TEMPLATE = join(here, 'new-vendor');
const DEFAULT_REFERENCE = 'icloud-extract';
/** Copied from the reference vendor as they are. */
const SHARED_FILES = ['tsconfig.json', 'tsconfig.lib.json', 'tsdown.config.ts', 'eslint.config.js', 'LICENSE'];
/** Workspace names a vendor may not take: the other packages and the tooling. */
const RESERVED = new Set(['core', 'cli', 'gateway', 'fetch', 'vendors', 'scripts', 'bench', 'fuzz', 'adversarial', 'runtime-matrix', 'tsconfig', 'eslint-config', 'tsdown-config', 'vitest-config']);
const MAX_NAME_LENGTH = 40;
// Where `pnpm new-vendor` inserts into the list (tooling/vendors/src/index.ts).
const IMPORTS_MARKER = '// new-vendor: imports above';
const ENTRIES_MARKER = '  // new-vendor: entries above';

/** Why `name` cannot be a new vendor's name in `root`, or `undefined` when it can. */
export function nameProblem(name, root) {
  if (typeof name !== 'string' || name === '') return 'give the vendor a name: pnpm new-vendor <name> (kebab-case, e.g. acme-pay)';
  if (name.length > MAX_NAME_LENGTH) return `"${name}" is longer than ${MAX_NAME_LENGTH} characters`;
  // Lower-case words of letters and digits joined by single hyphens, starting with a letter.
  const words = name.split('-');
  const isWord = (word) => word.length > 0 && [...word].every((char) => (char >= 'a' && char <= 'z') || (char >= '0' && char <= '9'));
  if (!words.every(isWord) || !(name[0] >= 'a' && name[0] <= 'z')) return `"${name}" is not kebab-case (lower-case letters and digits, words joined by "-", starting with a letter)`;
  if (RESERVED.has(name)) return `"${name}" is taken by a workspace package that is not a vendor`;
  if (existsSync(join(root, 'packages', name))) return `packages/${name} already exists`;
  const list = readFileSync(join(root, 'tooling/vendors/package.json'), 'utf8');
  if (list.includes(`"@errata/${name}"`)) return `@errata/${name} is already in the vendor list`;
  return undefined;
}

/** The spellings of a kebab-case name the templates use. */
export function spellingsOf(name) {
  const words = name.split('-');
  const cap = (word) => word.charAt(0).toUpperCase() + word.slice(1);
  return {
    __NAME__: name,
    __CAMEL__: words[0] + words.slice(1).map(cap).join(''),
    __PASCAL__: words.map(cap).join(''),
    __TITLE__: words.map(cap).join(' '),
  };
}

function substitute(text, spellings) {
  let out = text;
  for (const [placeholder, value] of Object.entries(spellings)) out = out.replaceAll(placeholder, value);
  return out;
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir, prefix = '') {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path, join(prefix, entry)) : [join(prefix, entry)];
  });
}

function writeFile(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** package.json of the new package: the reference vendor's, renamed, with a placeholder description. */
function manifestOf(referenceManifest, spellings) {
  const manifest = JSON.parse(referenceManifest);
  const name = spellings.__NAME__;
  return {
    ...manifest,
    name: `@errata/${name}`,
    version: '0.1.0',
    description: `Typed errors for the ${spellings.__TITLE__} API: codes, kinds, next actions and retry advice.`,
    keywords: ['errors', 'api-errors', name, 'error-handling', 'typescript'],
    repository: { ...manifest.repository, directory: `packages/${name}` },
  };
}

/** `text` with `line` inserted before the line holding `marker` (which must be there once). */
function insertBefore(text, marker, line, file) {
  const at = text.indexOf(marker);
  if (at === -1 || text.indexOf(marker, at + 1) !== -1) throw new Error(`${file}: expected the line "${marker.trim()}" exactly once`);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  return text.slice(0, lineStart) + line + text.slice(lineStart);
}

/** A dependency added to a manifest's `dependencies`, keys kept sorted. */
function withDependency(manifestText, name, range) {
  const manifest = JSON.parse(manifestText);
  const dependencies = { ...manifest.dependencies, [name]: range };
  manifest.dependencies = Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The entry of the list for the new vendor: its module, guard, catalog, lookup and the template's sample. */
function listEntryOf(spellings) {
  const { __NAME__: name, __CAMEL__: camel, __PASCAL__: pascal, __TITLE__: title } = spellings;
  return `  {
    name: ${camel}.vendor,
    package: '@errata/${name}',
    aliases: [],
    about: '${title}: TODO one line on what the package covers',
    module: ${camel},
    guard: is${pascal}Error,
    catalog: ${camel}Catalog,
    describe: describe${pascal}Code,
    codeHint: '${title} codes look like NOT_FOUND.',
    sample: {
      status: 404,
      headers: { 'content-type': 'application/json' },
      body: '{"error": {"code": "NOT_FOUND", "message": "No such resource."}}',
      code: 'NOT_FOUND',
      kind: 'not-found',
    },
  },
`;
}

/** Scaffolds the vendor `name` in the repository at `root`; returns the files written and edited. */
export function scaffold(name, { root, reference = DEFAULT_REFERENCE }) {
  const problem = nameProblem(name, root);
  if (problem !== undefined) throw new Error(problem);
  const referenceDir = join(root, 'packages', reference);
  if (!existsSync(join(referenceDir, 'package.json'))) throw new Error(`no reference vendor at packages/${reference}`);
  const spellings = spellingsOf(name);
  const target = join(root, 'packages', name);
  const written = [];
  const write = (path, text) => {
    writeFile(path, text);
    written.push(relative(root, path));
  };

  for (const file of filesUnder(TEMPLATE)) {
    if (file === 'changeset.md') continue;
    write(join(target, file), substitute(readFileSync(join(TEMPLATE, file), 'utf8'), spellings));
  }
  for (const file of SHARED_FILES) {
    mkdirSync(target, { recursive: true });
    copyFileSync(join(referenceDir, file), join(target, file));
    written.push(relative(root, join(target, file)));
  }
  write(join(target, 'package.json'), `${JSON.stringify(manifestOf(readFileSync(join(referenceDir, 'package.json'), 'utf8'), spellings), null, 2)}\n`);
  write(join(root, '.changeset', `${name}-initial.md`), substitute(readFileSync(join(TEMPLATE, 'changeset.md'), 'utf8'), spellings));

  // The one list, its dependency, and the CLI's.
  const edited = [];
  const listFile = join(root, 'tooling/vendors/src/index.ts');
  const { __CAMEL__: camel, __PASCAL__: pascal } = spellings;
  let list = readFileSync(listFile, 'utf8');
  list = insertBefore(list, IMPORTS_MARKER, `import { ${camel}, ${camel}Catalog, describe${pascal}Code, is${pascal}Error } from '@errata/${name}';\n`, listFile);
  list = insertBefore(list, ENTRIES_MARKER, listEntryOf(spellings), listFile);
  writeFileSync(listFile, list);
  edited.push(relative(root, listFile));
  for (const [file, range] of [
    ['tooling/vendors/package.json', 'workspace:*'],
    ['packages/cli/package.json', 'workspace:^'],
  ]) {
    const path = join(root, file);
    writeFileSync(path, withDependency(readFileSync(path, 'utf8'), `@errata/${name}`, range));
    edited.push(file);
  }
  return { written, edited };
}

function main(argv) {
  const args = [...argv];
  const option = (flag) => {
    const at = args.indexOf(flag);
    if (at === -1) return undefined;
    const [, value] = args.splice(at, 2);
    if (value === undefined) throw new Error(`${flag} needs a value`);
    return value;
  };
  const root = option('--root') ?? join(here, '..', '..');
  const reference = option('--reference') ?? DEFAULT_REFERENCE;
  if (args.length > 1) throw new Error(`one name at a time, not ${args.length}: ${args.join(' ')}`);
  const name = args[0];
  const { written, edited } = scaffold(name, { root, reference });
  console.log(`new vendor @errata/${name}: wrote ${written.length} files under packages/${name} (+ a changeset); edited ${edited.join(', ')}`);
  console.log(`next:
  pnpm install                                   # link the package, update pnpm-lock.yaml
  pnpm exec turbo run build --filter=@errata/${name}... --filter=@errata/vendors --filter=@errata/cli
  pnpm --filter @errata/${name} typecheck && pnpm --filter @errata/${name} lint
  pnpm exec vitest run --project ${name}
then replace every TODO(new-vendor) with the vendor's real format, codes and sources.`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`new-vendor: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
