// Wire samples for the benchmarks: each is { status, headers (plain object), body (text) }, the
// parts a client holds after reading a response. They come from the packages' own test builders
// and fixtures (the shapes the parsers are tested against), plus a few hand-written larger bodies
// modelled on real responses.
import { appleBusinessFixtures } from '@errata/apple-business/testing';
import { buildBearerOAuthResponse } from '@errata/bearer-oauth/testing';
import { icloudErrorParts } from '@errata/icloud-extract/testing';
import { identityRegistrationParts } from '@errata/identity-registration/testing';
import { VENDORS } from '@errata/vendors';

async function partsOf(response) {
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

function plainParts(parts) {
  const headers = parts.headers instanceof Headers ? Object.fromEntries(parts.headers) : { ...parts.headers };
  return { status: parts.status, headers, body: typeof parts.body === 'string' ? parts.body : JSON.stringify(parts.body) };
}

// Discord -----------------------------------------------------------------------------------------
const discordHeaders = {
  'content-type': 'application/json',
  'x-ratelimit-limit': '5',
  'x-ratelimit-remaining': '4',
  'x-ratelimit-reset': '1470173023.123',
  'x-ratelimit-reset-after': '1.337',
  'x-ratelimit-bucket': 'abcd1234',
};
/** The official docs' "Array Error" example, verbatim. */
export const discordNested = `{"code":50035,"errors":{"activities":{"0":{"platform":{"_errors":[{"code":"BASE_TYPE_CHOICES","message":"Value must be one of ('desktop', 'android', 'ios')."}]},"type":{"_errors":[{"code":"BASE_TYPE_CHOICES","message":"Value must be one of (0, 1, 2, 3, 4, 5)."}]}}}},"message":"Invalid Form Body"}`;
/** A 50035 with seven issues. */
export const discordLarge = JSON.stringify({
  code: 50035,
  message: 'Invalid Form Body',
  errors: {
    _errors: [{ code: 'APPLICATION_COMMAND_TOO_LARGE', message: 'Command exceeds maximum size (8000)' }],
    username: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 2 and 32 in length.' }] },
    activities: {
      0: {
        platform: { _errors: [{ code: 'BASE_TYPE_CHOICES', message: "Value must be one of ('desktop', 'android', 'ios')." }] },
        type: { _errors: [{ code: 'BASE_TYPE_CHOICES', message: 'Value must be one of (0, 1, 2, 3, 4, 5).' }] },
      },
    },
    embeds: {
      0: {
        title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 256 or fewer in length.' }] },
        fields: { 1: { value: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] } } },
      },
    },
    form_fields: { label: { _errors: [{ _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] }] } },
  },
});
/**
 * A 50035 of about 6 kB with 60 issues: an embed's 20 fields, each with three field errors (the
 * shape Discord sends when a whole embed fails validation).
 */
export const discordSixtyIssues = JSON.stringify({
  code: 50035,
  message: 'Invalid Form Body',
  errors: {
    embeds: {
      0: {
        fields: Object.fromEntries(
          Array.from({ length: 20 }, (_, index) => [
            index,
            {
              name: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] },
              value: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 1024 or fewer in length.' }] },
              inline: { _errors: [{ code: 'BASE_TYPE_BOOLEAN', message: 'Must be either true or false.' }] },
            },
          ]),
        ),
      },
    },
  },
});

// bearer-oauth ------------------------------------------------------------------------------------
/** An Azure AD–style token error: RFC 6749 fields plus the provider's own, ~700 bytes. */
const azureLike = JSON.stringify({
  error: 'invalid_grant',
  error_description:
    "AADSTS70008: The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource. Trace ID: 0b3c9a8e-6f2d-4a1b-9c7e-5d4f3a2b1c00 Correlation ID: 7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918 Timestamp: 2024-05-14 09:12:44Z",
  error_codes: [70008],
  timestamp: '2024-05-14 09:12:44Z',
  trace_id: '0b3c9a8e-6f2d-4a1b-9c7e-5d4f3a2b1c00',
  correlation_id: '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918',
  error_uri: 'https://login.microsoftonline.com/error?code=70008',
});

/** name → { small, large }: a typical small 4xx body of each vendor of the one list, and a larger one. */
export async function vendorSamples() {
  const apple = appleBusinessFixtures;
  const samples = {
    discord: {
      small: { status: 403, headers: discordHeaders, body: '{"message": "Missing Permissions", "code": 50013}' },
      large: { status: 400, headers: discordHeaders, body: discordLarge },
    },
    'bearer-oauth': {
      small: await partsOf(buildBearerOAuthResponse({ error: 'invalid_grant', errorDescription: 'The refresh token is invalid or expired' })),
      large: { status: 400, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }, body: azureLike },
    },
    'apple-business': {
      small: plainParts(apple.locationNotFound),
      large: plainParts(apple.validationFailed),
    },
    'identity-registration': {
      small: plainParts(identityRegistrationParts({ code: 210 })),
      large: plainParts(
        identityRegistrationParts({
          code: 390,
          description: 'The form did not pass validation.',
          fields: {
            invalid_fields: {
              emailAddress: ['Email address is already in use.', 'Email address is not valid.'],
              password: ['Password must be at least 8 characters.', 'Password must contain a number.'],
              displayName: 'Display name is required.',
              birthday: ['Birthday must be a date in the past.'],
            },
          },
        }),
      ),
    },
    'icloud-extract': {
      small: plainParts(icloudErrorParts({ code: 'invalid-credentials' })),
      large: plainParts(
        icloudErrorParts({
          code: 'choice-required',
          devices: ['********02', '********17', '********41', { id: 'd4', type: 'sms', number: '********88' }],
          extra: { session: '6f2d4a1b-9c7e-5d4f-3a2b-1c000b3c9a8e', hint: 'Pick the device the user wants the code on.' },
        }),
      ),
    },
  };
  // A vendor of the one list without samples of its own here: its typical response from the list.
  for (const { name, sample } of VENDORS) samples[name] ??= { small: { status: sample.status, headers: { ...sample.headers }, body: sample.body } };
  return samples;
}

export const TYPICAL_CHALLENGE = 'Bearer realm="example", error="invalid_token", error_description="The access token expired"';

const MiB = 1 << 20;
const fill = (prefix, unit) => (prefix + unit.repeat(Math.ceil(MiB / unit.length))).slice(0, MiB);
/** 1 MiB WWW-Authenticate values built to hurt a scanner. */
export const adversarialChallenges = {
  'commas (Bearer ,,,,…)': fill('Bearer ', ','),
  'unterminated quote': fill('Bearer realm="', 'x'),
  'backslash run in quotes': fill('Bearer realm="', '\\'),
  'huge token68': fill('Negotiate ', 'A'),
  'tiny params (a=b, …)': fill('Bearer ', 'a=b, '),
  'quoted params (p="v", …)': fill('Bearer ', 'p="v", '),
  'stray quotes (" ," …)': fill('Bearer ', '" ,'),
};
