// Real bodies from Apple's documentation and from recorded responses, shared by the tests and
// the test builders. Each names where it comes from.

export interface AppleBusinessFixture {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly source: string;
}

const JSON_TYPE = { 'content-type': 'application/json' } as const;

/** The documented example: a 404 with its `apple-request-id`. */
export const locationNotFound: AppleBusinessFixture = {
  status: 404,
  headers: { 'apple-request-id': '0a8af52f-aa59-4cbd-96a6-bde380fc64ea', ...JSON_TYPE },
  body: [{ code: 'LOCATION__NOT_FOUND', message: "Resource not found for Apple-generated '{{id}}'", context: { id: '9467895078742654451' } }],
  source: 'errors reference page, example response',
};

/** The documented Already Accepted example. */
export const overrideAlreadyAccepted: AppleBusinessFixture = {
  status: 400,
  headers: JSON_TYPE,
  body: [
    {
      code: 'APPLE_OVERRIDE__ALREADY_ACCEPTED',
      message: "Change to resource with Apple-generated '{{id}}' already accepted",
      context: { id: '30eaaef3-688c-4e82-8547-7c64c1181ffa' },
    },
  ],
  source: 'errors reference page, Already Accepted',
};

/** A real 401 that does not follow the documented shape: no prefix, odd `details`. */
export const expiredToken: AppleBusinessFixture = {
  status: 401,
  headers: JSON_TYPE,
  body: [{ code: 'Unauthorized', message: 'Expired Token', details: { header: 'Authorization' } }],
  source: 'recorded in DeveloperMarius/apple-business-connect-api src/AppleClient.php',
};

/** A real INFO validation item with field details (from a validation report). */
export const phoneFormatItem = {
  code: 'VALIDATION__UnexpectedPhoneNumberFormatForCountryCode',
  message: "Unexpected '{{phoneNumber}}' format for country derived from Main Address",
  severity: 'INFO',
  context: { phoneNumber: '+12225551212' },
  details: {
    compared: [],
    expected: [],
    submitted: [{ field: '/locationDetails/phoneNumbers[0]/phoneNumber', value: '+12225551212' }],
    createdDate: '2024-02-08T12:12:58.295Z',
  },
} as const;

/** A real VIOLATION item whose context value is an array. */
export const appIdsItem = {
  code: 'VALIDATION__AppIdsMustBeResolvable',
  message: "Referenced '{{appIds}}' value must exist",
  severity: 'VIOLATION',
  context: { appIds: ['284910350', '284910352'] },
} as const;

/**
 * An inline validation failure: real items composed into one array, the INFO item first, so the
 * VIOLATION (the one that failed the request) is not the first element.
 */
export const validationFailed: AppleBusinessFixture = {
  status: 400,
  headers: { 'apple-request-id': '6f1d2c0e-93b4-4c1e-9d55-0b8f6a3e2c71', ...JSON_TYPE },
  body: [phoneFormatItem, appIdsItem],
  source: 'validation report items (validations reference page), composed into an error array',
};

/** Token endpoint: wrong client credentials. */
export const oauthInvalidClient: AppleBusinessFixture = {
  status: 401,
  headers: JSON_TYPE,
  body: { error: 'invalid_client', error_description: 'Invalid client_id or client_secret' },
  source: 'OAuth apps errors page',
};

/** Token endpoint: server failure. */
export const oauthServerError: AppleBusinessFixture = {
  status: 500,
  headers: JSON_TYPE,
  body: { error: 'internal_server_error', error_description: 'AN_UNKNOWN_ERROR_OCCURRED' },
  source: 'OAuth apps errors page',
};
