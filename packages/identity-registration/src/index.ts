// The package's public names, in the pattern every errata vendor package follows: the module
// object, its guard, the code constants, the catalog and its lookup, the types, then what only
// this vendor has (the catch-all hierarchy and its family guard, the error-string table).
export { identityRegistration } from './vendor.ts';
export { isIdentityRegistrationError } from './guard.ts';
export { IdentityRegistrationCode } from './identityRegistrationCode.ts';
export { describeIdentityRegistrationCode, identityRegistrationCatalog } from './catalog.ts';
export type { IdentityRegistrationCatalogEntry } from './catalog.ts';
export type {
  IdentityRegistrationDetails,
  IdentityRegistrationError,
  IdentityRegistrationKnownCode,
  IdentityRegistrationVendor,
  RegistrationScalar,
} from './types.ts';
export { isIdentityRegistrationFamily } from './family.ts';
export type { IdentityRegistrationFamilies, IdentityRegistrationFamily, IdentityRegistrationFamilyError } from './family.ts';
export { ancestorsOf, IdentityRegistrationRoot, isInFamily, parentOf, rootOf } from './hierarchy.ts';
export { codesOfErrorName, IDENTITY_REGISTRATION_ERROR_NAMES } from './names.ts';
