// TypeScript consumers, type-checked (tsc --noEmit, skipLibCheck off) against the BUILT
// declarations:
//   consumer/consumer.ts imports every package and narrows with the guards; consumer/testing.ts
//   imports every `./testing` entry. Both with moduleResolution node16 and bundler, on the minimum
//   TypeScript the README states (5.4) and on the current one (the workspace's).
//   consumer/consumer.cts is a CommonJS consumer: the packages are ESM-only, which TypeScript
//   accepts from CommonJS with `module: nodenext` (5.8+) or `node20` (5.9+, current); with
//   `module: node16` it reports TS1479, as the README says (that message is checked too).
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root, run } from './legs.mjs';

const MINIMUM = '5.4';
const compilers = {
  [`${MINIMUM} (minimum)`]: join(root, 'node_modules', 'typescript-5.4', 'bin', 'tsc'),
  current: join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
};
const cjsMinimum = join(root, 'node_modules', 'typescript-5.8', 'bin', 'tsc');
const project = (name) => join(root, 'consumer', `tsconfig.${name}.json`);

/** tsc's output when it fails (it prints errors on stdout), or '' when the project compiles. */
async function errorsOf(tsc, name) {
  try {
    await run(process.execPath, [tsc, '-p', project(name)]);
    return '';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('TypeScript consumer (ESM)', () => {
  for (const [label, tsc] of Object.entries(compilers)) {
    test(`TypeScript ${label}: version`, async () => {
      const version = (await run(process.execPath, [tsc, '--version'])).trim();
      if (label.includes('minimum')) expect(version).toMatch(new RegExp(`^Version ${MINIMUM.replace('.', '\\.')}\\.`));
      else expect(version).toMatch(/^Version \d+\.\d+\.\d+/);
    });
    for (const mode of ['node16', 'bundler']) {
      test(`TypeScript ${label}: every package and ./testing entry, moduleResolution ${mode}`, async () => {
        expect(await errorsOf(tsc, mode)).toBe('');
      });
    }
  }
});

describe('TypeScript consumer (CommonJS .cts)', () => {
  test('TypeScript 5.8, module nodenext: require() of the ES modules type-checks', async () => {
    expect(await errorsOf(cjsMinimum, 'cjs-nodenext')).toBe('');
  });

  test('TypeScript current, module nodenext and node20: require() of the ES modules type-checks', async () => {
    expect(await errorsOf(compilers.current, 'cjs-nodenext')).toBe('');
    expect(await errorsOf(compilers.current, 'cjs-node20')).toBe('');
  });

  test('TypeScript current, module node16: fails with TS1479, the message the README explains', async () => {
    const errors = await errorsOf(compilers.current, 'cjs-node16');
    expect(errors).toContain('error TS1479');
    expect(errors).toContain('is an ECMAScript module and cannot be imported with \'require\'');
  });
});
