import type { IdentityRegistrationKnownCode } from './types.ts';

/**
 * The error string the API sends with each code. 214 and 352 share `password_unacceptable`
 * (the seed's `unknown_application` for 352 is a copy of 221's name; real 352 responses say
 * `password_unacceptable`), so the mapping is not one-to-one in that direction.
 */
export const IDENTITY_REGISTRATION_ERROR_NAMES: Readonly<Record<IdentityRegistrationKnownCode, string>> = {
  100: 'missing_argument',
  200: 'invalid_argument',
  201: 'duplicate_argument',
  205: 'invalid_auth_method',
  210: 'invalid_credentials',
  211: 'no_password',
  212: 'no_such_account',
  213: 'password_incorrect',
  214: 'password_unacceptable',
  221: 'unknown_application',
  222: 'unknown_entity_type',
  223: 'unknown_attribute',
  224: 'application_not_found',
  226: 'flow_error',
  232: 'entity_type_exists',
  233: 'attribute_exists',
  234: 'reserved_attribute',
  300: 'error_creating_record',
  310: 'record_not_found',
  320: 'id_in_new_record',
  330: 'timestamp_mismatch',
  340: 'invalid_data_format',
  341: 'invalid_json_type',
  342: 'invalid_date_time',
  352: 'password_unacceptable',
  360: 'constraint_violation',
  361: 'unique_violation',
  362: 'missing_required_attribute',
  363: 'length_violation',
  380: 'email_address_in_use',
  390: 'invalid_form_fields',
  402: 'invalid_client_credentials',
  403: 'client_permission_error',
  413: 'no_access_grant',
  414: 'access_token_expired',
  415: 'authorization_code_expired',
  416: 'verification_code_expired',
  417: 'creation_token_expired',
  420: 'redirect_uri_mismatch',
  480: 'api_feature_disabled',
  500: 'unexpected_error',
  510: 'api_limit_error',
  540: 'triggered_error',
};

/** Longest error string looked up; the API's are under 32 characters. */
const MAX_NAME_LENGTH = 64;

let byName: Map<string, readonly IdentityRegistrationKnownCode[]> | undefined;
const NO_CODES: readonly IdentityRegistrationKnownCode[] = /* @__PURE__ */ Object.freeze([]);

/** The codes that send `name`, ascending; the same empty list for unknown or over-long strings. */
export function knownCodesOf(name: string): readonly IdentityRegistrationKnownCode[] {
  if (name.length > MAX_NAME_LENGTH) return NO_CODES;
  if (byName === undefined) {
    const map = new Map<string, IdentityRegistrationKnownCode[]>();
    // Object.entries lists integer keys in ascending order, so each list is sorted.
    for (const [code, value] of Object.entries(IDENTITY_REGISTRATION_ERROR_NAMES)) {
      const list = map.get(value) ?? [];
      list.push(Number(code) as IdentityRegistrationKnownCode);
      map.set(value, list);
    }
    byName = map;
  }
  return byName.get(name) ?? NO_CODES;
}

/** The codes that send `name`, in ascending order (two for `password_unacceptable`). */
export function codesOfErrorName(name: string): IdentityRegistrationKnownCode[] {
  return [...knownCodesOf(name)];
}
