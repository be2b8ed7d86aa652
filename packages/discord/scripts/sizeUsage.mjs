#!/usr/bin/env node
/* global process, console, URL */
// Bundle-size budgets for realistic imports that size.json cannot express (it keeps whole exports):
// the guard plus one code read from the `DiscordCode` namespace. esbuild only shakes a namespace
// member by member when the namespace is imported directly from its module, so the esbuild row
// imports `@errata/discord/codes` (Rollup, Rolldown and webpack also shake the root re-export).
// Run after `build`; @errata/core is bundled in, as in size.json's default.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dist = (file) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));
const LIMIT = 600;

const esbuildSource = `import { isDiscordError } from ${JSON.stringify(dist('index.mjs'))};
import * as DiscordCode from ${JSON.stringify(dist('codes.mjs'))};
globalThis.__keep = [isDiscordError, DiscordCode.MissingPermissions];\n`;
async function withEsbuild(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), sourcefile: 'usage.js', loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'neutral',
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

const rows = [
  ['isDiscordError + DiscordCode.MissingPermissions (namespace from ./codes)', await withEsbuild(esbuildSource)],
];
let failed = 0;
for (const [name, code] of rows) {
  const gzip = gzipSync(code, { level: 9 }).length;
  const ok = gzip <= LIMIT;
  if (!ok) failed++;
  console.log(`${name}  ${gzip} B  limit ${LIMIT} B  ${ok ? 'ok' : 'FAIL'}  (${code.length} B min)`);
}
if (failed) process.exit(1);
