import type { UserConfig } from 'tsdown';

/** `{ index: 'src/index.ts' }`, plus `testing: 'src/testing.ts'` when that file exists. */
export declare function packageEntries(cwd: string): Record<string, string>;

/** The shared tsdown settings, with overrides merged over them (shallow). */
export declare function errataBuild(overrides?: UserConfig): UserConfig;
