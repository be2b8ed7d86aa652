// `pnpm new-vendor <name>` (tooling/scripts/new-vendor.mjs), run on a scratch copy of the files it
// reads and edits: it writes the common vendor shape, registers the package in the one vendor list
// (and as the CLI's dependency), refuses bad names, and its TypeScript typechecks against core.
// Here because the CLI is what the list feeds; the full build, lint and test of a scaffolded
// package is the manual run described in tooling/README.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const script = join(repo, 'tooling/scripts/new-vendor.mjs');
const REFERENCE = 'icloud-extract';
// What the scaffolder reads or edits, copied into the scratch root.
const INPUTS = [
  ...['package.json', 'tsconfig.json', 'tsconfig.lib.json', 'tsdown.config.ts', 'eslint.config.js', 'LICENSE'].map((file) => `packages/${REFERENCE}/${file}`),
  'packages/cli/package.json',
  'tooling/vendors/package.json',
  'tooling/vendors/src/index.ts',
];

let root = '';

function newVendor(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [script, ...args, '--root', root], { encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((entry) => (statSync(join(dir, entry)).isDirectory() ? filesUnder(join(dir, entry), `${prefix}${entry}/`) : [`${prefix}${entry}`]));
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'errata-new-vendor-'));
  for (const file of INPUTS) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    cpSync(join(repo, file), join(root, file));
  }
  mkdirSync(join(root, '.changeset'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('pnpm new-vendor', () => {
  it.each([
    ['', 'give the vendor a name'],
    ['Acme', 'not kebab-case'],
    ['acme_pay', 'not kebab-case'],
    ['acme--pay', 'not kebab-case'],
    ['-acme', 'not kebab-case'],
    ['9acme', 'not kebab-case'],
    ['a'.repeat(41), 'longer than 40'],
    ['core', 'taken by a workspace package'],
    ['vendors', 'taken by a workspace package'],
    [REFERENCE, 'already exists'],
  ])('refuses %j', (name, message) => {
    const run = newVendor(...(name === '' ? [] : [name]));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
    if (name !== '' && name !== REFERENCE) expect(existsSync(join(root, 'packages', name))).toBe(false);
  });

  it('scaffolds the common vendor shape and registers it in the one list', () => {
    const run = newVendor('scaffold-probe');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const dir = join(root, 'packages/scaffold-probe');
    const files = filesUnder(dir);
    for (const file of [
      'src/index.ts',
      'src/codes.ts',
      'src/types.ts',
      'src/vendor.ts',
      'src/parse.ts',
      'src/policy.ts',
      'src/catalog.ts',
      'src/guard.ts',
      'src/testing.ts',
      'src/parse.test.ts',
      'src/property.test.ts',
      'src/hostile.test.ts',
      'src/linear.test.ts',
      'src/catalog.test.ts',
      'src/testing.test.ts',
      'src/guard.test-d.ts',
      'README.md',
      'package.json',
      'tsconfig.json',
      'tsconfig.lib.json',
      'tsdown.config.ts',
      'vitest.config.ts',
      'eslint.config.js',
      'size.json',
      'LICENSE',
    ]) {
      expect(files, file).toContain(file);
    }
    for (const file of files) expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(/__(?:NAME|CAMEL|PASCAL|TITLE)__/);
    // Config files are the reference vendor's; the manifest is its, renamed.
    for (const file of ['tsconfig.json', 'tsconfig.lib.json', 'tsdown.config.ts', 'eslint.config.js', 'LICENSE']) {
      expect(readFileSync(join(dir, file), 'utf8'), file).toBe(readFileSync(join(repo, 'packages', REFERENCE, file), 'utf8'));
    }
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; repository: { directory: string }; peerDependencies: Record<string, string>; exports: Record<string, unknown> };
    expect(manifest).toMatchObject({ name: '@errata/scaffold-probe', version: '0.1.0', repository: { directory: 'packages/scaffold-probe' }, peerDependencies: { '@errata/core': expect.any(String) as unknown } });
    expect(Object.keys(manifest.exports)).toEqual(expect.arrayContaining(['.', './codes', './testing']));
    expect(readFileSync(join(dir, 'vitest.config.ts'), 'utf8')).toContain("errataProject('scaffold-probe')");
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/^# @errata\/scaffold-probe\n[\s\S]*?```ts\nimport \{ scaffoldProbe, isScaffoldProbeError \} from '@errata\/scaffold-probe';/);
    expect(readFileSync(join(root, '.changeset/scaffold-probe-initial.md'), 'utf8')).toContain("'@errata/scaffold-probe': minor");

    const list = readFileSync(join(root, 'tooling/vendors/src/index.ts'), 'utf8');
    expect(list).toContain("import { scaffoldProbe, scaffoldProbeCatalog, describeScaffoldProbeCode, isScaffoldProbeError } from '@errata/scaffold-probe';\n// new-vendor: imports above");
    expect(list).toMatch(/ {4}package: '@errata\/scaffold-probe',[\s\S]*?module: scaffoldProbe,\n {4}guard: isScaffoldProbeError,\n {4}catalog: scaffoldProbeCatalog,\n {4}describe: describeScaffoldProbeCode,[\s\S]*? {2}\},\n {2}\/\/ new-vendor: entries above/);
    const dependencies = (file: string) => (JSON.parse(readFileSync(join(root, file), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
    expect(dependencies('tooling/vendors/package.json')['@errata/scaffold-probe']).toBe('workspace:*');
    expect(dependencies('packages/cli/package.json')['@errata/scaffold-probe']).toBe('workspace:^');
    expect(Object.keys(dependencies('packages/cli/package.json'))).toEqual(Object.keys(dependencies('packages/cli/package.json')).sort());

  });

  it('refuses a name a second time', () => {
    expect(newVendor('scaffold-probe')).toMatchObject({ status: 1, stderr: expect.stringContaining('packages/scaffold-probe already exists') as unknown });
    rmSync(join(root, 'packages/scaffold-probe'), { recursive: true });
    expect(newVendor('scaffold-probe')).toMatchObject({ status: 1, stderr: expect.stringContaining('already in the vendor list') as unknown });
    expect(existsSync(join(root, 'packages/scaffold-probe'))).toBe(false);
  });

  it('writes TypeScript that typechecks against core, tests included', () => {
    // A fresh list and CLI manifest, so the name is free again.
    for (const file of INPUTS.filter((input) => !input.startsWith(`packages/${REFERENCE}/`))) cpSync(join(repo, file), join(root, file));
    expect(newVendor('scaffold-probe').status).toBe(0);
    const dir = join(root, 'packages/scaffold-probe');
    // The reference vendor's node_modules has the same dependencies the copied manifest names.
    symlinkSync(join(repo, 'packages', REFERENCE, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const tsc = join(repo, 'packages/cli/node_modules/typescript/bin/tsc');
    for (const project of ['tsconfig.lib.json', 'tsconfig.json']) {
      expect(() => execFileSync(process.execPath, [tsc, '-p', join(dir, project)], { encoding: 'utf8', timeout: 60_000 }), project).not.toThrow();
    }
  }, 120_000);
});
