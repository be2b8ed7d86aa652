// Response parts shaped like each vendor's errors (shapes from the design brief and the vendors'
// READMEs), so that hostile values land where each parser actually reads: a status, the headers it
// looks at, and an already-parsed body with the fields, nesting and arrays of that vendor.

export interface Template {
  readonly name: string;
  readonly parts: {
    readonly status: number;
    readonly headers: Readonly<Record<string, unknown>>;
    readonly body: unknown;
    readonly url?: string;
  };
}

export const TEMPLATES: readonly Template[] = [
  {
    name: 'a Discord 50035 with nested field errors',
    parts: {
      status: 400,
      headers: { 'content-type': 'application/json', 'x-ratelimit-limit': '5', 'x-ratelimit-reset-after': '1.5', 'x-ratelimit-bucket': 'b1' },
      body: {
        code: 50035,
        message: 'Invalid Form Body',
        errors: { embeds: { '0': { title: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'required' }] } } }, content: { _errors: [{ code: 'X', message: 'y' }] } },
      },
      url: 'https://discord.com/api/v10/channels/1/messages',
    },
  },
  {
    name: 'a Discord 429',
    parts: {
      status: 429,
      headers: { 'retry-after': '2', 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global', via: '1.1 google' },
      body: { message: 'You are being rate limited.', retry_after: 1.5, global: true, code: 0 },
    },
  },
  {
    name: 'a Bearer 401 with a challenge',
    parts: {
      status: 401,
      headers: { 'www-authenticate': ['Bearer realm="api", error="invalid_token", error_description="expired"', 'DPoP algs="ES256"'], 'dpop-nonce': 'n-1' },
      body: { error: 'invalid_token', error_description: 'The access token expired', code: 'INVALID_TOKEN', description: 'expired' },
    },
  },
  {
    name: 'an OAuth token error',
    parts: { status: 400, headers: { 'content-type': 'application/json' }, body: { error: 'invalid_grant', error_description: 'bad code', error_uri: 'https://x.test/e' } },
  },
  {
    name: 'an Apple Business error list',
    parts: {
      status: 400,
      headers: { 'apple-request-id': '0a8af52f-aa59-4cbd-96a6-bde380fc64ea', 'content-type': 'application/json' },
      body: [
        {
          code: 'LOCATION__INVALID_FIELD',
          message: 'Field {{field}} is invalid',
          context: { field: 'displayName', value: 'x' },
          details: { createdDate: '2024-01-01', submitted: [{ field: 'displayName', value: 'x' }], expected: [{ field: 'displayName', value: 'y' }] },
        },
        { code: 'LOCATION__NOT_FOUND', message: "Resource not found for '{{id}}'", context: { id: '9467895078742654451' } },
      ],
    },
  },
  {
    name: 'an Identity Registration error sent with HTTP 200',
    parts: {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: { stat: 'error', code: 390, error: 'invalid_form_fields', error_description: 'bad fields', request_token: 'rt-1', invalid_fields: { email: 'taken', password: ['short'] } },
    },
  },
  {
    name: 'an iCloud choice-required',
    parts: {
      status: 409,
      headers: { 'x-request-id': 'req-1' },
      body: { error: 'choice-required', message: 'Choose a device', params: { devices: [{ id: 'd1', label: 'iPhone', index: 0 }, { id: 'd2', label: 'iPad' }] } },
    },
  },
  {
    name: 'a problem+json from an errata gateway',
    parts: {
      status: 403,
      headers: { 'content-type': 'application/problem+json' },
      body: {
        type: 'urn:errata:discord:50013',
        title: 'Missing Permissions',
        status: 403,
        vendor: 'discord',
        code: 50013,
        kind: 'permission-denied',
        action: 'none',
        retry: { retryable: false },
        issues: [{ path: ['a', 0], code: 'X', message: 'y' }],
      },
    },
  },
];
