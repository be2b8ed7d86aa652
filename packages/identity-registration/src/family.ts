import { isApiError, type OrUnknown, type WithCode } from '@errata/core';
import { isInFamily } from './hierarchy.ts';
import type { IdentityRegistrationError } from './types.ts';

/**
 * The known codes under each catch-all (itself included). Unknown codes can belong to a family
 * too (367 is a constraint error), which is why a family guard narrows to `OrUnknown<…>`.
 * A test checks this table against `ancestorsOf`.
 */
export interface IdentityRegistrationFamilies {
  100: 100;
  200: 200 | 201 | 205 | 210 | 211 | 212 | 213 | 214 | 221 | 222 | 223 | 224 | 226 | 232 | 233 | 234;
  210: 210 | 211 | 212 | 213 | 214;
  300: 300 | 310 | 320 | 330 | 340 | 341 | 342 | 352 | 360 | 361 | 362 | 363 | 380 | 390;
  310: 310;
  320: 320;
  330: 330;
  340: 340 | 341 | 342;
  360: 360 | 361 | 362 | 363;
  380: 380;
  390: 390;
  400: 402 | 403 | 413 | 414 | 415 | 416 | 417 | 420 | 480;
  420: 420;
  480: 480;
  500: 500 | 510 | 540;
  510: 510;
  540: 540;
}

/** A catch-all code or range root that can be matched as a family. */
export type IdentityRegistrationFamily = keyof IdentityRegistrationFamilies;

/** An error narrowed to one family: its known codes, plus unknown codes that fall under it. */
export type IdentityRegistrationFamilyError<TFamily extends IdentityRegistrationFamily> = WithCode<
  IdentityRegistrationError,
  OrUnknown<IdentityRegistrationFamilies[TFamily]>
>;

/**
 * True for an Identity Registration error whose code is `family` or anywhere below it, known or
 * not: `isIdentityRegistrationFamily(err, IdentityRegistrationCode.ConstraintViolation)` matches
 * 360–363 and a future 367; `isIdentityRegistrationFamily(err, IdentityRegistrationRoot.Auth)`
 * matches every 4xx code.
 */
export function isIdentityRegistrationFamily<const TFamily extends IdentityRegistrationFamily>(
  value: unknown,
  family: TFamily,
): value is IdentityRegistrationFamilyError<TFamily> {
  return isApiError(value) && value.vendor === 'identity-registration' && typeof value.code === 'number' && isInFamily(value.code, family);
}
