export { appleBusiness } from './appleBusiness.ts';

// Each name is both a namespace of constants (`AppleBusinessCode.LocationNotFound`) and the type
// of the values (known literals plus any other string). `AppleBusinessCode` is the real namespace
// of `./codes` (a module of its own in dist), so Rollup, Rolldown, Vite and webpack keep only the
// members used; esbuild does that only for `import * as AppleBusinessCode from '…/codes'`. The
// codes are also plain named exports, which cost only what is imported with every bundler.
export * from './codes.ts';
export { AppleBusinessCode } from './appleBusinessCode.ts';
export { AppleBusinessReason } from './appleBusinessReason.ts';
export { AppleBusinessResource } from './appleBusinessResource.ts';

export { isAppleBusinessError, isAppleBusinessReason, isAppleBusinessResource } from './guards.ts';
export type { CodeOf, WithReason, WithResource } from './guards.ts';
export { fieldPath } from './fieldPath.ts';
export { appleBusinessItems } from './items.ts';
export { REQUEST_ID_HEADER } from './parseErrorList.ts';
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

// Catalogs (provenance, messages): separate modules, so a guard or a code constant does not pull them in.
export { appleBusinessCodes, isKnownAppleBusinessCode } from './catalog/codes.ts';
export type { AppleBusinessCodeInfo, AppleBusinessListCode } from './catalog/codes.ts';
export type { Evidence, Provenance } from './catalog/evidence.ts';
export { appleBusinessOAuthErrors } from './catalog/oauth.ts';
export type { AppleBusinessOAuthInfo, AppleBusinessOAuthResponse } from './catalog/oauth.ts';
export { appleBusinessReasons, isKnownAppleBusinessReason } from './catalog/reasons.ts';
export type { AppleBusinessReasonInfo } from './catalog/reasons.ts';
export { appleBusinessResources, isKnownAppleBusinessResource } from './catalog/resources.ts';
export type { AppleBusinessResourceInfo } from './catalog/resources.ts';
export { appleBusinessStatuses } from './catalog/statuses.ts';
export type { AppleBusinessStatusInfo } from './catalog/statuses.ts';
