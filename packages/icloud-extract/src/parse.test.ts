import { isApiError, type HttpError } from '@errata/core';
import { buildResponse } from '@errata/core/testing';
import { describe, expect, it } from 'vitest';
import { describeIcloudExtractCode } from './catalog.ts';
import { IcloudExtractCode } from './icloudExtractCode.ts';
import { isIcloudExtractError } from './guard.ts';
import { icloudExtract } from './vendor.ts';
import { buildIcloudErrorResponse, icloudErrorParts } from './testing.ts';
import type { IcloudExtractError, KnownCode } from './types.ts';

const NOW = 1_750_000_000_000;
const json = { 'content-type': 'application/json' };

function parse(status: number, body: unknown, headers: Record<string, string> = json): IcloudExtractError | HttpError | undefined {
  return icloudExtract.parse({ status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) }, { now: NOW });
}

function parseOwn(status: number, body: unknown, headers?: Record<string, string>): IcloudExtractError {
  const error = parse(status, body, headers);
  if (!isIcloudExtractError(error)) throw new Error(`expected a riCloud error, got ${JSON.stringify(error)}`);
  return error;
}

describe('icloudExtract.parse: the {error, message, params} body', () => {
  it('reads a documented code with its message', () => {
    const error = parseOwn(400, { error: 'invalid-body', message: 'The request body is not valid JSON.' });
    expect(error).toMatchObject({
      vendor: 'icloud-extract',
      code: 'invalid-body',
      kind: 'invalid-argument',
      action: 'fix-request',
      status: 400,
      message: 'The request body is not valid JSON.',
      retry: { retryable: false },
      details: { origin: 'http' },
    });
    expect(isApiError(error)).toBe(true);
    expect(error.body).toEqual({ error: 'invalid-body', message: 'The request body is not valid JSON.' });
  });

  it.each(Object.values(IcloudExtractCode))('parses %s with the kind, action and retryability of the catalog', (code: KnownCode) => {
    const entry = describeIcloudExtractCode(code);
    const error = parseOwn(entry.statuses[0] ?? 400, { error: code, message: 'm' });
    expect(error.code).toBe(code);
    expect(error.kind).toBe(entry.policy.kind);
    expect(error.action).toBe(entry.policy.action);
    expect(error.retry.retryable).toBe(entry.policy.retryable);
    expect(isIcloudExtractError(error, code)).toBe(true);
  });

  it('gives end-user messages that name no codes for the user-facing codes', () => {
    const error = parseOwn(400, { error: 'icloud-terms-not-accepted', message: 'Terms not accepted' });
    expect(error.publicMessage).toMatch(/terms/i);
    expect(error.publicMessage).not.toContain('icloud-terms');
    // Codes meant for developers fall back to core's generic text for their kind.
    expect(parseOwn(403, { error: 'missing-scope', message: 'x' }).publicMessage).toBe('You do not have permission to do this.');
  });

  it('uses a default message when the body has none', () => {
    expect(parseOwn(403, { error: 'missing-scope' }).message).toBe('riCloud http error "missing-scope"');
    expect(parseOwn(403, { error: 'missing-scope', message: '' }).message).toBe('riCloud http error "missing-scope"');
  });

  it('keeps unknown codes and takes kind and retry from the status', () => {
    const error = parseOwn(503, { error: 'brand-new-code', message: 'soon' }, { ...json, 'retry-after': '30' });
    expect(error.code).toBe('brand-new-code');
    expect(error.kind).toBe('unavailable');
    expect(error.retry).toEqual({ retryable: true, retryAfterMs: 30_000, retryAt: NOW + 30_000, source: 'header' });
    expect(parseOwn(400, { error: 'init_failed', message: 'x' }).kind).toBe('invalid-argument');
  });

  it('derives the action of an unknown code from its kind and advice, as core does for every vendor', () => {
    expect(parseOwn(400, { error: 'init_failed', message: 'x' }).action).toBe('fix-request');
    expect(parseOwn(401, { error: 'brand-new-code', message: 'x' }).action).toBe('reauthenticate');
    expect(parseOwn(403, { error: 'brand-new-code', message: 'x' }).action).toBe('none');
    expect(parseOwn(503, { error: 'brand-new-code', message: 'x' }).action).toBe('retry');
    expect(parseOwn(503, { error: 'brand-new-code', message: 'x' }, { ...json, 'retry-after': '30' }).action).toBe('retry-after');
  });

  it('a retryable code that gets a Retry-After is retried after it (action retry-after)', () => {
    const error = parseOwn(500, { error: 'task-error', message: 'x' }, { ...json, 'retry-after': '5' });
    expect(error.retry).toEqual({ retryable: true, retryAfterMs: 5_000, retryAt: NOW + 5_000, source: 'header' });
    expect(error.action).toBe('retry-after');
    expect(parseOwn(500, { error: 'task-error', message: 'x' }).action).toBe('retry');
  });

  it('switches on the code, not the status: the same code reads the same under any status', () => {
    for (const status of [400, 401, 403, 409, 422, 500]) {
      const error = parseOwn(status, { error: 'code-required', message: 'x' });
      expect(error.kind).toBe('unauthenticated');
      expect(error.action).toBe('user-action');
    }
  });

  it('keeps the request id and, on 429, the rate-limit snapshot', () => {
    const error = parseOwn(429, { error: 'limit-exceeded', message: 'Monthly account limit reached' }, { ...json, 'x-request-id': 'req-1', 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '0' });
    expect(error.requestId).toBe('req-1');
    expect(error.rateLimit).toMatchObject({ limit: 10, remaining: 0 });
    expect(error.retry.retryable).toBe(false);
  });

  it('reads a fetch Response from a clone, leaving the body unread', async () => {
    const response = buildIcloudErrorResponse({ code: 'missing-scope', message: 'Key lacks scope' });
    const error = await icloudExtract.parse(response);
    expect(isIcloudExtractError(error, IcloudExtractCode.MissingScope)).toBe(true);
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ error: 'missing-scope', message: 'Key lacks scope' });
  });
});

describe('invalid-parameter params → field issues', () => {
  it('turns an object keyed by parameter name into issues and keeps params raw', () => {
    const params = { 'source.type': 'Unknown source type.', payload: { code: ['Must be 6 digits.', 'Must be numeric.'] } };
    const error = parseOwn(400, { error: 'invalid-parameter', message: 'Invalid parameters.', params });
    expect(error.issues).toEqual([
      { path: ['source.type'], code: 'invalid-parameter', message: 'Unknown source type.' },
      { path: ['payload', 'code'], code: 'invalid-parameter', message: 'Must be 6 digits.' },
      { path: ['payload', 'code'], code: 'invalid-parameter', message: 'Must be numeric.' },
    ]);
    expect(error.details.params).toEqual(params);
  });

  it('reads a list of names, a list of described items and a single name', () => {
    expect(parseOwn(400, { error: 'invalid-parameter', message: 'Bad.', params: ['user', 'source'] }).issues).toEqual([
      { path: ['user'], code: 'invalid-parameter', message: 'Bad.' },
      { path: ['source'], code: 'invalid-parameter', message: 'Bad.' },
    ]);
    expect(parseOwn(400, { error: 'invalid-parameter', message: 'Bad.', params: [{ param: 'user', message: 'Required.', error: 'required' }] }).issues).toEqual([
      { path: ['user'], code: 'required', message: 'Required.' },
    ]);
    expect(parseOwn(400, { error: 'invalid-parameter', message: 'Bad.', params: 'user' }).issues).toEqual([{ path: ['user'], code: 'invalid-parameter', message: 'Bad.' }]);
  });

  it('uses the body message for parameters without their own, and nests paths with indexes', () => {
    const error = parseOwn(400, { error: 'invalid-parameter', message: 'Bad.', params: { tasks: [{ info_type: null }, 'x'] } });
    expect(error.issues).toEqual([
      { path: ['tasks', 0, 'info_type'], code: 'invalid-parameter', message: 'Bad.' },
      { path: ['tasks'], code: 'invalid-parameter', message: 'x' },
    ]);
  });

  it('caps the number of issues', () => {
    const params: Record<string, string> = {};
    for (let i = 0; i < 500; i++) params[`p${String(i)}`] = 'bad';
    expect(parseOwn(400, { error: 'invalid-parameter', message: 'Bad.', params }).issues).toHaveLength(100);
  });

  it('does not let __proto__ keys pollute anything', () => {
    const text = '{"error":"invalid-parameter","message":"Bad.","params":{"__proto__":{"polluted":"yes"},"constructor":"x"}}';
    const error = parseOwn(400, text);
    expect(error.issues.map((issue) => issue.path)).toEqual([['__proto__', 'polluted'], ['constructor']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives no issues when params is absent', () => {
    expect(parseOwn(400, { error: 'invalid-parameter', message: 'Bad.' }).issues).toEqual([]);
  });
});

describe('choice-required and the legacy 2fa-required', () => {
  // Recorded by the official client's v1 test fixtures (see the reference file).
  const legacy = {
    error: '2fa-required',
    message: 'This account has Two Factor authentication enabled, please select a device to challenge.',
    data: { trustedDevices: ['********02'], key: 'ae354ef8-b7b6-4a40-843f-96dddff3c64f' },
  };

  it('recognizes the legacy 409 body and exposes the trusted devices', () => {
    const error = parseOwn(409, legacy);
    expect(error).toMatchObject({ code: '2fa-required', status: 409, kind: 'unauthenticated', action: 'user-action' });
    expect(error.details.devices).toEqual([{ index: 0, id: '********02', label: '********02', raw: '********02' }]);
    expect(error.details.devicesAt).toBe('data.trustedDevices');
    // The log-in key is not copied into the serialized error.
    expect(JSON.stringify(error)).not.toContain('ae354ef8');
  });

  it('finds a v3 device list in the likely places, typed best effort', () => {
    const devices = [
      { id: 'd1', name: 'iPhone 15' },
      { key: 7, number: '+44 •••• ••02' },
      { something: true },
      42,
      null,
    ];
    const error = parseOwn(400, { error: 'choice-required', message: 'Choose', devices });
    expect(error.details.devices).toEqual([
      { index: 0, id: 'd1', label: 'iPhone 15', raw: devices[0] },
      { index: 1, id: '7', label: '+44 •••• ••02', raw: devices[1] },
      { index: 2, raw: devices[2] },
      { index: 3, id: '42', label: '42', raw: 42 },
      { index: 4, raw: null },
    ]);
    expect(parseOwn(400, { error: 'choice-required', message: 'Choose', choices: ['a'] }).details.devicesAt).toBe('choices');
  });

  it('never requires the device list', () => {
    const error = parseOwn(400, { error: 'choice-required', message: 'Choose' });
    expect(error.details.devices).toEqual([]);
    expect(error.details.devicesAt).toBeUndefined();
  });

  it('caps the device list', () => {
    const devices = Array.from({ length: 100 }, (_, i) => `dev-${String(i)}`);
    expect(parseOwn(400, { error: 'choice-required', message: 'x', devices }).details.devices).toHaveLength(32);
  });
});

describe('code-rate-limited', () => {
  it('advises waiting at least an hour', () => {
    const error = parseOwn(429, { error: 'code-rate-limited', message: 'Too many attempts' });
    expect(error.retry).toEqual({ retryable: true, retryAfterMs: 3_600_000, retryAt: NOW + 3_600_000, source: 'policy' });
    expect(error.action).toBe('retry-after');
  });

  it('takes a longer Retry-After, but never a shorter one', () => {
    expect(parseOwn(429, { error: 'code-rate-limited', message: 'x' }, { ...json, 'retry-after': '7200' }).retry).toMatchObject({ retryAfterMs: 7_200_000, source: 'header' });
    expect(parseOwn(429, { error: 'code-rate-limited', message: 'x' }, { ...json, 'retry-after': '60' }).retry).toMatchObject({ retryAfterMs: 3_600_000, source: 'policy' });
  });

  it('uses Retry-After on the retryable codes', () => {
    expect(parseOwn(503, { error: 'icloud-service-outage', message: 'x' }, { ...json, 'retry-after': '120' }).retry).toMatchObject({ retryAfterMs: 120_000, source: 'header' });
    expect(parseOwn(500, { error: 'task-error', message: 'x' }).retry).toEqual({ retryable: true });
  });
});

describe('what is not a riCloud error', () => {
  it('returns undefined for successes, even with an error field', () => {
    expect(parse(200, { id: 's1', state: 'failed', error: 'code-required' })).toBeUndefined();
    expect(parse(201, { error: 'code-required', message: 'x' })).toBeUndefined();
  });

  it.each([
    ['HTML from a proxy', '<html><body>502 Bad Gateway</body></html>', { 'content-type': 'text/html' }],
    ['an empty body', '', {}],
    ['truncated JSON', '{"error":"invalid-bo', json],
    ['an OAuth error', JSON.stringify({ error: 'invalid_token', error_description: 'expired' }), json],
    ['a code with capitals', JSON.stringify({ error: 'Invalid Body', message: 'x' }), json],
    ['a non-string error', JSON.stringify({ error: { code: 1 }, message: 'x' }), json],
    ['an array body', '[{"error":"invalid-body"}]', json],
  ])('falls back to the generic HttpError for %s', (_name, body, headers) => {
    const error = parse(502, body, headers);
    expect(error?.vendor).toBe('http');
    expect(error?.status).toBe(502);
  });

  it('detect() claims riCloud bodies only, with specificity 2 (a shape only riCloud sends)', () => {
    const detect = (status: number, body: unknown): number =>
      icloudExtract.detect({ status, headers: { get: () => undefined, entries: () => [] }, text: JSON.stringify(body), truncated: false, url: undefined, json: () => body, jsonFailure: () => undefined });
    expect(detect(400, { error: 'invalid-body', message: 'x' })).toBe(2);
    expect(detect(400, { error: 'invalid-parameter', message: 'x', params: { user: 'Required.' } })).toBe(2);
    expect(detect(400, { error: 'invalid_request', error_description: 'x', message: 'x' })).toBe(0);
    expect(detect(400, { error: 'invalid-body' })).toBe(0);
    expect(detect(400, { code: 50035, message: 'x' })).toBe(0);
    expect(detect(400, [{ code: 'X' }])).toBe(0);
  });

  it('is never shown a success: a 2xx or 3xx with an error body is not an error (errorsWithSuccessStatus: false)', () => {
    expect(icloudExtract.errorsWithSuccessStatus).toBe(false);
    for (const status of [200, 201, 202, 204, 301, 304]) expect(icloudExtract.parse({ status, headers: json, body: '{"error":"code-required","message":"x"}' })).toBeUndefined();
  });

  it('survives hostile headers', () => {
    const headers = { 'content-type': 'application/json', 'retry-after': 'x'.repeat(100_000), 'x-request-id': 'y'.repeat(10_000), 'x-ratelimit-limit': '9'.repeat(5000) };
    const error = parseOwn(429, { error: 'code-rate-limited', message: 'x' }, headers);
    expect(error.retry.retryAfterMs).toBe(3_600_000);
    expect(error.requestId).toBeUndefined();
  });

  it('builds parts that round-trip', () => {
    const error = icloudExtract.parse(icloudErrorParts({ code: 'unconfigured', message: 'Missing storage config' }));
    expect(error).toMatchObject({ vendor: 'icloud-extract', code: 'unconfigured', message: 'Missing storage config' });
  });

  it('parses a status-0 response (no HTTP status known)', () => {
    expect(parseOwn(0, { error: 'task-error', message: 'x' }).status).toBe(0);
  });

  it('works with a real Response built by core', async () => {
    const error = await icloudExtract.parse(buildResponse({ status: 403, body: { error: 'missing-scope', message: 'x' } }));
    expect(error?.code).toBe('missing-scope');
  });
});
