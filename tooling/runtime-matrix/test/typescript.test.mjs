// TypeScript consumers: consumer/consumer.ts imports every package and narrows with the guards;
// tsc --noEmit checks it against the built declarations with moduleResolution node16 and bundler.
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { root, run } from './legs.mjs';

const tsc = join(root, 'node_modules', '.bin', 'tsc');

describe('TypeScript consumer', () => {
  for (const mode of ['node16', 'bundler']) {
    test(`tsc --noEmit, moduleResolution ${mode}`, async () => {
      await run(tsc, ['-p', join(root, 'consumer', `tsconfig.${mode}.json`)]);
    });
  }
});
