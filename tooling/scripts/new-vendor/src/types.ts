import type { ApiError, OrUnknown } from '@errata/core';
import type * as Codes from './codes.ts';

/** The vendor name on every error this package produces. */
export type __PASCAL__Vendor = '__NAME__';

/** A code the catalog knows; `__PASCAL__Error['code']` also admits codes it does not. */
export type __PASCAL__KnownCode = (typeof Codes)[keyof typeof Codes];

/** What the error carries beyond the common fields. Every member is optional and JSON-safe. */
export interface __PASCAL__Details {
  /** The body's `error.target`, when it names the field or resource at fault. */
  readonly target?: string;
}

/** An error from the __TITLE__ API. */
export type __PASCAL__Error = ApiError<__PASCAL__Vendor, OrUnknown<__PASCAL__KnownCode>, __PASCAL__Details>;
