import { defineConfig } from 'vitest/config';

// The runtime matrix: each leg runs the shared smoke scenario (smoke/scenario.mjs) in another
// runtime against the BUILT packages, and every check becomes one test here.
export default defineConfig({
  test: {
    name: 'runtime-matrix',
    include: ['test/**/*.test.mjs'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
