// Bun and Deno, installed from the npm registry (`bun`, `deno` packages) by scripts/runtime-matrix
// into the toolchain cache. Both load the packages through node_modules with ES module imports.
import { binary, leg, resultOf, run, smoke } from './legs.mjs';

const bun = binary('ERRATA_BUN', 'bun', 'bun');
leg('bun', async () => resultOf(await run(bun, [smoke('run-esm.mjs')])), bun === undefined ? 'bun is not installed (scripts/runtime-matrix installs it from npm)' : undefined);

const deno = binary('ERRATA_DENO', 'deno', 'deno');
leg(
  'deno',
  async () => resultOf(await run(deno, ['run', '--no-lock', '--allow-read', '--allow-env', smoke('run-esm.mjs')], { env: { DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' } })),
  deno === undefined ? 'deno is not installed (scripts/runtime-matrix installs it from npm)' : undefined,
);
