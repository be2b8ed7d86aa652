// Order-independent composition (issue #13, item 5): a registry of every vendor module of the one
// list (`@errata/vendors`) gives the same vendor and code for every fixture, whatever order the
// modules are listed in (all n!: 120 for five), and that vendor is the fixture's own. The fixtures
// come from each vendor's `/testing` builders (what the vendor documents it sends) and from each
// list entry's typical response, read into parts once, then parsed by each ordering.
import { appleBusinessParts, buildAppleBusinessOAuthResponse } from '@errata/apple-business/testing';
import { buildBearerOAuthResponse } from '@errata/bearer-oauth/testing';
import { createRegistry, type ResponseParts, type VendorModule } from '@errata/core';
import { buildDiscordResponse, buildFormErrorResponse, buildNotReadyResponse, buildRateLimitResponse } from '@errata/discord/testing';
import { icloudErrorParts } from '@errata/icloud-extract/testing';
import { identityRegistrationParts } from '@errata/identity-registration/testing';
import { VENDORS } from '@errata/vendors';
import { beforeAll, describe, expect, it } from 'vitest';

const MODULES: readonly VendorModule[] = VENDORS.map((vendor) => vendor.module);
const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

/** Every ordering of `items` (n! of them). */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

async function partsOf(response: Response): Promise<ResponseParts> {
  return { status: response.status, headers: response.headers, body: await response.text() };
}

interface Fixture {
  readonly name: string;
  readonly vendor: string;
  readonly code: string | number;
  readonly parts: () => ResponseParts | Promise<ResponseParts>;
}

// Identified by their shape alone: no route, no host, no vendor hint.
const FIXTURES: readonly Fixture[] = [
  { name: 'Discord: a JSON error code', vendor: 'discord', code: 50013, parts: () => partsOf(buildDiscordResponse({ code: 50013 })) },
  { name: 'Discord: nested field errors', vendor: 'discord', code: 50035, parts: () => partsOf(buildFormErrorResponse([{ path: ['name'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }])) },
  { name: 'Discord: a 429 body', vendor: 'discord', code: 'rate-limited', parts: () => partsOf(buildRateLimitResponse({ retryAfter: 1.5 })) },
  { name: 'Discord: 202 not ready', vendor: 'discord', code: 110_000, parts: () => partsOf(buildNotReadyResponse()) },
  { name: 'bearer-oauth: an RFC 6749 error body', vendor: 'bearer-oauth', code: 'invalid_grant', parts: () => partsOf(buildBearerOAuthResponse({ error: 'invalid_grant', errorDescription: 'The refresh token expired' })) },
  { name: 'bearer-oauth: a {code, description} body', vendor: 'bearer-oauth', code: 'NOT_FOUND', parts: () => partsOf(buildBearerOAuthResponse({ code: 'NOT_FOUND', description: 'No such user' })) },
  {
    name: 'bearer-oauth: a Bearer challenge alone',
    vendor: 'bearer-oauth',
    code: 'invalid_token',
    parts: () => partsOf(buildBearerOAuthResponse({ challenges: [{ scheme: 'Bearer', params: { realm: 'api', error: 'invalid_token' } }] })),
  },
  // LINE WORKS API 1.0 common errors: `{errorCode, errorMessage}` with numeric-string codes (source:
  // the LINE WORKS API 1.0 error table, "024 401 Authentication failed"; noted in bearer-oauth's catalog).
  { name: 'bearer-oauth: a LINE WORKS {errorCode, errorMessage} body', vendor: 'bearer-oauth', code: '024', parts: () => ({ status: 401, headers: { 'content-type': 'application/json' }, body: '{"errorCode":"024","errorMessage":"Authentication failed"}' }) },
  { name: 'Apple Business: an error array', vendor: 'apple-business', code: 'LOCATION__NOT_FOUND', parts: () => appleBusinessParts({ code: 'LOCATION__NOT_FOUND', requestId: 'A-1' }) },
  { name: 'Apple Business: a bare item with its request id', vendor: 'apple-business', code: 'LOCATION__NOT_FOUND', parts: () => bareAppleItem() },
  { name: 'Apple Business: the token endpoint with its request id', vendor: 'apple-business', code: 'invalid_client', parts: () => partsOf(buildAppleBusinessOAuthResponse({ error: 'invalid_client', requestId: 'A-2' })) },
  { name: 'Identity Registration: HTTP 200 with stat "error"', vendor: 'identity-registration', code: 363, parts: () => identityRegistrationParts({ code: 363 }) },
  { name: 'Identity Registration: the OAuth-style variant', vendor: 'identity-registration', code: 363, parts: () => identityRegistrationParts({ code: 363, oauth: true }) },
  { name: 'iCloud extract: invalid-parameter with params', vendor: 'icloud-extract', code: 'invalid-parameter', parts: () => icloudErrorParts({ code: 'invalid-parameter', params: { device: 'required' } }) },
  { name: 'iCloud extract: code-required', vendor: 'icloud-extract', code: 'code-required', parts: () => icloudErrorParts({ code: 'code-required' }) },
  // Each listed vendor's typical response, so a vendor added with `pnpm new-vendor` is composed too.
  ...VENDORS.map(({ name, sample }) => ({ name: `${name}: the list's typical response`, vendor: name, code: sample.code, parts: () => ({ status: sample.status, headers: sample.headers, body: sample.body }) })),
];

// An Apple item sent as an object rather than inside the array, with Apple's request id header.
function bareAppleItem(): ResponseParts {
  const { status, headers, body } = appleBusinessParts({ code: 'LOCATION__NOT_FOUND', requestId: 'A-3' });
  return { status, headers, body: JSON.stringify((JSON.parse(String(body)) as unknown[])[0]) };
}

const registries = permutations(MODULES).map((order) => ({ order: order.map((module) => module.vendor).join(', '), registry: createRegistry(order) }));
const parts = new Map<string, ResponseParts>();

beforeAll(async () => {
  for (const fixture of FIXTURES) parts.set(fixture.name, await fixture.parts());
});

describe('a registry of every listed vendor', () => {
  it('has every order to try (120 for five vendors)', () => {
    expect(MODULES.length).toBeGreaterThanOrEqual(5);
    expect(registries).toHaveLength(factorial(MODULES.length));
  });

  it.each(FIXTURES.map((fixture) => [fixture.name, fixture] as const))('%s: the same vendor and code in every order, and it is the fixture’s own', (_name, fixture) => {
    const input = parts.get(fixture.name);
    expect(input).toBeDefined();
    if (input === undefined) return;
    const answers = new Map<string, string[]>();
    for (const { order, registry } of registries) {
      const error = registry.parse(input);
      const answer = `${error?.vendor ?? '(none)'} ${String(error?.code)}`;
      answers.set(answer, [...(answers.get(answer) ?? []), order]);
    }
    const summary = [...answers].map(([answer, orders]) => `${answer} (${String(orders.length)} orders, e.g. ${orders[0] ?? ''})`);
    expect(summary, 'one answer for every order').toHaveLength(1);
    expect([...answers.keys()]).toEqual([`${fixture.vendor} ${String(fixture.code)}`]);
  });
});

describe('composition keeps what the vendors declare', () => {
  it("an Apple HTML 503 that falls back to the generic error keeps Apple's request id", () => {
    for (const { registry } of registries) {
      const error = registry.parse({ status: 503, headers: { 'content-type': 'text/html', 'apple-request-id': '0a8af52f-aa59-4cbd-96a6-bde380fc64ea' }, body: '<html><body>Service Unavailable</body></html>' });
      expect(error).toMatchObject({ vendor: 'http', code: 503, requestId: '0a8af52f-aa59-4cbd-96a6-bde380fc64ea' });
    }
  });
});
