import type { Catalog, CatalogEntry } from '@errata/core/vendor';
import { defineCatalog } from '@errata/core/vendor';
import { ancestorsOf, rootOf, type IdentityRegistrationRoot } from './hierarchy.ts';
import { IDENTITY_REGISTRATION_ERROR_NAMES } from './names.ts';
import { policyOf } from './policy.ts';
import type { IdentityRegistrationKnownCode } from './types.ts';

/** Where a catalog fact comes from; an entry's `provenance.source` names every place it was confirmed. */
export const SOURCES = {
  seed: 'Akamai Identity Cloud "Registration error codes" page (seed 003): techdocs.akamai.com/identity-cloud-entity/reference/registration-error-codes',
  'janrain-ios': "GitHub janrain/jump.ios JRCaptureError.h/.m: comments quoting Janrain's Capture API docs",
  'janrain-android': 'GitHub janrain/jump.android CaptureApiError.java',
  'philips-sdk': 'Philips registration SDK ErrorCodes.java (com.philips.cdp.registration.errors)',
  'password-history': 'identitydocs.akamai.com/home/how-does-password-history-affect-the-user-experience (captured real response)',
} as const;

export type Source = keyof typeof SOURCES;

/** The day these entries were last checked against the reference data. */
const VERIFIED = '2026-11-22';

/**
 * One documented Registration code: the kit's catalog entry (`name` is the constant's name in
 * `IdentityRegistrationCode`, `message` our description, `policy` what the parser applies) plus
 * what the hierarchy and the wire add.
 */
export interface IdentityRegistrationCatalogEntry extends CatalogEntry<IdentityRegistrationKnownCode> {
  /** The error string sent on the wire (`sub_error` in OAuth-style errors): `invalid_credentials`. */
  readonly error: string;
  /** A multiple of 10: stands for the codes below it and may be split into them later. */
  readonly catchAll: boolean;
  /** Catch-alls above it, nearest first, ending at the range root. */
  readonly ancestors: readonly number[];
  readonly root: IdentityRegistrationRoot;
  /** Code-specific body fields, by their wire names. */
  readonly extraFields: readonly string[];
}

interface Row {
  readonly name: string;
  readonly description: string;
  readonly sources: readonly Source[];
  readonly extraFields?: readonly string[];
  readonly note?: string;
}

const SEED_IOS: readonly Source[] = ['seed', 'janrain-ios'];
const SEED_PHILIPS: readonly Source[] = ['seed', 'philips-sdk'];

// Descriptions are our own wording. `sources` lists every place the code was confirmed.
const ROWS: Readonly<Record<IdentityRegistrationKnownCode, Row>> = {
  100: { name: 'MissingArgument', description: 'A required argument was not sent.', sources: SEED_IOS, extraFields: ['argument_name'] },
  200: { name: 'InvalidArgument', description: 'An argument was malformed or had a bad value.', sources: SEED_IOS, extraFields: ['argument_name'], note: 'The docs expect this catch-all to be split into more specific codes. OAuth endpoints send it with HTTP 400, error "invalid_request" and sub_error "invalid_argument".' },
  201: { name: 'DuplicateArgument', description: 'Two arguments that cannot be combined (such as id and uuid) were both sent.', sources: SEED_IOS },
  205: { name: 'InvalidAuthMethod', description: 'The operation does not accept the authentication method the request used.', sources: SEED_IOS },
  210: { name: 'InvalidCredentials', description: 'Email and password sign-in failed.', sources: SEED_PHILIPS },
  211: { name: 'NoPassword', description: 'Password sign-in was tried on an account that only signs in through a social provider.', sources: SEED_PHILIPS },
  212: { name: 'NoSuchAccount', description: 'Password sign-in was tried with an email address that is not registered.', sources: ['seed', 'janrain-ios', 'philips-sdk'], extraFields: ['invalid_fields'], note: 'invalid_fields for 212 is known only from the iOS SDK.' },
  213: { name: 'PasswordIncorrect', description: 'The email address is registered but the password is wrong.', sources: SEED_PHILIPS },
  214: { name: 'PasswordUnacceptable', description: 'Password history forbids reusing this password (Authentication API).', sources: ['seed', 'password-history'], note: 'Shares the error string password_unacceptable with 352.' },
  221: { name: 'UnknownApplication', description: 'The application id does not exist.', sources: SEED_IOS, extraFields: ['application_id'] },
  222: { name: 'UnknownEntityType', description: 'The entity type does not exist.', sources: SEED_IOS, extraFields: ['type_name'] },
  223: { name: 'UnknownAttribute', description: 'A named attribute does not exist.', sources: SEED_IOS, extraFields: ['attribute_name'] },
  224: { name: 'ApplicationNotFound', description: 'The application does not exist on this domain.', sources: SEED_PHILIPS },
  226: { name: 'FlowError', description: 'The registration flow is misconfigured and must be updated.', sources: SEED_PHILIPS },
  232: { name: 'EntityTypeExists', description: 'An entity type with this name already exists in the application.', sources: SEED_IOS, extraFields: ['type_name'] },
  233: { name: 'AttributeExists', description: 'An attribute with this name already exists in the schema.', sources: SEED_IOS, extraFields: ['attribute_name'] },
  234: { name: 'ReservedAttribute', description: 'Reserved attributes such as uuid and created cannot be changed.', sources: SEED_IOS, extraFields: ['attribute_name'] },
  300: { name: 'ErrorCreatingRecord', description: 'Creating a record failed.', sources: SEED_PHILIPS, note: 'Range root of 3xx. The docs also place 300–399 inside the 200–399 "invalid argument" group; the hierarchy keeps 300 as its own root.' },
  310: { name: 'RecordNotFound', description: 'The referenced entity or plural element does not exist.', sources: SEED_IOS, extraFields: ['message', 'prereg_attributes', 'prereg_fields'], note: 'In social sign-in it means the user must finish two-step registration; prereg_attributes (iOS) or prereg_fields (Android) pre-fill the form, and the parser then sets action user-action.' },
  320: { name: 'IdInNewRecord', description: 'An id was sent for a new entity or plural element.', sources: SEED_IOS, note: 'The docs expect this catch-all to change.' },
  330: { name: 'TimestampMismatch', description: 'The created or lastUpdated value sent does not match the stored one.', sources: SEED_IOS, extraFields: ['attribute_name', 'actual_value', 'supplied_value'], note: 'The docs expect this catch-all to change.' },
  340: { name: 'InvalidDataFormat', description: 'A value is not formatted as its schema type requires.', sources: SEED_IOS },
  341: { name: 'InvalidJsonType', description: 'A value has the wrong JSON type.', sources: SEED_IOS },
  342: { name: 'InvalidDateTime', description: 'A date or dateTime value is malformed or out of range.', sources: SEED_IOS },
  352: { name: 'EntityPasswordUnacceptable', description: 'Password history forbids reusing this password (Entity API, entity.update).', sources: ['password-history', 'seed'], note: 'The seed names it unknown_application (221\'s name) but describes password reuse; real responses send password_unacceptable, shared with 214. It sits in the 340–359 "data type" band but is not a type error, and its parent is 300, not 340.' },
  360: { name: 'ConstraintViolation', description: 'An attribute constraint was broken.', sources: SEED_IOS, note: 'The docs give the constraint band as 360–379 in one place and end the schema band at 369 in another.' },
  361: { name: 'UniqueViolation', description: 'A unique or locally-unique constraint was broken.', sources: SEED_IOS },
  362: { name: 'MissingRequiredAttribute', description: 'A required attribute was missing or null.', sources: SEED_IOS },
  363: { name: 'LengthViolation', description: 'A string is longer than the attribute allows.', sources: SEED_IOS },
  380: { name: 'EmailAddressInUse', description: 'Another user already has this email address.', sources: SEED_IOS, extraFields: ['existing_provider'], note: 'Mobile SDKs start their merge-account flow on this code.' },
  390: { name: 'InvalidFormFields', description: 'The submitted form did not pass validation.', sources: ['seed', 'janrain-ios', 'janrain-android'], extraFields: ['invalid_fields'], note: 'Also sent after too many sign-in attempts ("Too many attempts. Please try again later."); the parser reports that variant as resource-exhausted and retryable.' },
  402: { name: 'InvalidClientCredentials', description: 'The client id does not exist or the client secret is wrong.', sources: SEED_IOS },
  403: { name: 'ClientPermissionError', description: 'The API client is not allowed to perform this operation.', sources: SEED_IOS },
  413: { name: 'NoAccessGrant', description: 'The authorization code is void because the user\'s access grant was deleted.', sources: SEED_PHILIPS },
  414: { name: 'AccessTokenExpired', description: 'The access token has expired.', sources: SEED_IOS },
  415: { name: 'AuthorizationCodeExpired', description: 'The authorization code has expired.', sources: SEED_IOS, note: 'Not HTTP 415: Registration codes are not HTTP statuses.' },
  416: { name: 'VerificationCodeExpired', description: 'The verification code has expired.', sources: SEED_IOS },
  417: { name: 'CreationTokenExpired', description: 'The creation token has expired.', sources: SEED_IOS },
  420: { name: 'RedirectUriMismatch', description: 'The redirect URI does not match.', sources: SEED_IOS, extraFields: ['expected_value', 'supplied_value'] },
  480: { name: 'ApiFeatureDisabled', description: 'The operation is paused for maintenance and should be back shortly.', sources: SEED_IOS, note: 'Temporary and retryable, although it sits in the 4xx auth range.' },
  500: { name: 'UnexpectedError', description: 'An unexpected internal error occurred.', sources: SEED_IOS, note: 'Range root of every code from 500 up.' },
  510: { name: 'ApiLimitError', description: 'A rate limit was exceeded.', sources: SEED_IOS, note: 'Rate limiting, not an internal error, despite the 5xx range. Older text describes it as too many simultaneous calls.' },
  540: { name: 'TriggeredError', description: 'The flow raised this error on purpose.', sources: SEED_PHILIPS, note: 'Deliberate, not an internal error, despite the 5xx range.' },
};

// The API sends its errors with HTTP 200 and `stat: "error"`; OAuth endpoints use 400 (or 401),
// and the reference documents that only for 200 (`invalid_request` + `sub_error`).
const USUAL: readonly number[] = [200];
const OAUTH_DOCUMENTED: readonly number[] = [200, 400];

function entriesOf(rows: Readonly<Record<IdentityRegistrationKnownCode, Row>>): IdentityRegistrationCatalogEntry[] {
  // Integer keys are listed in ascending order, so the entries are too.
  return Object.entries(rows).map(([key, row]) => {
    const code = Number(key) as IdentityRegistrationKnownCode;
    return {
      code,
      name: row.name,
      message: row.description,
      statuses: code === 200 ? OAUTH_DOCUMENTED : USUAL,
      policy: policyOf(code),
      provenance: { source: row.sources.map((source) => SOURCES[source]).join('; '), verified: VERIFIED },
      ...(row.note === undefined ? {} : { note: row.note }),
      error: IDENTITY_REGISTRATION_ERROR_NAMES[code],
      catchAll: code % 10 === 0,
      ancestors: ancestorsOf(code),
      // Every documented code is 100 or above, so it has a root.
      root: rootOf(code) ?? 500,
      extraFields: row.extraFields ?? [],
    };
  });
}

/**
 * The 43 documented codes, ascending, as the kit's catalog: `identityRegistrationCatalog.entries`
 * lists them, `identityRegistrationCatalog.get(code)` finds one. It lives in its own module; the
 * parser, the guards and the constants do not pull it in.
 */
export const identityRegistrationCatalog: Catalog<IdentityRegistrationCatalogEntry> = /* @__PURE__ */ defineCatalog(/* @__PURE__ */ entriesOf(ROWS));

/** The catalog entry of a documented code, or `undefined` for codes the docs do not list (and for non-numbers). */
export function describeIdentityRegistrationCode(code: unknown): IdentityRegistrationCatalogEntry | undefined {
  return identityRegistrationCatalog.get(code);
}
