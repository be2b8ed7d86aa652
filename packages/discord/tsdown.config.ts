import { errataBuild } from '@errata/tsdown-config';
import { defineConfig } from 'tsdown';

export default defineConfig(errataBuild({ cwd: import.meta.dirname }));
