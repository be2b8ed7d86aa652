import * as __PASCAL__Code from './codes.ts';
import type { __PASCAL__KnownCode } from './types.ts';

// The module, the guard, the codes and the catalog: the same five names in every vendor package.
export { __CAMEL__ } from './vendor.ts';
export { is__PASCAL__Error } from './guard.ts';
/**
 * Every code as a constant (`__PASCAL__Code.NotFound`), and, as a type, every code the catalog
 * knows. Through this root export esbuild keeps every constant; `import * as __PASCAL__Code from
 * '@errata/__NAME__/codes'` costs only the ones used, with every bundler.
 */
type __PASCAL__Code = __PASCAL__KnownCode;
export { __PASCAL__Code };
export { __CAMEL__Catalog, describe__PASCAL__Code } from './catalog.ts';
export type { __PASCAL__CatalogEntry } from './catalog.ts';
export type { __PASCAL__Details, __PASCAL__Error, __PASCAL__KnownCode, __PASCAL__Vendor } from './types.ts';
