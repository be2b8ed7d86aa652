import type { OrUnknown } from '@errata/core';
import * as Resources from './resources.ts';

/**
 * Both the resource-prefix constants (`AppleBusinessResource.Location`) and the type of a parsed
 * resource: the known literals plus any other prefix. A constant rather than `export * as`, so the
 * bundled declarations keep the value and the type under one name.
 */
export const AppleBusinessResource: typeof Resources = Resources;
export type AppleBusinessResource = OrUnknown<(typeof Resources)[keyof typeof Resources]>;
