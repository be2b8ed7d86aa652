import { errataBuild, packageEntries } from '@errata/tsdown-config';
import { defineConfig } from 'tsdown';

const cwd = import.meta.dirname;

// The Hono adapter is its own entry so the main one never mentions Hono.
export default defineConfig(errataBuild({ cwd, entry: { ...packageEntries(cwd), hono: 'src/hono.ts' } }));
