import { createRegistry, isApiError, statusOfKind, type VendorModule } from '@errata/core';
import { createApiError, isJsonObject, viewOf, type ResponseView } from '@errata/core/vendor';
import { describe, expect, it } from 'vitest';
import { isIdentityRegistrationFamily } from './family.ts';
import { isIdentityRegistrationError } from './guard.ts';
import { IdentityRegistrationCode } from './index.ts';
import { buildIdentityRegistrationResponse } from './testing.ts';
import { identityRegistration } from './vendor.ts';

const JSON_HEADERS = { 'content-type': 'application/json' };
const NOW = 1_700_000_000_000;

function parse(status: number, body: unknown, headers: Record<string, string> = JSON_HEADERS) {
  return identityRegistration.parse({ status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) }, { now: NOW });
}

function parseOurs(status: number, body: unknown, headers?: Record<string, string>) {
  const error = parse(status, body, headers);
  if (!isIdentityRegistrationError(error)) throw new Error(`expected a Registration error, got ${String(error?.vendor)}`);
  return error;
}

describe('the reference examples', () => {
  it('reads a missing argument sent with HTTP 200', () => {
    const error = parseOurs(200, {
      code: 100,
      error: 'missing_argument',
      argument_name: 'uuid',
      error_description: 'missing required argument: uuid',
      stat: 'error',
    });
    expect(error.code).toBe(100);
    expect(error.status).toBe(200);
    expect(error.kind).toBe('invalid-argument');
    expect(error.action).toBe('fix-request');
    expect(error.retry.retryable).toBe(false);
    expect(error.message).toBe('missing required argument: uuid');
    expect(error.details).toEqual({ error: 'missing_argument', argumentName: 'uuid' });
    expect(error.issues).toEqual([{ path: ['uuid'], code: 'missing_argument', message: 'missing required argument: uuid' }]);
    expect(error.requestId).toBeUndefined();
  });

  it('reads the OAuth-style variant (HTTP 400, invalid_request + sub_error)', () => {
    const error = parseOurs(400, {
      code: 200,
      error: 'invalid_request',
      sub_error: 'invalid_argument',
      argument_name: 'grant_type',
      error_description: 'invalid grant_type: X',
      stat: 'error',
    });
    expect(error.code).toBe(IdentityRegistrationCode.InvalidArgument);
    expect(error.status).toBe(400);
    expect(error.details).toEqual({ error: 'invalid_request', subError: 'invalid_argument', argumentName: 'grant_type' });
    // The Registration string, not the OAuth one, tags the field issue.
    expect(error.issues).toEqual([{ path: ['grant_type'], code: 'invalid_argument', message: 'invalid grant_type: X' }]);
  });

  it('reads the Authentication API example and its request_id', () => {
    const error = parseOurs(200, {
      stat: 'error',
      code: 100,
      error_description: 'missing arguments: flow',
      error: 'missing_argument',
      request_id: 'uyeem84bmqmnjuu4',
    });
    expect(error.requestId).toBe('uyeem84bmqmnjuu4');
    expect(error.message).toBe('missing arguments: flow');
  });

  it('reads the real 352 response as password reuse, not unknown_application', () => {
    const error = parseOurs(200, {
      error: 'password_unacceptable',
      request_id: '8cpwu3hcqsqt5mek',
      error_description: 'password is unacceptable',
      stat: 'error',
      code: 352,
    });
    expect(isIdentityRegistrationError(error, IdentityRegistrationCode.EntityPasswordUnacceptable)).toBe(true);
    expect(isIdentityRegistrationError(error, [IdentityRegistrationCode.PasswordUnacceptable, IdentityRegistrationCode.EntityPasswordUnacceptable])).toBe(true);
    expect(isIdentityRegistrationError(error, IdentityRegistrationCode.UnknownApplication)).toBe(false);
    expect(error.kind).toBe('invalid-argument');
    expect(error.action).toBe('user-action');
    expect(error.publicMessage).toBe('Please choose a password you have not used before.');
    expect(error.requestId).toBe('8cpwu3hcqsqt5mek');
    // 352 is not a data-type error: it hangs under 300, not 340.
    expect(isIdentityRegistrationFamily(error, 300)).toBe(true);
    expect(isIdentityRegistrationFamily(error, IdentityRegistrationCode.InvalidDataFormat)).toBe(false);
  });
});

describe('deciding what is an error', () => {
  it.each(['error', 'Error', 'ERROR', 'fail', 'Failed'])('claims stat %j whatever the HTTP status', (stat) => {
    expect(parseOurs(200, { stat, code: 510, error: 'api_limit_error', error_description: 'slow down' }).code).toBe(510);
  });

  it('treats stat ok, a missing stat and unrelated JSON with HTTP 200 as success', () => {
    expect(parse(200, { stat: 'ok', result: { uuid: 'x' } })).toBeUndefined();
    expect(parse(200, { code: 100, error: 'missing_argument' })).toBeUndefined();
    expect(parse(200, { stat: 'okay', code: 100 })).toBeUndefined();
    expect(parse(200, [{ stat: 'error', code: 100 }])).toBeUndefined();
  });

  it('leaves non-JSON gateway errors to the generic fallback', () => {
    const html = parse(502, '<html><body>Bad Gateway</body></html>', { 'content-type': 'text/html' });
    expect(html?.vendor).toBe('http');
    expect(html?.code).toBe(502);
    expect(html?.details).toMatchObject({ expectedVendor: 'identity-registration', excerpt: '<html><body>Bad Gateway</body></html>' });
    expect(parse(503, '')?.vendor).toBe('http');
    expect(parse(200, '<html>maintenance</html>', { 'content-type': 'text/html' })).toBeUndefined();
  });

  it('handles truncated JSON like any other non-JSON body', () => {
    expect(parse(200, '{"stat":"error","code":5')).toBeUndefined();
    expect(parse(500, '{"stat":"error","code":5')?.vendor).toBe('http');
  });

  it('claims a stat-less body on an HTTP error status when it has an integer code and an error string', () => {
    const error = parseOurs(401, { code: 402, error: 'invalid_client_credentials', error_description: 'bad secret' });
    expect(error.code).toBe(402);
    expect(error.kind).toBe('unauthenticated');
    expect(error.action).toBe('fix-request');
    expect(parse(401, { code: 'x', error: 'invalid_client' })?.vendor).toBe('http');
  });

  it('does not mix in the Social Login API, which has its own code space', () => {
    const engage = { stat: 'fail', err: { code: 1, msg: 'Invalid parameter' } };
    expect(parse(200, engage)).toBeUndefined();
    expect(parse(400, engage)?.vendor).toBe('http');
  });

  it('reads a Response without consuming the caller\'s body', async () => {
    const response = buildIdentityRegistrationResponse({ code: 415 });
    const error = await identityRegistration.parse(response);
    expect(isIdentityRegistrationError(error, IdentityRegistrationCode.AuthorizationCodeExpired)).toBe(true);
    expect(response.bodyUsed).toBe(false);
    expect(((await response.json()) as { code: number }).code).toBe(415);
  });

  it('is found by a registry from the body shape alone', () => {
    const registry = createRegistry([identityRegistration]);
    const error = registry.parse({ status: 200, body: '{"stat":"error","code":363,"error":"length_violation","error_description":"too long"}' });
    expect(isIdentityRegistrationError(error, 363)).toBe(true);
    expect(registry.parse({ status: 200, body: '{"stat":"ok"}' })).toBeUndefined();
  });
});

describe('the module contract: detect, errorsWithSuccessStatus', () => {
  const view = (status: number, body: unknown): ResponseView => viewOf({ status, body: JSON.stringify(body) });

  it('says errors arrive with success statuses, so a registry shows it HTTP 200 responses', () => {
    expect(identityRegistration.errorsWithSuccessStatus).toBe(true);
    expect(identityRegistration.requestIdHeaders).toBeUndefined();
  });

  it('claims its shapes as specific (2), and nothing else', () => {
    expect(identityRegistration.detect(view(200, { stat: 'error', code: 210, error: 'invalid_credentials' }))).toBe(2);
    expect(identityRegistration.detect(view(400, { stat: 'error', code: 200, error: 'invalid_request', sub_error: 'invalid_argument' }))).toBe(2);
    // The OAuth style without `stat`: an integer code beside the error string, on an error status.
    expect(identityRegistration.detect(view(400, { code: 200, error: 'invalid_request', sub_error: 'invalid_argument' }))).toBe(2);
    expect(identityRegistration.detect(view(200, { stat: 'ok' }))).toBe(0);
    expect(identityRegistration.detect(view(400, { error: 'invalid_request' }))).toBe(0);
    expect(identityRegistration.detect(view(400, { error: 'invalid-parameter', message: 'x' }))).toBe(0);
  });

  it('wins over a generic { error } claim whatever the module order (ties would go to the name sorting first)', () => {
    // A stand-in for an OAuth module that claims any `{ error }` body with 1 and sorts before us.
    const generic: VendorModule = {
      vendor: 'aaa-generic-oauth',
      errorsWithSuccessStatus: true,
      detect: (candidate) => (isJsonObject(candidate.json()) ? 1 : 0),
      parseView: (candidate) => createApiError({ vendor: 'aaa-generic-oauth', code: 'x', kind: 'unknown', status: candidate.status, message: 'generic' }),
    };
    const body = JSON.stringify({ code: 200, error: 'invalid_request', sub_error: 'invalid_argument', error_description: 'bad' });
    for (const modules of [[generic, identityRegistration], [identityRegistration, generic]]) {
      const registry = createRegistry(modules);
      expect(registry.parse({ status: 400, body })?.vendor).toBe('identity-registration');
      expect(registry.parse({ status: 200, body: JSON.stringify({ stat: 'error', code: 363, error: 'length_violation' }) })?.vendor).toBe('identity-registration');
    }
  });
});

describe('codes, kinds and actions', () => {
  it('treats Registration 415 as an expired authorization code, not an HTTP media-type error', () => {
    const error = parseOurs(200, { stat: 'error', code: 415, error: 'authorization_code_expired', error_description: 'authorization code expired' });
    expect(error.kind).toBe('unauthenticated');
    expect(error.action).toBe('reauthenticate');
    expect(error.status).toBe(200);
  });

  it.each([413, 414, 416, 417])('asks to re-authenticate for expired token or code %i', (code) => {
    expect(parseOurs(200, { stat: 'error', code, error: 'x', error_description: 'expired' }).action).toBe('reauthenticate');
  });

  it('retries 510 rate limiting with the Retry-After delay and keeps the rate-limit headers', () => {
    const error = parseOurs(
      200,
      { stat: 'error', code: 510, error: 'api_limit_error', error_description: 'limit exceeded' },
      { ...JSON_HEADERS, 'retry-after': '30', 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0' },
    );
    expect(error.kind).toBe('resource-exhausted');
    expect(error.action).toBe('retry-after');
    expect(error.retry).toEqual({ retryable: true, retryAfterMs: 30_000, retryAt: NOW + 30_000, source: 'header' });
    expect(error.rateLimit).toMatchObject({ limit: 100, remaining: 0 });
  });

  it('retries 510 without a delay when none is sent', () => {
    const error = parseOurs(200, { stat: 'error', code: 510, error: 'api_limit_error', error_description: 'limit exceeded' });
    expect(error.retry).toEqual({ retryable: true });
    expect(error.action).toBe('retry');
    expect(error.rateLimit).toBeUndefined();
  });

  it('treats 480 as temporary and 540 as deliberate', () => {
    const disabled = parseOurs(200, { stat: 'error', code: 480, error: 'api_feature_disabled', error_description: 'maintenance' });
    expect(disabled.kind).toBe('unavailable');
    expect(disabled.retry.retryable).toBe(true);
    const triggered = parseOurs(200, { stat: 'error', code: 540, error: 'triggered_error', error_description: 'blocked by flow' });
    expect(triggered.kind).toBe('failed-precondition');
    expect(triggered.retry.retryable).toBe(false);
  });

  it('classifies an unknown code by its nearest catch-all', () => {
    const error = parseOurs(200, { stat: 'error', code: 367, error: 'shiny_new_constraint', error_description: 'new' });
    expect(error.code).toBe(367);
    expect(error.kind).toBe('invalid-argument');
    expect(isIdentityRegistrationError(error, 360)).toBe(false);
    expect(isIdentityRegistrationFamily(error, IdentityRegistrationCode.ConstraintViolation)).toBe(true);
    expect(isIdentityRegistrationFamily(error, 300)).toBe(true);
    expect(isIdentityRegistrationFamily(error, 340)).toBe(false);
  });

  it('gives unknown auth codes a cautious default and codes outside the scheme kind unknown', () => {
    const auth = parseOurs(200, { stat: 'error', code: 418, error: 'x', error_description: 'x' });
    expect([auth.kind, auth.action]).toEqual(['unauthenticated', 'none']);
    expect(isIdentityRegistrationFamily(auth, 400)).toBe(true);
    const outside = parseOurs(200, { stat: 'error', code: 7, error: 'x', error_description: 'x' });
    expect([outside.kind, outside.action]).toEqual(['unknown', 'none']);
    expect(isIdentityRegistrationFamily(outside, 100)).toBe(false);
  });

  it('reads a numeric string code, and uses 0 when neither the code nor the error string names one', () => {
    expect(parseOurs(200, { stat: 'error', code: '352', error: 'password_unacceptable' }).code).toBe(352);
    const missing = parseOurs(200, { stat: 'error', error: 'mystery' });
    expect(missing.code).toBe(0);
    expect(missing.kind).toBe('unknown');
    expect(missing.message).toBe('mystery');
    expect(parseOurs(200, { stat: 'error', code: 12.5 }).code).toBe(0);
  });

  it('prefers error_description, then message, then the error string for the developer message', () => {
    expect(parseOurs(200, { stat: 'error', code: 310, error: 'record_not_found', message: 'No such user' }).message).toBe('No such user');
    expect(parseOurs(200, { stat: 'error', code: 310, error: 'record_not_found', error_description: '' }).message).toBe('record_not_found');
    expect(parseOurs(200, { stat: 'error', code: 310 }).message).toBe('Registration error 310');
  });
});

describe('request ids', () => {
  it('reads request_token, prefers request_id, and falls back to headers', () => {
    expect(parseOurs(200, { stat: 'error', code: 100, request_token: 'tok0123456789abc' }).requestId).toBe('tok0123456789abc');
    expect(parseOurs(200, { stat: 'error', code: 100, request_token: 'token', request_id: 'id' }).requestId).toBe('id');
    expect(parseOurs(200, { stat: 'error', code: 100, request_id: '   ' }, { 'x-request-id': 'hdr-1' }).requestId).toBe('hdr-1');
    expect(parseOurs(200, { stat: 'error', code: 100, request_id: 'x'.repeat(300) }).requestId).toBeUndefined();
  });
});

describe('field issues and code-specific fields', () => {
  it('turns invalid_fields into one issue per message', () => {
    const error = parseOurs(200, {
      stat: 'error',
      code: 390,
      error: 'invalid_form_fields',
      error_description: 'some fields are invalid',
      invalid_fields: { emailAddress: ['Email address is already in use.'], password: ['Too short', 'Needs a digit'], nickname: 'Taken', bad: 5 },
    });
    expect(error.kind).toBe('invalid-argument');
    expect(error.action).toBe('user-action');
    expect(error.issues).toEqual([
      { path: ['emailAddress'], code: 'invalid_form_fields', message: 'Email address is already in use.' },
      { path: ['password'], code: 'invalid_form_fields', message: 'Too short' },
      { path: ['password'], code: 'invalid_form_fields', message: 'Needs a digit' },
      { path: ['nickname'], code: 'invalid_form_fields', message: 'Taken' },
    ]);
    expect(error.details.tooManyAttempts).toBeUndefined();
  });

  it('reports the 390 sign-in lockout as rate limiting', () => {
    const error = parseOurs(
      200,
      {
        stat: 'error',
        code: 390,
        error: 'invalid_form_fields',
        error_description: 'The data submitted did not pass form validation',
        invalid_fields: { signInForm: ['Too many attempts. Please try again later.'] },
      },
      { ...JSON_HEADERS, 'retry-after': '60' },
    );
    expect(error.details.tooManyAttempts).toBe(true);
    expect(error.kind).toBe('resource-exhausted');
    expect(error.action).toBe('retry-after');
    expect(error.retry.retryAfterMs).toBe(60_000);
    expect(error.publicMessage).toBe('Too many attempts. Please try again later.');
  });

  it('keeps every documented extra field, typed, in details', () => {
    expect(parseOurs(200, { stat: 'error', code: 221, application_id: 'app123' }).details.applicationId).toBe('app123');
    expect(parseOurs(200, { stat: 'error', code: 222, type_name: 'user' }).details.typeName).toBe('user');
    expect(parseOurs(200, { stat: 'error', code: 234, attribute_name: 'uuid' }).details.attributeName).toBe('uuid');
    const mismatch = parseOurs(200, {
      stat: 'error',
      code: 330,
      attribute_name: 'lastUpdated',
      actual_value: '2024-01-01 00:00:00',
      supplied_value: '2023-01-01 00:00:00',
    });
    expect(mismatch.kind).toBe('aborted');
    expect(mismatch.details).toMatchObject({ attributeName: 'lastUpdated', actualValue: '2024-01-01 00:00:00', suppliedValue: '2023-01-01 00:00:00' });
    const redirect = parseOurs(200, { stat: 'error', code: 420, expected_value: 'https://a.example/cb', supplied_value: 'https://b.example/cb' });
    expect(redirect.details).toMatchObject({ expectedValue: 'https://a.example/cb', suppliedValue: 'https://b.example/cb' });
    const inUse = parseOurs(200, { stat: 'error', code: 380, error: 'email_address_in_use', existing_provider: 'google' });
    expect(inUse.details.existingProvider).toBe('google');
    expect(inUse.action).toBe('user-action');
    expect(parseOurs(200, { stat: 'error', code: 330, actual_value: { nested: true } }).details.actualValue).toBeUndefined();
  });

  it('upgrades 310 in social sign-in (prereg data present) to a user action', () => {
    const plain = parseOurs(200, { stat: 'error', code: 310, error: 'record_not_found' });
    expect([plain.kind, plain.action]).toEqual(['not-found', 'none']);
    const social = parseOurs(200, { stat: 'error', code: 310, error: 'record_not_found', prereg_fields: { email: 'a@b.example' } });
    expect(social.action).toBe('user-action');
    expect(social.details.preregFields).toEqual({ email: 'a@b.example' });
    expect(parseOurs(200, { stat: 'error', code: 310, prereg_attributes: { name: 'A' } }).details.preregAttributes).toEqual({ name: 'A' });
  });

  it('keeps __proto__ keys as data and pollutes nothing', () => {
    const error = parseOurs(200, '{"stat":"error","code":390,"__proto__":{"polluted":1},"invalid_fields":{"__proto__":["bad"],"constructor":["also bad"]}}');
    expect(error.issues.map((issue) => issue.path)).toEqual([['__proto__'], ['constructor']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(error.details)).toBe(Object.prototype);
  });

  it('caps the number of issues', () => {
    const fields: Record<string, string[]> = {};
    for (let i = 0; i < 500; i++) fields[`f${String(i)}`] = ['bad', 'worse'];
    expect(parseOurs(200, { stat: 'error', code: 390, invalid_fields: fields }).issues).toHaveLength(100);
  });
});

describe('serialization', () => {
  it('maps an HTTP 200 error to a problem status from its kind and keeps the upstream status', () => {
    const error = parseOurs(200, { stat: 'error', code: 361, error: 'unique_violation', error_description: 'dup', request_id: 'r1' });
    const problem = error.toProblem();
    expect(problem).toMatchObject({ status: statusOfKind('already-exists'), upstreamStatus: 200, code: 361, vendor: 'identity-registration', requestId: 'r1' });
    expect(problem.type).toBe('urn:errata:identity-registration:361');
    expect(isApiError(error)).toBe(true);
    expect(error.toJSON()).toMatchObject({ vendor: 'identity-registration', code: 361, kind: 'already-exists' });
    expect(error.body).toMatchObject({ code: 361 });
  });
});
