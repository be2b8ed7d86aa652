// Vitest global setup: the CLI tests run the built binary, so build it when dist/cli.mjs is
// missing or older than any source file or the built vendor list it bundles. In CI the build
// already ran; then this is a stat or two.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export function setup(): void {
  const binary = join(root, 'dist/cli.mjs');
  const vendorList = join(root, 'node_modules/@errata/vendors/dist/index.mjs');
  const inputs = Math.max(
    newestSource(join(root, 'src')),
    statSync(join(root, 'package.json')).mtimeMs,
    statSync(join(root, 'tsdown.config.ts')).mtimeMs,
    existsSync(vendorList) ? statSync(vendorList).mtimeMs : 0,
  );
  if (existsSync(binary) && statSync(binary).mtimeMs >= inputs) return;
  execFileSync(join(root, 'node_modules/.bin/tsdown'), [], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
