// @ts-check
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The public entry points a package has: `src/index.ts` always, and
 * `src/testing.ts` (test builders) when the package ships one.
 *
 * @param {string} cwd package folder
 * @returns {Record<string, string>}
 */
export function packageEntries(cwd) {
  /** @type {Record<string, string>} */
  const entry = { index: 'src/index.ts' };
  if (existsSync(join(cwd, 'src/testing.ts'))) entry.testing = 'src/testing.ts';
  return entry;
}

/**
 * Build settings shared by every published package: ESM only, platform-neutral,
 * `dist/<entry>.mjs` plus `dist/<entry>.d.mts`. Declarations come from oxc, which
 * is possible because the tsconfig sets `isolatedDeclarations`.
 *
 * @param {import('tsdown').UserConfig} [overrides] merged over the defaults (shallow)
 * @returns {import('tsdown').UserConfig}
 */
export function errataBuild(overrides = {}) {
  const cwd = overrides.cwd ?? process.cwd();
  return {
    cwd,
    entry: packageEntries(cwd),
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outDir: 'dist',
    fixedExtension: true,
    hash: false,
    clean: true,
    dts: { oxc: true },
    sourcemap: false,
    treeshake: true,
    ...overrides,
  };
}
