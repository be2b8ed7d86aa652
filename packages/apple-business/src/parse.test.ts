import { createRegistry, isApiError, type ResponseParts } from '@errata/core';
import { viewOf } from '@errata/core/vendor';
import { buildResponse } from '@errata/core/testing';
import { describe, expect, it } from 'vitest';
import { appleBusiness } from './vendor.ts';
import { appleBusinessStatusCatalog, describeAppleBusinessCode } from './catalog/index.ts';
import { expiredToken, locationNotFound, overrideAlreadyAccepted, phoneFormatItem, validationFailed } from './fixtures.ts';
import { isAppleBusinessError } from './guard.ts';
import { markdownItem, referenceJson, referenceMarkdown, seedText } from './__fixtures__/reference.ts';
import type { AppleBusinessError, AppleBusinessListDetails } from './types.ts';

function parseApple(parts: ResponseParts): AppleBusinessError {
  const error = appleBusiness.parse(parts);
  if (!isAppleBusinessError(error)) throw new Error(`expected an Apple Business error, got ${JSON.stringify(error)}`);
  return error;
}

function listDetails(error: AppleBusinessError): AppleBusinessListDetails {
  if (error.details.format !== 'error-list') throw new Error('expected the array format');
  return error.details;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): ResponseParts => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** The example arrays of the seed page, exactly as the (cut-off) seed prints them. */
function seedExamples(): unknown[][] {
  const out: unknown[][] = [];
  const marker = 'Example Response Body\n[';
  for (let at = seedText.indexOf(marker); at !== -1; at = seedText.indexOf(marker, at + 1)) {
    const start = at + marker.length - 1;
    const end = seedText.indexOf('\n]', start);
    out.push(JSON.parse(seedText.slice(start, end + 2)) as unknown[]);
  }
  return out;
}

describe('the documented example', () => {
  const example = referenceJson.wire_format.example_documented;
  const status = Number(/\d{3}/.exec(example.status_line)?.[0]);

  it('parses the 404 with its code, split code, rendered message, raw template and request id', () => {
    const error = parseApple({ status, headers: example.headers, body: JSON.stringify(example.body) });
    expect(error.vendor).toBe('apple-business');
    expect(error.status).toBe(404);
    expect(error.code).toBe('LOCATION__NOT_FOUND');
    expect(error.kind).toBe('not-found');
    expect(error.action).toBe('none');
    expect(error.retry.retryable).toBe(false);
    expect(error.requestId).toBe('0a8af52f-aa59-4cbd-96a6-bde380fc64ea');
    expect(error.message).toBe("Resource not found for Apple-generated '9467895078742654451'");
    expect(error.issues).toEqual([]);
    const details = listDetails(error);
    expect(details).toMatchObject({ format: 'error-list', resource: 'LOCATION', reason: 'NOT_FOUND', primary: 0 });
    expect(details.errors).toHaveLength(1);
    expect(details.errors[0]).toEqual({
      code: 'LOCATION__NOT_FOUND',
      resource: 'LOCATION',
      reason: 'NOT_FOUND',
      message: "Resource not found for Apple-generated '9467895078742654451'",
      template: "Resource not found for Apple-generated '{{id}}'",
      context: { id: '9467895078742654451' },
    });
  });

  it('keeps the body and a redacted response summary off the enumerable fields', () => {
    const error = parseApple({ status, headers: { ...example.headers, authorization: 'Bearer secret-token' }, body: JSON.stringify(example.body) });
    expect(error.body).toEqual(example.body);
    expect(error.response?.headers.authorization).toBe('[redacted]');
    expect(Object.keys(error)).not.toContain('body');
    expect(JSON.stringify(error)).not.toContain('secret-token');
  });

  it('matches the fixture the builders use', () => {
    expect(locationNotFound.body).toEqual(example.body);
    expect(locationNotFound.headers).toEqual(example.headers);
    expect(locationNotFound.status).toBe(status);
  });
});

describe('the seed examples', () => {
  const examples = seedExamples();

  it('finds both example bodies in the cut-off seed', () => {
    expect(examples).toEqual([locationNotFound.body, overrideAlreadyAccepted.body]);
  });

  it.each([
    ['LOCATION__NOT_FOUND', 404, 'not-found', "Resource not found for Apple-generated '9467895078742654451'"],
    ['APPLE_OVERRIDE__ALREADY_ACCEPTED', 400, 'failed-precondition', "Change to resource with Apple-generated '30eaaef3-688c-4e82-8547-7c64c1181ffa' already accepted"],
  ] as const)('parses %s', (code, status, kind, message) => {
    const body = examples.find((items) => JSON.stringify(items).includes(code));
    const error = parseApple(json(status, body));
    expect(error).toMatchObject({ code, status, kind, message });
  });
});

describe('reference combinations', () => {
  for (const combination of referenceJson.combinations) {
    if (combination.example_body === undefined) continue;
    it(`parses the ${combination.code_suffix} example with the catalog's kind and action`, () => {
      const error = parseApple(json(combination.http_status, combination.example_body));
      const code = error.code;
      expect(combination.full_codes).toContain(code);
      expect(listDetails(error).reason).toBe(combination.code_suffix);
      expect(error.kind).toBe(describeAppleBusinessCode(code)?.policy.kind);
      expect(error.action).toBe(describeAppleBusinessCode(code)?.policy.action);
    });
  }
});

describe('bodies that do not follow the documented shape', () => {
  it('parses the real 401: no prefix, PascalCase, undocumented details kept under `other`', () => {
    const observed = referenceJson.observed_in_the_wild.find((entry) => entry.http_status === 401);
    expect(observed?.body).toEqual(expiredToken.body);
    const error = parseApple(json(401, observed?.body));
    expect(error).toMatchObject({ code: 'Unauthorized', kind: 'unauthenticated', action: 'reauthenticate', message: 'Expired Token' });
    const [item] = listDetails(error).errors;
    expect(item?.resource).toBeUndefined();
    expect(item?.reason).toBe('Unauthorized');
    expect(item?.details).toEqual({ submitted: [], expected: [], compared: [], other: { header: 'Authorization' } });
  });

  it('keeps unknown resources and reasons as sent', () => {
    const error = parseApple(json(400, [{ code: 'WIDGET__EXPLODED_LOUDLY', message: 'Boom {{n}}', context: { n: 3 } }]));
    expect(error.code).toBe('WIDGET__EXPLODED_LOUDLY');
    expect(listDetails(error)).toMatchObject({ resource: 'WIDGET', reason: 'EXPLODED_LOUDLY' });
    expect(error.message).toBe('Boom 3');
    expect(error.kind).toBe('invalid-argument');
  });

  it('splits on the first `__` only, so rule names keep their underscores', () => {
    // The reference elides this real item's message, so only its code and empty context are used.
    const code = 'VALIDATION__SpecialHours_ExpectedRegionSubtagForCountryNotPresent';
    expect(referenceMarkdown).toContain(`{"code":"${code}"`);
    const error = parseApple(json(400, [{ code, severity: 'VIOLATION', context: {} }]));
    expect(listDetails(error)).toMatchObject({ resource: 'VALIDATION', reason: 'SpecialHours_ExpectedRegionSubtagForCountryNotPresent' });
    expect(error.kind).toBe('invalid-argument');
  });

  it('treats codes without a prefix as their own reason', () => {
    const error = parseApple(json(400, [{ code: 'RESOURCE_HAS_NO_NEW_CHANGES' }]));
    expect(listDetails(error)).toMatchObject({ resource: undefined, reason: 'RESOURCE_HAS_NO_NEW_CHANGES' });
    expect(error).toMatchObject({ kind: 'failed-precondition', action: 'none', message: 'RESOURCE_HAS_NO_NEW_CHANGES' });
  });

  it('accepts a lone item object that is not wrapped in an array', () => {
    const error = parseApple(json(404, { code: 'BRAND__NOT_FOUND', message: 'gone' }));
    expect(error).toMatchObject({ code: 'BRAND__NOT_FOUND', kind: 'not-found' });
  });

  it('reads number and boolean detail values as text, drops entries without a field', () => {
    const error = parseApple(
      json(400, [{ code: 'LOCATION__INVALID', details: { submitted: [{ field: 'a', value: 5 }, { field: 'b', value: true }, { value: 'x' }, 'junk', { field: 'c', value: { no: 1 } }] } }]),
    );
    expect(listDetails(error).errors[0]?.details?.submitted).toEqual([{ field: 'a', value: '5' }, { field: 'b', value: 'true' }, { field: 'c' }]);
  });
});

describe('several items', () => {
  it('names the error after the first VIOLATION, keeps every item, and counts the rest', () => {
    const error = parseApple({ status: validationFailed.status, headers: validationFailed.headers, body: JSON.stringify(validationFailed.body) });
    const details = listDetails(error);
    expect(error.code).toBe('VALIDATION__AppIdsMustBeResolvable');
    expect(details.primary).toBe(1);
    expect(details.errors.map((item) => item.code)).toEqual(['VALIDATION__UnexpectedPhoneNumberFormatForCountryCode', 'VALIDATION__AppIdsMustBeResolvable']);
    expect(error.message).toBe("Referenced '284910350, 284910352' value must exist (and 1 more)");
    expect(error.requestId).toBe('6f1d2c0e-93b4-4c1e-9d55-0b8f6a3e2c71');
    // The INFO item did not fail the request, so it is no field issue (it stays in details).
    expect(error.issues).toEqual([]);
    expect(details.errors[0]?.details?.createdDate).toBe('2024-02-08T12:12:58.295Z');
  });

  it('uses the real validation item from the reference', () => {
    expect(phoneFormatItem).toEqual(markdownItem('VALIDATION__UnexpectedPhoneNumberFormatForCountryCode'));
  });

  it('falls back to the first item when every item is INFO or WARNING', () => {
    const error = parseApple(json(400, [{ code: 'VALIDATION__A', severity: 'WARNING' }, { code: 'VALIDATION__B', severity: 'INFO' }]));
    expect(error.code).toBe('VALIDATION__A');
  });

  it('skips items that are not objects or have no code when choosing the primary', () => {
    const error = parseApple(json(400, [null, 7, { message: 'no code' }, { code: 'BRAND__ALREADY_EXISTS' }]));
    expect(error.code).toBe('BRAND__ALREADY_EXISTS');
    expect(listDetails(error).primary).toBe(1);
    expect(listDetails(error).errors).toHaveLength(2);
  });
});

describe('field issues', () => {
  it('turns each distinct submitted / expected / compared field into one issue', () => {
    const error = parseApple(
      json(400, [
        {
          code: 'VALIDATION__PhoneMismatch',
          message: 'Phone {{phone}} does not match',
          severity: 'VIOLATION',
          context: { phone: '+1' },
          details: {
            submitted: [{ field: '/locationDetails/phoneNumbers[0]/phoneNumber', value: '+1' }],
            expected: [{ field: '/locationDetails/phoneNumbers[0]/phoneNumber' }],
            compared: [{ field: '.0.providers.3', value: 'x' }],
          },
        },
        { code: 'VALIDATION__Range', message: 'Out of range', context: { field: 'hours.open' } },
      ]),
    );
    expect(error.issues).toEqual([
      { path: ['locationDetails', 'phoneNumbers', 0, 'phoneNumber'], code: 'VALIDATION__PhoneMismatch', message: 'Phone +1 does not match' },
      { path: [0, 'providers', 3], code: 'VALIDATION__PhoneMismatch', message: 'Phone +1 does not match' },
      { path: ['hours', 'open'], code: 'VALIDATION__Range', message: 'Out of range' },
    ]);
  });

  it('caps the issues of a body with thousands of fields', () => {
    const submitted = Array.from({ length: 5000 }, (_, index) => ({ field: `/f${String(index)}` }));
    const error = parseApple(json(400, [{ code: 'VALIDATION__Many', details: { submitted } }]));
    expect(error.issues).toHaveLength(200);
    expect(listDetails(error).errors[0]?.details?.submitted).toHaveLength(5000);
  });
});

describe('statuses', () => {
  for (const { code: status, name, policy } of appleBusinessStatusCatalog.entries) {
    it(`reads ${String(status)} ${name} as ${policy.kind}`, () => {
      const error = parseApple(json(status, [{ code: 'SOMETHING__UNLISTED', message: 'x' }]));
      expect(error.kind).toBe(policy.kind);
      expect(error.action).toBe(policy.action);
      expect(error.retry.retryable).toBe(policy.retryable);
      expect(error.status).toBe(status);
    });
  }

  it('advises a retry on a retryable status whatever the reason says', () => {
    const error = parseApple(json(429, [{ code: 'LOCATION__ALREADY_EXISTS', message: 'x' }], { 'retry-after': '3' }));
    expect(error).toMatchObject({ kind: 'already-exists', action: 'retry-after', retry: { retryable: true, retryAfterMs: 3000, source: 'header' } });
  });

  it('honours Retry-After on a 503', () => {
    const error = parseApple({ ...json(503, [{ code: 'SERVICE__DOWN' }], { 'retry-after': '120' }) });
    expect(error.retry).toMatchObject({ retryable: true, retryAfterMs: 120_000, source: 'header' });
    expect(error.action).toBe('retry-after');
  });

  it('ignores Retry-After on a 400', () => {
    const error = parseApple(json(400, [{ code: 'X__Y' }], { 'retry-after': '5' }));
    expect(error.retry).toEqual({ retryable: false });
  });

  it('lets a reason refine a 4xx but never a 5xx', () => {
    expect(parseApple(json(400, [{ code: 'BRAND__ALREADY_EXISTS' }])).kind).toBe('already-exists');
    expect(parseApple(json(400, [{ code: 'LOCATION__MARKED_DELETED' }])).action).toBe('fix-request');
    expect(parseApple(json(500, [{ code: 'BRAND__ALREADY_EXISTS' }])).kind).toBe('internal');
  });

  it('maps statuses Apple does not document with core defaults', () => {
    const error = parseApple(json(429, [{ code: 'RATE__LIMITED' }], { 'retry-after': '2' }));
    expect(error).toMatchObject({ kind: 'resource-exhausted', action: 'retry-after' });
  });
});

describe('the OAuth token endpoint', () => {
  it("reads the RFC 6749 values Apple does not document as core's shared classification does", () => {
    const oauth = (status: number, error: string): AppleBusinessError => parseApple(json(status, { error }));
    expect(oauth(400, 'unsupported_response_type')).toMatchObject({ kind: 'unimplemented', action: 'fix-request' });
    expect(oauth(400, 'temporarily_unavailable')).toMatchObject({ kind: 'unavailable', action: 'retry', retry: { retryable: true } });
    expect(oauth(403, 'access_denied')).toMatchObject({ kind: 'permission-denied', action: 'none' });
    // Not an OAuth value core knows: read by the status, as before.
    expect(oauth(403, 'no_such_value')).toMatchObject({ kind: 'permission-denied', action: 'user-action' });
  });

  const rows = Object.entries(referenceJson.oauth_token_errors.by_status).flatMap(([status, list]) => list.map((row) => ({ status: Number(status), ...row })));

  it.each(rows)('parses $status $error', ({ status, error, error_description }) => {
    const parsed = parseApple(json(status, { error, error_description }));
    expect(parsed.code).toBe(error);
    expect(parsed.status).toBe(status);
    expect(parsed.message).toBe(`${error}: ${error_description}`);
    expect(parsed.details).toEqual({ format: 'oauth', resource: undefined, reason: error, description: error_description });
    expect(parsed.issues).toEqual([]);
  });

  it('separates a dead refresh token from a bad grant_type', () => {
    expect(parseApple(json(400, { error: 'invalid_grant', error_description: 'Invalid refresh_token' }))).toMatchObject({ kind: 'unauthenticated', action: 'reauthenticate' });
    expect(
      parseApple(json(400, { error: 'invalid_grant', error_description: 'grant_type is invalid. Accepted values: refresh_token, client_credentials, authorization_code' })),
    ).toMatchObject({ kind: 'invalid-argument', action: 'fix-request' });
  });

  it('retries token-endpoint server errors', () => {
    const error = parseApple(json(500, { error: 'internal_server_error', error_description: 'server error' }));
    expect(error).toMatchObject({ kind: 'internal', action: 'retry', retry: { retryable: true } });
  });

  it('accepts an error without a description', () => {
    expect(parseApple(json(400, { error: 'invalid_scope' })).message).toBe('invalid_scope');
  });
});

describe('what is not an Apple Business error', () => {
  it('returns undefined for success statuses, whatever the body', () => {
    expect(appleBusiness.parse(json(200, locationNotFound.body))).toBeUndefined();
    expect(appleBusiness.parse(json(201, []))).toBeUndefined();
  });

  it.each([
    ['the device-management product shape', json(404, { errors: [{ id: 'x', status: '404', code: 'NOT_FOUND', title: 'Not Found', detail: 'nope' }] })],
    ['an HTML page from a proxy', { status: 503, headers: { 'content-type': 'text/html' }, body: '<html><body>Service Unavailable</body></html>' }],
    ['an empty body', { status: 500, headers: {}, body: '' }],
    ['an empty array', json(400, [])],
    ['an array without items that have a code', json(400, [1, 'two', null, { message: 'no code' }])],
    ['truncated JSON', { status: 400, headers: {}, body: '[{"code":"LOCATION__NOT_FOUND","mess' }],
    ['an OAuth body with an empty error', json(400, { error: '' })],
  ] as const)('falls back to the generic HTTP error for %s', (_, parts) => {
    const error = appleBusiness.parse(parts);
    expect(isApiError(error)).toBe(true);
    expect(error?.vendor).toBe('http');
    expect(error?.status).toBe(parts.status);
  });
});

describe('hostile input', () => {
  it('keeps __proto__ and constructor context keys as plain data', () => {
    const body = '[{"code":"X__Y","message":"{{__proto__}} {{constructor}}","context":{"__proto__":"polluted","constructor":"c"}}]';
    const error = parseApple({ status: 400, headers: {}, body });
    const [item] = listDetails(error).errors;
    expect(error.message).toBe('polluted c');
    expect(Object.hasOwn(item?.context ?? {}, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(item?.context)).toBeNull();
  });

  it('drops an oversized request id header instead of keeping it', () => {
    const error = parseApple(json(404, locationNotFound.body, { 'apple-request-id': 'x'.repeat(10_000) }));
    expect(error.requestId).toBeUndefined();
  });

  it('caps a rendered message that repeats a large value', () => {
    const error = parseApple(json(400, [{ code: 'X__Y', message: '{{v}}'.repeat(1000), context: { v: 'y'.repeat(10_000) } }]));
    expect(error.message.length).toBeLessThanOrEqual(4097);
  });

  it('keeps going past non-JSON values of an already-parsed body', () => {
    const context = { fn: () => 1, sym: Symbol('s'), big: 10n, ok: 'yes', nan: Number.NaN };
    const error = parseApple({ status: 400, body: [{ code: 'X__Y', message: '{{ok}}', context }] });
    const kept = listDetails(error).errors[0]?.context;
    // Functions and symbols have no JSON form and are dropped; what core's copy of an
    // already-parsed body makes of a BigInt or NaN (a number, null) is its business.
    expect(kept).toMatchObject({ ok: 'yes' });
    expect(kept).not.toHaveProperty('fn');
    expect(kept).not.toHaveProperty('sym');
    expect(error.message).toBe('yes');
    expect(() => JSON.stringify(error)).not.toThrow();
  });
});

describe('fetch Responses and composition', () => {
  it('parses a Response from a clone and leaves the body unread', async () => {
    const response = buildResponse({ status: 404, headers: locationNotFound.headers, body: locationNotFound.body });
    const error = await appleBusiness.parse(response);
    expect(isAppleBusinessError(error, 'LOCATION__NOT_FOUND')).toBe(true);
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual(locationNotFound.body);
  });

  it('detects the array shape and, with Apple’s header, the OAuth shape', () => {
    const registry = createRegistry([appleBusiness]);
    expect(registry.parse(json(404, locationNotFound.body))?.vendor).toBe('apple-business');
    expect(registry.parse(json(401, { error: 'invalid_client' }))?.vendor).toBe('http');
    expect(registry.parse(json(401, { error: 'invalid_client' }, { 'apple-request-id': 'r-1' }))?.vendor).toBe('apple-business');
    expect(registry.parse(json(404, { errors: [{ code: 'NOT_FOUND' }] }))?.vendor).toBe('http');
  });

  it('says how specific its claim is: 2 for Apple-only shapes, 0 for the rest', () => {
    const claim = (parts: ResponseParts): number => appleBusiness.detect(viewOf(parts));
    const header = { 'apple-request-id': 'r-1' };
    const item = { code: 'LOCATION__NOT_FOUND', message: 'm' };
    expect(claim(json(404, locationNotFound.body))).toBe(2);
    expect(claim(json(404, item, header))).toBe(2);
    expect(claim(json(401, { error: 'invalid_client' }, header))).toBe(2);
    // Without Apple's header a lone item or an RFC 6749 body is any vendor's.
    expect(claim(json(404, item))).toBe(0);
    expect(claim(json(401, { error: 'invalid_client' }))).toBe(0);
    expect(claim(json(400, [{ error: 'x' }]))).toBe(0);
    expect(claim(json(400, []))).toBe(0);
  });

  it('declares its request-id header and that it never sends errors with a success status', () => {
    expect(appleBusiness.requestIdHeaders).toEqual(['apple-request-id']);
    expect(appleBusiness.errorsWithSuccessStatus).toBe(false);
  });

  it('keeps apple-request-id when a proxy answers with HTML, alone or in a registry', () => {
    const html: ResponseParts = { status: 503, headers: { 'content-type': 'text/html', 'apple-request-id': 'req-html' }, body: '<html>Service Unavailable</html>' };
    for (const error of [appleBusiness.parse(html), createRegistry([appleBusiness]).parse(html)]) {
      expect(error).toMatchObject({ vendor: 'http', status: 503, requestId: 'req-html' });
    }
  });

  it('routes Business Connect hosts, current and legacy', () => {
    const registry = createRegistry([appleBusiness]);
    for (const url of ['https://businessconnect.apple.com/api/v1/companies/1', 'https://api-qualification.business.apple.com/api/v1/orgs/1', 'https://business.apple.com/x']) {
      expect(registry.route({ url })?.vendor).toBe('apple-business');
    }
    expect(registry.route({ url: 'https://api-business.apple.com/v1/orgDevices' })).toBeUndefined();
  });

  it('serializes to JSON and problem details with every item', () => {
    const error = parseApple(json(400, validationFailed.body));
    const serialized = JSON.parse(JSON.stringify(error)) as { details: AppleBusinessListDetails };
    expect(serialized.details.errors).toHaveLength(2);
    expect(serialized.details.errors[1]?.context).toEqual({ appIds: ['284910350', '284910352'] });
    const problem = error.toProblem();
    expect(problem.status).toBe(400);
  });
});
