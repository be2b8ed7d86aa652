import { errataConfig } from '@errata/eslint-config';

export default errataConfig({ tsconfigRootDir: import.meta.dirname });
