import { describe, expectTypeOf, it } from 'vitest';
import { annotate, createApiError, type ApiError, type ApiErrorInit } from './apiError.ts';
import type { ParseOptions } from './defineVendor.ts';
import { networkErrorOf, type NetworkError } from './networkError.ts';
import type { ProblemDetails } from './toProblem.ts';
import type { RequestContext } from './requestContext.ts';
import type { SerializedApiError } from './toSerialized.ts';
import type { BodyError } from './view.ts';

describe('the request context and the cause option (#14)', () => {
  it('is an optional field of the error, its init, toJSON and toProblem', () => {
    expectTypeOf<ApiError['request']>().toEqualTypeOf<RequestContext | undefined>();
    expectTypeOf<ApiErrorInit<'x', 1, undefined>['request']>().toEqualTypeOf<RequestContext | undefined>();
    expectTypeOf<SerializedApiError['request']>().toEqualTypeOf<RequestContext | undefined>();
    expectTypeOf<ProblemDetails['request']>().toEqualTypeOf<RequestContext | undefined>();
    expectTypeOf<RequestContext>().toEqualTypeOf<{ readonly method?: string; readonly url?: string; readonly attempts: number; readonly totalDelayMs: number }>();
  });

  it('needs attempts and totalDelayMs', () => {
    // @ts-expect-error: attempts and totalDelayMs are required
    createApiError({ vendor: 'x', code: 1, kind: 'internal', status: 500, message: '', request: { url: 'https://x.test' } });
  });

  it('networkErrorOf takes the vendor alone or { expectedVendor, request }', () => {
    expectTypeOf(networkErrorOf(new Error('x'), 'discord')).toEqualTypeOf<NetworkError>();
    expectTypeOf(networkErrorOf(new Error('x'), { expectedVendor: 'discord', request: { attempts: 1, totalDelayMs: 0 } })).toEqualTypeOf<NetworkError>();
    // @ts-expect-error: not a vendor name or options
    networkErrorOf(new Error('x'), 5);
  });

  it('annotate keeps the error type; ParseOptions takes any cause', () => {
    const error = networkErrorOf(new Error('x'));
    expectTypeOf(annotate(error, { cause: new Error('y'), request: { attempts: 2, totalDelayMs: 10 } })).toEqualTypeOf<NetworkError>();
    expectTypeOf<ParseOptions['cause']>().toEqualTypeOf<unknown>();
  });

  it("BodyError says 'consumed'", () => {
    expectTypeOf<'consumed'>().toExtend<BodyError>();
  });
});
