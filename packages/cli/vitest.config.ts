import { errataProject } from '@errata/vitest-config';

// The tests run the built binary; the global setup rebuilds it first when src/ is newer.
export default errataProject('cli', { test: { globalSetup: ['./test/buildOnce.ts'] } });
