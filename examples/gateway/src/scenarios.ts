// The tour's scenarios: what each simulated upstream answers, and the problem the gateway must
// turn it into. Every upstream response comes from the vendor packages' own test builders, so
// the demo shows exactly the wire formats the parsers are tested against.
import { buildAppleBusinessOAuthResponse, buildAppleBusinessResponse } from '@errata/apple-business/testing';
import { buildBearerOAuthResponse } from '@errata/bearer-oauth/testing';
import { statusOfKind } from '@errata/core';
import { buildResponse } from '@errata/core/testing';
import { buildCloudflareBanResponse, buildDiscordResponse, buildFormErrorResponse, buildRateLimitResponse } from '@errata/discord/testing';
import { buildIcloudErrorResponse } from '@errata/icloud-extract/testing';
import { buildIdentityRegistrationResponse, buildIdentityRegistrationSuccess } from '@errata/identity-registration/testing';
import { VENDORS, type VendorEntry } from '@errata/vendors';

/** What a scenario's answer must look like. `null` means "must be absent". */
export interface Expected {
  readonly status: number;
  /** For problems: `type`, `kind`, `action`. Absent for pass-through successes. */
  readonly type?: string;
  readonly kind?: string;
  readonly action?: string;
  /** The `Retry-After` header the client gets. */
  readonly retryAfter?: string | null;
  /** The upstream request id, in the body and in `x-upstream-request-id`. */
  readonly requestId?: string | null;
  /** How many field issues the problem lists. */
  readonly issues?: number;
  /** The status the upstream answered with, when the gateway answered with another. */
  readonly upstreamStatus?: number;
}

export interface Scenario {
  /** The route prefix, which is also the label shown in the tour. */
  readonly route: RouteName;
  /** The path after the prefix, e.g. `missing-permissions`. */
  readonly name: string;
  /** One line for people: what the upstream does. */
  readonly title: string;
  /** The upstream's answer. Absent for routes whose upstream never answers (or does not exist). */
  readonly respond?: () => Response;
  readonly expect: Expected;
}

/** The curated routes, and (any other string) the route of a vendor of the one list that they do not cover. */
export type RouteName = 'discord' | 'apple' | 'oauth' | 'registration' | 'icloud' | 'internal' | 'offline' | (string & {});

/** The gateway path a scenario is requested at. */
export function pathOf(scenario: Scenario): string {
  return `/${scenario.route}/${scenario.name}`;
}

const APPLE_REQUEST_ID = '5f0c2a1e-7b3d-4c55-9a61-2d8e4f1b9c07';

const curated: readonly Scenario[] = [
  // Discord: numeric JSON codes, nested form errors, rate-limit headers, Cloudflare in front.
  {
    route: 'discord',
    name: 'users/@me',
    title: 'a successful call streams through untouched',
    respond: () => buildResponse({ status: 200, headers: { 'x-request-id': 'ok-1' }, body: { id: '80351110224678912', username: 'nelly' } }),
    expect: { status: 200 },
  },
  {
    route: 'discord',
    name: 'missing-permissions',
    title: 'the bot may not post in this channel (403, code 50013)',
    respond: () => buildDiscordResponse({ code: 50013 }),
    expect: { status: 403, type: 'urn:errata:discord:50013', kind: 'permission-denied', action: 'none', retryAfter: null },
  },
  {
    route: 'discord',
    name: 'rate-limited',
    title: 'a per-route 429 with X-RateLimit-* headers and a float retry_after',
    respond: () => buildRateLimitResponse({ retryAfter: 1.337, bucket: 'a06de4d1', limit: 5, remaining: 0 }),
    expect: { status: 429, type: 'urn:errata:discord:rate-limited', kind: 'resource-exhausted', action: 'retry-after', retryAfter: '2' },
  },
  {
    route: 'discord',
    name: 'form-body',
    title: 'Invalid Form Body (50035): a nested errors tree becomes field issues',
    respond: () =>
      buildFormErrorResponse([
        { path: ['embeds', 0, 'title'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 256 or fewer in length.' },
        { path: ['content'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' },
      ]),
    expect: { status: 400, type: 'urn:errata:discord:50035', kind: 'invalid-argument', action: 'fix-request', issues: 2 },
  },
  {
    route: 'discord',
    name: 'cloudflare-ban',
    title: "Cloudflare's HTML ban page (error 1015) instead of JSON",
    respond: () => buildCloudflareBanResponse({ format: 'html', cloudflareCode: 1015 }),
    expect: { status: 429, type: 'urn:errata:discord:cloudflare-ban', kind: 'resource-exhausted', action: 'none', retryAfter: null },
  },

  // Apple Business Connect: error arrays with RESOURCE__REASON codes, apple-request-id.
  {
    route: 'apple',
    name: 'not-found',
    title: 'LOCATION__NOT_FOUND in an error array, with apple-request-id',
    respond: () => buildAppleBusinessResponse({ code: 'LOCATION__NOT_FOUND', context: { id: '1234567890' }, requestId: APPLE_REQUEST_ID }),
    expect: { status: 404, type: 'urn:errata:apple-business:LOCATION__NOT_FOUND', kind: 'not-found', action: 'none', requestId: APPLE_REQUEST_ID },
  },
  {
    route: 'apple',
    name: 'validation',
    title: 'a validation violation plus an INFO item in one array',
    respond: () =>
      buildAppleBusinessResponse({
        status: 400,
        requestId: APPLE_REQUEST_ID,
        errors: [
          { code: 'VALIDATION__AppIdsMustBeResolvable', context: { appIds: '[1234567890]' }, severity: 'VIOLATION' },
          { code: 'VALIDATION__UnexpectedPhoneNumberFormatForCountryCode', context: { phoneNumber: '+1 555 0100' }, severity: 'INFO' },
        ],
      }),
    expect: { status: 400, type: 'urn:errata:apple-business:VALIDATION__AppIdsMustBeResolvable', kind: 'invalid-argument', action: 'fix-request' },
  },
  {
    route: 'apple',
    name: 'token',
    title: 'the OAuth token endpoint refuses the client',
    respond: () => buildAppleBusinessOAuthResponse({ error: 'invalid_client', description: 'Invalid client_id', status: 401 }),
    expect: { status: 401, type: 'urn:errata:apple-business:invalid_client', kind: 'unauthenticated', action: 'fix-request' },
  },

  // Bearer tokens and OAuth servers: WWW-Authenticate challenges, RFC 6749 bodies, {code} APIs.
  {
    route: 'oauth',
    name: 'invalid-token',
    title: 'a 401 with WWW-Authenticate: Bearer error="invalid_token"',
    respond: () =>
      buildBearerOAuthResponse({ challenges: [{ scheme: 'Bearer', params: { realm: 'api', error: 'invalid_token', error_description: 'Expired access token' } }] }),
    expect: { status: 401, type: 'urn:errata:bearer-oauth:invalid_token', kind: 'unauthenticated', action: 'reauthenticate' },
  },
  {
    route: 'oauth',
    name: 'insufficient-scope',
    title: 'a 403 challenge naming the scope the token lacks',
    respond: () => buildBearerOAuthResponse({ challenges: [{ scheme: 'Bearer', params: { realm: 'api', error: 'insufficient_scope', scope: 'calendar.read' } }] }),
    expect: { status: 403, type: 'urn:errata:bearer-oauth:insufficient_scope', kind: 'permission-denied', action: 'reauthenticate' },
  },
  {
    route: 'oauth',
    name: 'use-dpop-nonce',
    title: 'a DPoP resource server asks for a fresh nonce (RFC 9449); the nonce travels in details',
    respond: () =>
      buildBearerOAuthResponse({
        challenges: [{ scheme: 'DPoP', params: { algs: 'ES256', error: 'use_dpop_nonce', error_description: 'Resource server requires nonce in DPoP proof' } }],
        dpopNonce: 'eyJ7S_zG.eyJH0-Z.HX4w-7v',
        status: 401,
      }),
    expect: { status: 401, type: 'urn:errata:bearer-oauth:use_dpop_nonce', kind: 'failed-precondition', action: 'retry' },
  },
  {
    route: 'oauth',
    name: 'too-many-requests',
    title: 'a {code, description} API over its rate limit, Retry-After in seconds',
    respond: () => buildBearerOAuthResponse({ code: 'TOO_MANY_REQUESTS', description: 'Rate limit exceeded', headers: { 'retry-after': '30' } }),
    expect: { status: 429, type: 'urn:errata:bearer-oauth:TOO_MANY_REQUESTS', kind: 'resource-exhausted', action: 'retry-after', retryAfter: '30' },
  },

  // Identity Registration: integer codes, and errors sent with HTTP 200 (`stat: "error"`).
  {
    route: 'registration',
    name: 'stat-error-200',
    title: 'HTTP 200 with stat "error", code 210 (wrong email or password)',
    respond: () => buildIdentityRegistrationResponse({ code: 210 }),
    expect: { status: 401, type: 'urn:errata:identity-registration:210', kind: 'unauthenticated', action: 'user-action', requestId: 'abcdefgh12345678', upstreamStatus: 200 },
  },
  {
    route: 'registration',
    name: 'rate-limited',
    title: 'code 510: a rate limit, although it sits in the 5xx range',
    respond: () => buildIdentityRegistrationResponse({ code: 510 }),
    expect: { status: 429, type: 'urn:errata:identity-registration:510', kind: 'resource-exhausted', action: 'retry', retryAfter: null, upstreamStatus: 200 },
  },
  {
    route: 'registration',
    name: 'entity',
    title: 'stat "ok": a 200 that really is a success passes through',
    respond: () => buildIdentityRegistrationSuccess({ uuid: '3f1e9a52-0000-4000-8000-000000000001' }),
    expect: { status: 200 },
  },

  // iCloud extraction (riCloud): the sign-in flow's steps are errors with a next step.
  {
    route: 'icloud',
    name: 'choice-required',
    title: 'sign-in needs the user to pick a trusted device',
    respond: () => buildIcloudErrorResponse({ code: 'choice-required' }),
    expect: { status: 400, type: 'urn:errata:icloud-extract:choice-required', kind: 'unauthenticated', action: 'user-action' },
  },
  {
    route: 'icloud',
    name: 'code-rate-limited',
    title: 'too many 2FA codes: wait an hour',
    respond: () => buildIcloudErrorResponse({ code: 'code-rate-limited' }),
    expect: { status: 400, type: 'urn:errata:icloud-extract:code-rate-limited', kind: 'resource-exhausted', action: 'retry-after', retryAfter: '3600' },
  },
  {
    route: 'icloud',
    name: 'service-outage',
    title: 'iCloud itself is down (detail hidden on 5xx)',
    respond: () => buildIcloudErrorResponse({ code: 'icloud-service-outage', status: 503 }),
    expect: { status: 503, type: 'urn:errata:icloud-extract:icloud-service-outage', kind: 'unavailable', action: 'retry-after', retryAfter: '60' },
  },

  // An internal service with no vendor package, and failures with no response at all.
  {
    route: 'internal',
    name: 'bad-gateway',
    title: 'an HTML 502 from a proxy: no vendor format, still one shape',
    respond: () =>
      buildResponse({ status: 502, headers: { 'cf-ray': '8f1d2c3b4a5e6f70-AMS' }, body: '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>', contentType: 'text/html' }),
    expect: { status: 502, type: 'urn:errata:http:502', kind: 'unavailable', action: 'retry', requestId: '8f1d2c3b4a5e6f70-AMS' },
  },
  {
    route: 'internal',
    name: 'hang',
    title: 'the upstream never answers: the route deadline gives a 504',
    expect: { status: 504, type: 'urn:errata:network:timeout', kind: 'deadline-exceeded', action: 'retry' },
  },
  {
    route: 'offline',
    name: 'status',
    title: 'nothing listens at the upstream: 502',
    expect: { status: 502, type: 'urn:errata:network:unreachable', kind: 'unavailable', action: 'retry' },
  },
];

// A vendor is covered when a curated scenario expects one of its problems (`urn:errata:<vendor>:…`).
const covered = new Set(curated.flatMap((scenario) => (scenario.expect.type?.startsWith('urn:errata:') === true ? [scenario.expect.type.split(':')[2]] : [])));

/**
 * Every vendor of the one list (tooling/vendors) that the curated scenarios do not cover: one
 * scenario each, the list's typical error, on a route named after the vendor (`/acme-pay/sample`).
 */
export const listedVendors: readonly VendorEntry[] = VENDORS.filter((vendor) => !covered.has(vendor.name));

export const scenarios: readonly Scenario[] = [
  ...curated,
  ...listedVendors.map(
    ({ name, sample }): Scenario => ({
      route: name,
      name: 'sample',
      title: `${name}: its typical error, from the vendor list`,
      respond: () => buildResponse({ status: sample.status, headers: sample.headers, body: sample.body }),
      expect: { status: sample.status >= 400 ? sample.status : statusOfKind(sample.kind), type: `urn:errata:${name}:${String(sample.code)}`, kind: sample.kind },
    }),
  ),
];
