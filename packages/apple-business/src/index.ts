// The module, the guards and the code constants, then the catalogs. The catalogs live in modules
// of their own (built inside pure calls), so importing a guard or a code constant does not pull
// them in.
export { appleBusiness } from './vendor.ts';
export { isAppleBusinessError, isAppleBusinessReason, isAppleBusinessResource } from './guard.ts';
export type { CodeOf, WithReason, WithResource } from './guard.ts';

// Each name is both a namespace of constants (`AppleBusinessCode.LocationNotFound`) and the type
// of the values (known literals plus any other string). `AppleBusinessCode` is the real namespace
// of `./codes` (a module of its own in dist), so Rollup, Rolldown, Vite and webpack keep only the
// members used; esbuild does that only for `import * as AppleBusinessCode from '…/codes'`. The
// codes are also plain named exports, which cost only what is imported with every bundler.
export * from './codes.ts';
export { AppleBusinessCode } from './appleBusinessCode.ts';
export { AppleBusinessReason } from './appleBusinessReason.ts';
export { AppleBusinessResource } from './appleBusinessResource.ts';

export { appleBusinessCatalog, appleBusinessReasonCatalog, appleBusinessResourceCatalog, appleBusinessStatusCatalog, describeAppleBusinessCode } from './catalog/index.ts';
export type {
  AppleBusinessCatalogEntry,
  AppleBusinessEvidence,
  AppleBusinessListCode,
  AppleBusinessListEntry,
  AppleBusinessOAuthEntry,
  AppleBusinessOAuthResponse,
  AppleBusinessReasonEntry,
  AppleBusinessResourceCatalog,
  AppleBusinessResourceEntry,
  AppleBusinessStatus,
  AppleBusinessStatusEntry,
} from './catalog/index.ts';

// Apple-specific helpers.
export { fieldPath } from './fieldPath.ts';
export { appleBusinessItems } from './items.ts';
export { REQUEST_ID_HEADER } from './parse.ts';
export { MAX_RENDERED_LENGTH, NULL_PLACEHOLDER, renderMessage } from './renderMessage.ts';
export { splitCode } from './splitCode.ts';
export type { SplitCode } from './splitCode.ts';
export type {
  AppleBusinessContextValue,
  AppleBusinessDetails,
  AppleBusinessError,
  AppleBusinessFieldValue,
  AppleBusinessItem,
  AppleBusinessItemDetails,
  AppleBusinessKnownCode,
  AppleBusinessKnownReason,
  AppleBusinessKnownResource,
  AppleBusinessListDetails,
  AppleBusinessOAuthCode,
  AppleBusinessOAuthDetails,
  AppleBusinessSeverity,
} from './types.ts';
