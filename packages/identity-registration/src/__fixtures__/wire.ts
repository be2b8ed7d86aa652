// Realistic Registration error bodies for the tests, written in our own words from the provider's
// documented facts (shared reference `identity-registration.md`/`.json`, seed 003): errors carry
// `stat: "error"`, an integer `code`, the `error` string and `error_description`, usually with
// HTTP 200; the id is `request_id` (or `request_token`); OAuth endpoints answer 400 with
// `error: "invalid_request"` and the Registration string in `sub_error`; 210 is
// `invalid_credentials` (sign-in failed); 214 (Authentication API, `/oauth/update_profile_native`)
// and 352 (Entity API, `entity.update`) both send `password_unacceptable`.

const JSON_TYPE = { 'content-type': 'application/json' };

/** One recorded-style response: status, headers and the parsed body. */
export interface Wire {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Readonly<Record<string, unknown>>;
}

/** A sign-in failure whose code arrives as a string (as some proxies and SDK re-serializations send it). */
export const stringCode: Wire = {
  status: 200,
  headers: JSON_TYPE,
  body: { stat: 'error', code: '210', error: 'invalid_credentials', error_description: 'the email address or password is not valid', request_id: 'r7kq2m9x4v1c8b3n' },
};

/** The same failure with the code left out: the error string still names it. */
export const missingCode: Wire = {
  status: 200,
  headers: JSON_TYPE,
  body: { stat: 'error', error: 'invalid_credentials', error_description: 'the email address or password is not valid', request_id: 'p0w8e2r6t4y9u1i3' },
};

/** An OAuth-style refusal (HTTP 400) with a string code and the Registration string in sub_error. */
export const oauthStringCode: Wire = {
  status: 400,
  headers: JSON_TYPE,
  body: { stat: 'error', code: '200', error: 'invalid_request', sub_error: 'invalid_argument', argument_name: 'redirect_uri', error_description: 'invalid redirect_uri: not registered' },
};

/** Password reuse without a code: which of 214 and 352 depends on the endpoint. */
export const reusedPassword: Wire = {
  status: 200,
  headers: JSON_TYPE,
  body: { stat: 'error', error: 'password_unacceptable', error_description: 'password is unacceptable', request_id: 'z5x7c9v1b3n5m7q9' },
};

/** Where the two password-history codes come from. */
export const ENTITY_UPDATE_URL: string = 'https://example.us.janraincapture.com/entity.update';
export const UPDATE_PROFILE_URL: string = 'https://example.us.janraincapture.com/oauth/update_profile_native';
