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
  if (existsSync(join(cwd, 'src/codes.ts'))) entry.codes = 'src/codes.ts';
  return entry;
}

/**
 * Keeps `src/codes.ts` (one `export const` per vendor code) a module of its own in `dist`: every
 * other file imports it at run time instead of inlining it. Bundled in, `export * as XCode` would
 * become one object of getters and a single code would keep the whole table; as a real module,
 * Rollup, Rolldown, Vite and webpack keep only the members used, and esbuild does too when the
 * application imports the `./codes` subpath as a namespace.
 *
 * @returns {import('tsdown').UserConfig['plugins']}
 */
function separateCodesModule() {
  return [
    {
      name: 'errata-separate-codes-module',
      resolveId(/** @type {string} */ source, /** @type {string | undefined} */ importer) {
        if (source === './codes.ts' && importer !== undefined && !importer.endsWith('codes.ts')) return { id: './codes.mjs', external: true };
        return undefined;
      },
    },
  ];
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
    ...(existsSync(join(cwd, 'src/codes.ts')) ? { plugins: separateCodesModule() } : {}),
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
