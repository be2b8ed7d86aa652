import { errataBuild, packageEntries } from '@errata/tsdown-config';
import { defineConfig } from 'tsdown';

const cwd = import.meta.dirname;

// The code constants are built as their own file and imported from it at runtime, so
// `DiscordCode` stays a real ES module namespace that bundlers shake member by member. Bundled
// in, it would become one object of getters and using one code would keep all 712.
export default defineConfig(
  errataBuild({
    cwd,
    entry: { ...packageEntries(cwd), codes: 'src/codes.ts' },
    plugins: [
      {
        name: 'errata-discord-code-namespace',
        resolveId(source: string, importer: string | undefined) {
          if (source === './codes.ts' && importer !== undefined && !importer.endsWith('codes.ts')) return { id: './codes.mjs', external: true };
          return undefined;
        },
      },
    ],
  }),
);
