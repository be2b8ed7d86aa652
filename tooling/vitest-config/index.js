// @ts-check
import { defineProject, mergeConfig } from 'vitest/config';

/**
 * Vitest project settings shared by every package: colocated runtime tests in
 * `src/**\/*.test.ts`, type-level tests in `src/**\/*.test-d.ts` (checked by tsc),
 * and mocks restored between tests.
 *
 * @param {string} name project name shown in reports, e.g. 'core'
 * @param {import('vitest/config').UserWorkspaceConfig} [overrides] merged on top
 * @returns {import('vitest/config').UserWorkspaceConfig}
 */
export function errataProject(name, overrides = {}) {
  const base = defineProject({
    test: {
      name,
      include: ['src/**/*.test.ts'],
      restoreMocks: true,
      typecheck: {
        enabled: true,
        include: ['src/**/*.test-d.ts'],
        tsconfig: './tsconfig.json',
      },
    },
  });
  return mergeConfig(base, overrides);
}
