// @ts-check
// Entry point of the gateway demo: `node demo.js [--once]`. The demo itself (src/main.ts) is
// TypeScript that Node runs directly, which needs Node.js >= 22.18 (or 23.6+). This file is plain
// JavaScript so that an older Node gets a clear message instead of "Unknown file extension .ts".

/** Whether this Node strips TypeScript types itself ('strip' or 'transform'; false or missing when not). */
function runsTypeScript() {
  const features = /** @type {{ typescript?: unknown }} */ (process.features);
  return typeof features.typescript === 'string';
}

if (!runsTypeScript()) {
  process.stderr.write(
    `The errata gateway demo runs its TypeScript sources directly, which needs Node.js 22.18 or later (or 23.6+); this is Node ${process.version}.\n` +
      'Run scripts/demo from the repository root instead: it puts a suitable Node on PATH (installing Node 24 into ~/.cache/errata-toolchain if needed).\n',
  );
  process.exit(1);
}

await import('./src/main.ts');
