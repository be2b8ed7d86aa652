import { errataProject } from '@errata/vitest-config';

export default errataProject('adversarial', { test: { testTimeout: 60_000 } });
