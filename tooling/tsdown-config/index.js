// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The public entry points a package has: `src/index.ts` always, `src/testing.ts` (test builders)
 * and `src/codes.ts` when the package ships them, and `src/<name>.ts` for every other subpath
 * `./<name>` its package.json `exports` declares (core's `./vendor`, the authoring kit).
 *
 * @param {string} cwd package folder
 * @returns {Record<string, string>}
 */
export function packageEntries(cwd) {
  /** @type {Record<string, string>} */
  const entry = { index: 'src/index.ts' };
  if (existsSync(join(cwd, 'src/testing.ts'))) entry.testing = 'src/testing.ts';
  if (existsSync(join(cwd, 'src/codes.ts'))) entry.codes = 'src/codes.ts';
  for (const name of exportedSubpaths(cwd)) {
    if (!(name in entry) && existsSync(join(cwd, `src/${name}.ts`))) entry[name] = `src/${name}.ts`;
  }
  return entry;
}

/**
 * The names of the package's `./<name>` export subpaths (one segment, no wildcard).
 *
 * @param {string} cwd package folder
 * @returns {string[]}
 */
function exportedSubpaths(cwd) {
  const file = join(cwd, 'package.json');
  if (!existsSync(file)) return [];
  const exports = JSON.parse(readFileSync(file, 'utf8')).exports;
  if (typeof exports !== 'object' || exports === null || Array.isArray(exports)) return [];
  return Object.keys(exports)
    .filter((key) => /^\.\/[A-Za-z0-9_-]+$/.test(key))
    .map((key) => key.slice(2));
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
    // Shared chunks get a prefix of their own: named after a module (e.g. `vendor`), a chunk could
    // take an entry's file name and push the entry to `vendor2`, away from what `exports` points at.
    outputOptions: { chunkFileNames: '_[name].mjs' },
    sourcemap: false,
    treeshake: true,
    ...overrides,
  };
}
