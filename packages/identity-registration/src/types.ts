import type { ApiError, OrUnknown } from '@errata/core';
import type { JsonObject } from '@errata/core/vendor';
import type * as Codes from './codes.ts';

/** The vendor name every error from this package carries. */
export type IdentityRegistrationVendor = 'identity-registration';

/** The 43 documented Registration codes as a literal union. */
export type IdentityRegistrationKnownCode = (typeof Codes)[keyof typeof Codes];

/** A scalar a Registration body may carry in `actual_value`, `supplied_value` or `expected_value`. */
export type RegistrationScalar = string | number | boolean | null;

/**
 * What the parser keeps besides the normalized fields. The wire's snake_case extras become
 * camelCase; each is present only when the body sent it (the codes named are where the API
 * documents them, but they are read from any error).
 */
export interface IdentityRegistrationDetails {
  /** The body's `error` string. For OAuth-style errors this is the OAuth value (`invalid_request`). */
  readonly error?: string;
  /** OAuth-style errors only: the Registration error string (e.g. `invalid_argument`). */
  readonly subError?: string;
  /** The body's `message`, which clients prefer for display when it is not empty. */
  readonly message?: string;
  /** 100, 200: the argument that was missing or invalid. */
  readonly argumentName?: string;
  /** 221: the application id that does not exist. */
  readonly applicationId?: string;
  /** 222, 232: the entity type name. */
  readonly typeName?: string;
  /** 223, 233, 234, 330: the attribute name. */
  readonly attributeName?: string;
  /** 330: the stored value. */
  readonly actualValue?: RegistrationScalar;
  /** 330, 420: the value the request sent. */
  readonly suppliedValue?: RegistrationScalar;
  /** 420: the value the API expected. */
  readonly expectedValue?: RegistrationScalar;
  /** 380: the sign-in provider of the existing account (mobile SDKs start a merge flow). */
  readonly existingProvider?: string;
  /** 310 in social sign-in: attributes to pre-fill two-step registration (iOS SDK's name). */
  readonly preregAttributes?: JsonObject;
  /** 310 in social sign-in: the same, under the Android SDK's name. */
  readonly preregFields?: JsonObject;
  /** 390 sent because of too many sign-in attempts rather than invalid input. */
  readonly tooManyAttempts?: true;
  /** The body had no usable `code`: the one on the error was recovered from the error string. */
  readonly codeFromName?: true;
}

/**
 * An error from the Registration API. `code` is the Registration code: the body's integer (or numeric
 * string), else the one its error string names, else 0.
 */
export type IdentityRegistrationError = ApiError<IdentityRegistrationVendor, OrUnknown<IdentityRegistrationKnownCode>, IdentityRegistrationDetails>;
