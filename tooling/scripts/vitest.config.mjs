import { errataProject } from '@errata/vitest-config';

// The shared scripts' own tests (plain JavaScript, like the scripts): no type-level tests here.
export default errataProject('scripts', { test: { include: ['test/**/*.test.mjs'], typecheck: { enabled: false }, testTimeout: 60_000 } });
