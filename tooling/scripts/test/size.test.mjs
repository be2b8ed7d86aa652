// The size check (size.mjs) on a throwaway workspace: a README import without a row fails the
// check, a row that measures it passes, and a row may add other workspace packages ("with").
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const SIZE = fileURLToPath(new URL('../size.mjs', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'errata-size-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writePackage(folder, name, source, files = {}) {
  const dir = join(root, 'packages', folder);
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, type: 'module', exports: { '.': { default: './dist/index.mjs' } } }));
  writeFileSync(join(dir, 'dist', 'index.mjs'), source);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

const readme = "# demo\n\n```ts\nimport { greet } from '@demo/pkg';\n```\n";
writePackage('other', '@demo/other', `export const big = ${JSON.stringify('x'.repeat(4000))};\n`);

function check(rows) {
  const dir = writePackage('pkg', '@demo/pkg', "export const greet = (name) => 'hello ' + name;\nexport const unused = 1;\n", { 'README.md': readme, 'size.json': JSON.stringify(rows) });
  const run = spawnSync(process.execPath, [SIZE], { cwd: dir, encoding: 'utf8' });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

describe('size.mjs', () => {
  it('fails when an import the README shows has no row', () => {
    const { code, out } = check([{ name: 'unused alone', import: 'unused', limit: 1000 }]);
    expect(code).toBe(1);
    expect(out).toContain("README: import { greet } from '@demo/pkg'");
    expect(out).toContain('no size.json row measures this import');
  });

  it('passes when a row measures that import, and fails a row over its limit', () => {
    expect(check([{ name: 'greet', import: 'greet', limit: 1000 }]).code).toBe(0);
    const over = check([{ name: 'greet', import: 'greet', limit: 1 }]);
    expect(over.code).toBe(1);
    expect(over.out).toMatch(/greet\s+\d+ B\s+1 B\s+-\s+FAIL/);
  });

  it('adds what a row imports from other workspace packages ("with")', () => {
    const sizeOf = (out) => Number(/composed\s+(\d+) B/.exec(out)?.[1]);
    const alone = check([{ name: 'composed', import: 'greet', limit: 100_000 }]);
    const composed = check([{ name: 'composed', import: 'greet', with: { '@demo/other': 'big' }, limit: 100_000 }]);
    expect(composed.code).toBe(0);
    expect(sizeOf(composed.out)).toBeGreaterThan(sizeOf(alone.out) + 20);
    const missing = check([{ name: 'composed', import: 'greet', with: { '@demo/nowhere': 'x' }, limit: 100_000 }]);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('"@demo/nowhere" is not a package of this workspace');
  });
});
