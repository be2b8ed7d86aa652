import type { UserWorkspaceConfig } from 'vitest/config';

/** Shared Vitest project settings, with the project's name and optional overrides. */
export declare function errataProject(name: string, overrides?: UserWorkspaceConfig): UserWorkspaceConfig;
