import { errataBuild } from '@errata/tsdown-config';
import { defineConfig } from 'tsdown';

// dist/index.mjs + dist/index.d.mts; the vendor packages stay external (they are dependencies).
export default defineConfig(errataBuild());
