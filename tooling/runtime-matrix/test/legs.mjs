// Shared helpers for the matrix legs. A leg is a way to load the packages and run the smoke
// scenario; it yields { runtime, results: [{ name, ok, detail }] }, and each check is one test.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { VENDORS } from '@errata/vendors';
import { checkNames } from '../smoke/scenario.mjs';

const CHECK_NAMES = checkNames(VENDORS.map((vendor) => vendor.name));

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const smoke = (file) => join(root, 'smoke', file);
const toolchainDir = process.env.ERRATA_TOOLCHAIN_DIR ?? join(homedir(), '.cache', 'errata-toolchain');

/** A runtime binary: the env var scripts/runtime-matrix sets, else the toolchain cache, else none. */
export function binary(envName, cacheSubdir, bin) {
  const fromEnv = process.env[envName];
  if (fromEnv !== undefined) return fromEnv === '' ? undefined : fromEnv;
  const cached = join(toolchainDir, cacheSubdir, 'node_modules', '.bin', bin);
  return existsSync(cached) ? cached : undefined;
}

/** Runs a command in the matrix folder; resolves with stdout, rejects with stderr on failure. */
export function run(command, args, { timeout = 90_000, env } = {}) {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: root, timeout, maxBuffer: 16 << 20, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed: ${error.message}\n${stderr}\n${stdout}`));
      else resolve(stdout);
    });
  });
}

/** The JSON line a smoke runner printed (the last line starting with `{`). */
export function resultOf(stdout) {
  const line = stdout.trim().split('\n').reverse().find((l) => l.startsWith('{'));
  if (line === undefined) throw new Error(`no result line in:\n${stdout}`);
  return JSON.parse(line);
}

/**
 * Declares a leg: `load()` runs the scenario once; each of its checks is a test. With `skip` (a
 * reason), the tests are declared skipped and the reason printed.
 */
export function leg(name, load, skip) {
  if (skip) {
    console.warn(`runtime matrix: skipping ${name}: ${skip}`);
    describe.skip(`${name} (skipped: ${skip})`, () => {
      for (const check of CHECK_NAMES) test(check, () => {});
    });
    return;
  }
  describe(name, () => {
    let outcome;
    beforeAll(async () => {
      try {
        outcome = { value: await load() };
      } catch (error) {
        outcome = { error };
      }
      if (outcome.value) console.log(`runtime matrix: ${name} ran on ${outcome.value.runtime}`);
    });
    test.each(CHECK_NAMES)('%s', (check) => {
      if (outcome.error) throw outcome.error;
      const result = outcome.value.results.find((r) => r.name === check);
      expect(result, `${check} did not run`).toBeDefined();
      expect(result.ok, result.detail).toBe(true);
    });
  });
}
