import { errataProject } from '@errata/vitest-config';

export default errataProject('__NAME__');
