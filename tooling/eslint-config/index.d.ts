import type { Linter } from 'eslint';

export interface ErrataEslintOptions {
  /** Folder the project service resolves tsconfig files from. Pass `import.meta.dirname`. */
  tsconfigRootDir?: string;
  /** Extra glob patterns to ignore, on top of dist, coverage and .turbo. */
  ignores?: string[];
  /** Extra config objects appended after the shared ones. */
  extends?: Linter.Config[];
}

/** The shared flat config for one errata workspace package. */
export declare function errataConfig(options?: ErrataEslintOptions): Linter.Config[];

export default errataConfig;
