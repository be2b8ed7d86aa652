import * as IdentityRegistrationCode from './codes.ts';

/** A documented Registration code (same as `IdentityRegistrationKnownCode`), next to the constants' namespace. */
type IdentityRegistrationCode = (typeof IdentityRegistrationCode)[keyof typeof IdentityRegistrationCode];

export { IdentityRegistrationCode };
