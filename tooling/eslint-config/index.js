// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { noCrossPackageSrc } from './no-cross-package-src.js';

const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs'];
const TEST_FILES = ['**/*.test.ts', '**/*.test-d.ts', '**/*.bench.ts', '**/test/**', '**/bench/**'];
// Tool configuration files are not part of any tsconfig program: lint them without type information.
const CONFIG_FILES = ['*.config.ts', '*.config.mts', '*.config.js', '*.config.mjs'];

/**
 * Build the flat config for one workspace package (or example).
 *
 * @param {import('./index.d.ts').ErrataEslintOptions} [options]
 * @returns {import('eslint').Linter.Config[]}
 */
export function errataConfig(options = {}) {
  const { tsconfigRootDir = process.cwd(), ignores = [], extends: extra = [] } = options;

  return defineConfig(
    {
      name: 'errata/ignores',
      ignores: ['dist/**', 'coverage/**', '.turbo/**', 'node_modules/**', ...ignores],
    },
    {
      name: 'errata/linter-options',
      linterOptions: { reportUnusedDisableDirectives: 'error' },
    },
    {
      name: 'errata/plugin',
      plugins: { errata: { rules: { 'no-cross-package-src': noCrossPackageSrc } } },
      rules: { 'errata/no-cross-package-src': 'error' },
    },
    js.configs.recommended,
    tseslint.configs.strictTypeChecked,
    tseslint.configs.stylisticTypeChecked,
    {
      name: 'errata/typescript',
      languageOptions: {
        parserOptions: {
          projectService: true,
          tsconfigRootDir,
        },
      },
      rules: {
        '@typescript-eslint/consistent-type-imports': [
          'error',
          { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
        ],
        '@typescript-eslint/consistent-type-exports': 'error',
        '@typescript-eslint/no-import-type-side-effects': 'error',
        '@typescript-eslint/no-explicit-any': 'error',
        // isolatedDeclarations favours explicit annotations on exports, and `const x: number = 1`
        // deliberately widens a literal type: do not flag annotations as redundant.
        '@typescript-eslint/no-inferrable-types': 'off',
        // Numbers and booleans read fine in messages; objects and nullish values still need care.
        '@typescript-eslint/restrict-template-expressions': [
          'error',
          { allowNumber: true, allowBoolean: true },
        ],
        '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
        '@typescript-eslint/no-unused-vars': [
          'error',
          { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
        ],
      },
    },
    {
      name: 'errata/no-default-exports-in-src',
      files: ['src/**'],
      rules: {
        'no-restricted-exports': [
          'error',
          { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } },
        ],
      },
    },
    {
      name: 'errata/tests',
      files: TEST_FILES,
      rules: {
        '@typescript-eslint/no-non-null-assertion': 'off',
        '@typescript-eslint/unbound-method': 'off',
        '@typescript-eslint/no-empty-function': 'off',
        '@typescript-eslint/no-unsafe-assignment': 'off',
        '@typescript-eslint/no-unsafe-member-access': 'off',
        '@typescript-eslint/no-unsafe-argument': 'off',
        '@typescript-eslint/no-unsafe-call': 'off',
        '@typescript-eslint/no-unsafe-return': 'off',
        // Tests spread ASCII fixtures into characters on purpose.
        '@typescript-eslint/no-misused-spread': 'off',
      },
    },
    {
      name: 'errata/untyped-files',
      files: [...JS_FILES, ...CONFIG_FILES],
      extends: [tseslint.configs.disableTypeChecked],
    },
    {
      // Plain JavaScript (build helpers, generators, config) runs on Node; TypeScript
      // files get their globals from the tsconfig instead.
      name: 'errata/node-scripts',
      files: JS_FILES,
      languageOptions: { globals: { ...globals.node } },
      // A `/* global ... */` comment naming a Node global is redundant here, not an error.
      rules: { 'no-redeclare': ['error', { builtinGlobals: false }] },
    },
    ...extra,
  );
}

export default errataConfig;
