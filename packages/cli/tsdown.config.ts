import { errataBuild } from '@errata/tsdown-config';
import { defineConfig } from 'tsdown';

// One executable file, dist/cli.mjs. The @errata/* packages are `dependencies`, so they stay
// external and users get catalog updates with the vendor packages' own releases. The vendor list
// (`@errata/vendors`, private to the repository) is bundled in.
export default defineConfig(
  errataBuild({
    entry: { cli: 'src/cli.ts' },
    platform: 'node',
    dts: false,
    banner: '#!/usr/bin/env node',
    noExternal: ['@errata/vendors'],
  }),
);
