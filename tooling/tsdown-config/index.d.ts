import type { UserConfig } from 'tsdown';

/** `{ index: 'src/index.ts' }`, plus `testing` and `codes` entries when `src/testing.ts` / `src/codes.ts` exist. */
export declare function packageEntries(cwd: string): Record<string, string>;

/** The shared tsdown settings, with overrides merged over them (shallow). */
export declare function errataBuild(overrides?: UserConfig): UserConfig;
