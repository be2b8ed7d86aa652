import type { VendorModule } from '@errata/core';

/** Every vendor module the tour knows. */
export const vendorModules: readonly VendorModule[] = [];
