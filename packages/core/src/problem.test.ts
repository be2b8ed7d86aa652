import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApiError } from './apiError.ts';
import { parseProblemType, problemType } from './problemType.ts';
import { fromProblem, rehydrate } from './rehydrate.ts';
import { toProblem } from './toProblem.ts';

const error = createApiError({
  vendor: 'discord',
  code: 50035,
  kind: 'invalid-argument',
  status: 400,
  message: 'Invalid Form Body',
  retry: { retryable: false },
  issues: [{ path: ['embeds', 0, 'title'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }],
  requestId: 'r-1',
  details: { nested: true },
});

describe('toProblem', () => {
  it('writes RFC 9457 members and errata extensions', () => {
    expect(toProblem(error)).toEqual({
      type: 'urn:errata:discord:50035',
      title: 'The request contains invalid information.',
      status: 400,
      detail: 'Invalid Form Body',
      vendor: 'discord',
      code: 50035,
      kind: 'invalid-argument',
      action: 'none',
      retryable: false,
      issues: error.issues,
      requestId: 'r-1',
      details: { nested: true },
    });
  });

  it('can drop the detail, set an instance, a status and a type base', () => {
    const problem = error.toProblem({ includeDetail: false, instance: '/req/1', status: 502, typeBase: 'https://errors.example.test/' });
    expect(problem.detail).toBeUndefined();
    expect(problem.instance).toBe('/req/1');
    expect(problem.status).toBe(502);
    expect(problem.upstreamStatus).toBe(400);
    expect(problem.type).toBe('https://errors.example.test/discord:50035');
  });

  it('uses the kind for errors that came with a success status', () => {
    const sentWith200 = createApiError({ vendor: 'reg', code: 200, kind: 'invalid-argument', status: 200, message: 'missing argument' });
    expect(sentWith200.toProblem()).toMatchObject({ status: 400, upstreamStatus: 200 });
  });

  it('writes retry times as ISO strings and survives impossible ones', () => {
    const retrying = createApiError({ vendor: 'x', code: 'y', kind: 'unavailable', status: 503, message: '', retry: { retryable: true, retryAfterMs: 1000, retryAt: 0 } });
    expect(retrying.toProblem().retryAt).toBe('1970-01-01T00:00:00.000Z');
    const broken = createApiError({ vendor: 'x', code: 'y', kind: 'unavailable', status: 503, message: '', retry: { retryable: true, retryAt: Number.MAX_VALUE } });
    expect(broken.toProblem().retryAt).toBeUndefined();
  });

  it('gives the message as the error redacts it, once, and still redacts a hand-made error', () => {
    const token = 'ghp_0123456789abcdefABCDEF0123456789abcd';
    const parsed = createApiError({ vendor: 'x', code: 'y', kind: 'unauthenticated', status: 401, message: `bad token ${token}` });
    expect(parsed.toProblem().detail).toBe(parsed.message);
    expect(parsed.toProblem().detail).not.toContain(token);
    const handMade = { ...parsed, message: `bad token ${token}`, publicMessage: parsed.publicMessage, retry: parsed.retry, issues: parsed.issues } as unknown as typeof parsed;
    expect(toProblem(handMade).detail).toBe(parsed.message);
  });

  it('writes every retry time exactly as Date#toISOString does (its own formatter for years 0000–9999)', () => {
    const retryAtOf = (retryAt: number): string | undefined =>
      createApiError({ vendor: 'x', code: 'y', kind: 'unavailable', status: 503, message: '', retry: { retryable: true, retryAt } }).toProblem().retryAt;
    const edges = [0, 1, 999, 86_399_999, 86_400_000, 951_782_400_000, 951_868_799_999, 4_107_542_400_000, 253_402_300_799_999, 253_402_300_800_000, -1, -62_198_755_200_000, 8.64e15, -8.64e15, 1.5, 1_700_000_000_000.9];
    for (const time of edges) expect(retryAtOf(time), String(time)).toBe(new Date(time).toISOString());
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 253_402_300_799_999 }), fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.double({ min: -8.64e15, max: 8.64e15, noNaN: true })), (time) => {
        expect(retryAtOf(time)).toBe(new Date(time).toISOString());
        // Twice in a row: the second answer comes from the one-entry cache.
        expect(retryAtOf(time)).toBe(new Date(time).toISOString());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('problemType', () => {
  it('round-trips vendor and code, escaping separators', () => {
    expect(parseProblemType(problemType('a:b', 'c/d'))).toEqual({ vendor: 'a:b', code: 'c/d' });
    expect(parseProblemType('about:blank')).toBeUndefined();
    expect(parseProblemType('urn:errata:%E0%A4%A')).toBeUndefined();
  });
});

describe('fromProblem', () => {
  it('rebuilds an errata problem', () => {
    const back = fromProblem(JSON.parse(JSON.stringify(error.toProblem())));
    expect(back && [back.vendor, back.code, back.kind, back.status, back.message, back.requestId]).toEqual(['discord', 50035, 'invalid-argument', 400, 'Invalid Form Body', 'r-1']);
    expect(back?.issues).toEqual(error.issues);
  });

  it('reads any other problem as vendor "problem"', () => {
    const back = fromProblem({ type: 'https://example.com/probs/out-of-credit', title: 'You do not have enough credit.', status: 403, detail: 'Your balance is 30, but that costs 50.' });
    expect(back).toMatchObject({ vendor: 'problem', code: 'https://example.com/probs/out-of-credit', kind: 'permission-denied', status: 403, message: 'Your balance is 30, but that costs 50.' });
  });

  it('refuses values that are not problems', () => {
    expect(fromProblem(null)).toBeUndefined();
    expect(fromProblem([])).toBeUndefined();
    expect(fromProblem({ hello: 'world' })).toBeUndefined();
  });
});

describe('rehydrate', () => {
  it('rebuilds from toJSON output after a JSON round trip', () => {
    const back = rehydrate(JSON.parse(JSON.stringify(error)));
    expect(back?.toJSON()).toEqual(error.toJSON());
  });

  it('rebuilds after structuredClone strips the prototype', () => {
    const back = rehydrate(structuredClone(error.toJSON()));
    expect(back?.code).toBe(50035);
  });

  it('returns errors unchanged and refuses junk', () => {
    expect(rehydrate(error)).toBe(error);
    for (const junk of [null, 1, 'x', [], { errata: 1 }, { errata: 1, vendor: 'x', code: {}, status: 400 }, { errata: 2, vendor: 'x', code: 1, status: 1 }]) {
      expect(rehydrate(junk)).toBeUndefined();
    }
  });

  it('drops fields of the wrong type instead of trusting them', () => {
    const back = rehydrate({ errata: 1, vendor: 'x', code: 1, status: 400, kind: 'teapot', action: 'dance', retry: { retryable: 'yes' }, issues: [{ path: 'a' }], rateLimit: { limit: '5', global: true } });
    expect(back).toMatchObject({ kind: 'invalid-argument', action: 'none', retry: { retryable: false }, issues: [], rateLimit: { global: true } });
  });
});
