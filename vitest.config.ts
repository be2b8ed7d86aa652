import { defineConfig } from 'vitest/config';

// Runs every package's and example's Vitest project in one process.
// Only folders that have their own vitest.config.ts become projects.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'examples/*/vitest.config.ts', 'tooling/adversarial/vitest.config.ts', 'tooling/scripts/vitest.config.mjs'],
  },
});
