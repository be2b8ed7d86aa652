export {
  describeIdentityRegistrationCode,
  IDENTITY_REGISTRATION_CATALOG_CHECKED,
  IDENTITY_REGISTRATION_CODES,
  IDENTITY_REGISTRATION_SOURCES,
} from './catalog.ts';
export type { IdentityRegistrationCodeInfo, IdentityRegistrationSource } from './catalog.ts';
export { IdentityRegistrationCode } from './identityRegistrationCode.ts';
export { isIdentityRegistrationFamily } from './family.ts';
export type { IdentityRegistrationFamilies, IdentityRegistrationFamily, IdentityRegistrationFamilyError } from './family.ts';
export { isIdentityRegistrationError } from './guard.ts';
export { ancestorsOf, IdentityRegistrationRoot, isInFamily, parentOf, rootOf } from './hierarchy.ts';
export { codesOfErrorName, IDENTITY_REGISTRATION_ERROR_NAMES } from './names.ts';
export type { CodePolicy } from './policy.ts';
export type {
  IdentityRegistrationDetails,
  IdentityRegistrationError,
  IdentityRegistrationKnownCode,
  IdentityRegistrationVendor,
  RegistrationScalar,
} from './types.ts';
export { identityRegistration } from './vendor.ts';
