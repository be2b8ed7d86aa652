import { describe, expect, it } from 'vitest';
import { httpErrorOf } from './httpError.ts';
import { networkErrorOf } from './networkError.ts';
import { readResponse, viewOf } from './view.ts';

const NOW = 1_700_000_000_000;

describe('httpErrorOf', () => {
  it('picks a developer message from common JSON shapes', () => {
    const cases: [unknown, string][] = [
      [{ message: 'm1' }, 'm1'],
      [{ error: { message: 'm2' } }, 'm2'],
      [{ error: 'invalid_grant', error_description: 'm3' }, 'm3'],
      [{ error: 'm4' }, 'm4'],
      [{ title: 'm5' }, 'm5'],
      [{ other: 1 }, 'HTTP 400 with an unrecognized JSON body'],
    ];
    for (const [body, message] of cases) expect(httpErrorOf(viewOf({ status: 400, body }), NOW).message).toBe(message);
  });

  it('describes empty and non-JSON bodies and keeps an excerpt', () => {
    expect(httpErrorOf(viewOf({ status: 502 }), NOW).message).toBe('HTTP 502 with an empty body');
    const html = httpErrorOf(viewOf({ status: 403, headers: { 'content-type': 'text/html' }, body: `<html>${'x'.repeat(1000)}</html>` }), NOW);
    expect(html.message).toBe('HTTP 403 with a body that is not JSON (text/html)');
    expect(html.details.excerpt).toHaveLength(256);
  });

  it('says why a body read stopped early, in the message and in details.bodyError', async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"message":"cut'));
      },
    });
    const view = await readResponse(new Response(stalled, { status: 502, headers: { 'content-type': 'application/json' } }), { timeoutMs: 20 });
    const error = httpErrorOf(view, NOW);
    expect(error.message).toBe('HTTP 502: the body did not arrive in time');
    expect(error.details).toMatchObject({ jsonFailure: 'incomplete', bodyError: 'timeout', excerpt: '{"message":"cut' });
    const uncloneable = { status: 503, headers: new Headers(), url: '', bodyUsed: false, body: {}, clone: () => { throw new TypeError('locked'); } };
    const unreadable = httpErrorOf(await readResponse(uncloneable as never), NOW);
    expect(unreadable.message).toBe('HTTP 503: the body could not be read');
    expect(unreadable.details.bodyError).toBe('unreadable');
    // A whole JSON object that arrived before the stop is still read.
    expect(httpErrorOf(viewOf({ status: 500, body: '{"message":"whole"}' }), NOW).details.bodyError).toBeUndefined();
  });

  // Issue #14: a body another consumer had read was reported as "HTTP 403 with an empty body".
  it('says a consumed body was read by another consumer, never that it was empty', async () => {
    const used = new Response('{"code":50013,"message":"Missing Permissions"}', { status: 403, headers: { 'content-type': 'application/json' } });
    await used.text();
    const error = httpErrorOf(await readResponse(used), NOW);
    expect(error.message).toMatch(/^HTTP 403: the body was already read by another consumer \(bodyUsed\)/);
    expect(error.message).toContain('parse({ status, headers, body })');
    expect(error.message).not.toContain('empty');
    // Nothing was seen, so there is no JSON verdict and no excerpt: only why.
    expect(error.details).toEqual({ contentType: 'application/json', bodyError: 'consumed' });
    expect(error.toJSON().details).toEqual(error.details);
    expect(error.toProblem().detail).toBe(error.message);
  });

  it('uses Retry-After, rate-limit headers and request ids', () => {
    const error = httpErrorOf(
      viewOf({ status: 429, headers: { 'retry-after': '3', 'x-ratelimit-remaining': '0', 'cf-ray': '8a1b-AMS' }, body: '' }),
      NOW,
    );
    expect(error.retry).toEqual({ retryable: true, retryAfterMs: 3000, retryAt: NOW + 3000, source: 'header' });
    expect(error.action).toBe('retry-after');
    expect(error.rateLimit).toEqual({ remaining: 0 });
    expect(error.requestId).toBe('8a1b-AMS');
  });

  it('does not retry client errors even with a Retry-After header', () => {
    expect(httpErrorOf(viewOf({ status: 400, headers: { 'retry-after': '3' } }), NOW).retry.retryable).toBe(false);
  });

  it('records the type of a problem+json body', () => {
    const error = httpErrorOf(viewOf({ status: 404, headers: { 'content-type': 'application/problem+json' }, body: { type: 'https://x.test/nf', title: 'Not here' } }), NOW);
    expect(error.details.problemType).toBe('https://x.test/nf');
    expect(error.message).toBe('Not here');
  });
});

describe('networkErrorOf', () => {
  it('classifies timeouts, aborts and other failures', () => {
    expect(networkErrorOf(new DOMException('t', 'TimeoutError'))).toMatchObject({ code: 'timeout', kind: 'deadline-exceeded', status: 0, retry: { retryable: true } });
    expect(networkErrorOf(new DOMException('a', 'AbortError'))).toMatchObject({ code: 'aborted', kind: 'cancelled', retry: { retryable: false } });
    const refused = networkErrorOf(new TypeError('fetch failed'), 'discord');
    expect(refused).toMatchObject({ vendor: 'network', code: 'unreachable', kind: 'unavailable', details: { expectedVendor: 'discord' } });
    expect(networkErrorOf('weird').code).toBe('unreachable');
  });
});
