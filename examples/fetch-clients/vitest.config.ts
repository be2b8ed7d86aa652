import { errataProject } from '@errata/vitest-config';

export default errataProject('example-fetch-clients');
