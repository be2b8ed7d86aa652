import { createRegistry, type ApiError, type RequestContext as CoreRequestContext, type VendorParser } from '@errata/core';
// The shapes this package declares instead of importing the clients and frameworks, checked
// against their real types: each line a user would write compiles as it is, with no cast.
import { discord, failedRequestsHeader } from '@errata/discord';
import axios, { type AxiosInstance } from 'axios';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import ky, { type KyInstance } from 'ky';
import { ofetch, type $Fetch } from 'ofetch';
import { describe, expectTypeOf, it } from 'vitest';
import { errataAxios } from './axios.ts';
import { requestContextOf, type RequestContext } from './context.ts';
import { createFetch } from './createFetch.ts';
import { expressErrorHandler } from './express.ts';
import { fastifyErrorHandler } from './fastify.ts';
import { honoOnError } from './hono.ts';
import { errataKy } from './ky.ts';
import { errataOfetch } from './ofetch.ts';
import { recordError } from './otel.ts';
import { retry } from './retry.ts';
import type { Vendors } from './vendors.ts';

describe('client adapters', () => {
  it('fit ky, ofetch and axios as they are', () => {
    expectTypeOf(ky.create(errataKy(ky, { vendors: discord }))).toEqualTypeOf<KyInstance>();
    expectTypeOf(ky.extend(errataKy(ky, { vendors: createRegistry([discord]), retry: { retryHeaders: failedRequestsHeader } }))).toEqualTypeOf<KyInstance>();
    expectTypeOf(ofetch.create(errataOfetch(ofetch, { vendors: discord }))).toEqualTypeOf<$Fetch>();
    expectTypeOf(errataAxios(axios.create(), { vendors: discord })).toEqualTypeOf<AxiosInstance>();
  });

  it('createFetch is a drop-in fetch', () => {
    const errataFetch = createFetch({ vendors: discord });
    expectTypeOf(errataFetch).toExtend<typeof fetch>();
    expectTypeOf(createFetch({ vendors: discord, fetch: globalThis.fetch })).toEqualTypeOf(errataFetch);
  });

  it('retry keeps the value type of fn', () => {
    expectTypeOf(retry(() => 1)).toEqualTypeOf<Promise<number>>();
    expectTypeOf(retry(() => Promise.resolve('a'))).toEqualTypeOf<Promise<string>>();
  });

  it('requestContextOf reads the context of anything: the type core puts on error.request', () => {
    expectTypeOf(requestContextOf).parameter(0).toBeUnknown();
    expectTypeOf<ReturnType<typeof requestContextOf>>().toEqualTypeOf<RequestContext | undefined>();
    expectTypeOf<RequestContext>().toEqualTypeOf<CoreRequestContext>();
    expectTypeOf<ApiError['request']>().toEqualTypeOf<RequestContext | undefined>();
  });

  it('vendors takes a module whatever its detect answers, or a registry', () => {
    expectTypeOf<VendorParser<ApiError, number>>().toExtend<Vendors>();
    expectTypeOf<VendorParser>().toExtend<Vendors>();
    expectTypeOf(createRegistry([discord])).toExtend<Vendors>();
  });
});

describe('framework handlers', () => {
  it('fit Hono, Express and Fastify as they are', () => {
    new Hono().onError(honoOnError());
    express().use(expressErrorHandler());
    Fastify().setErrorHandler(fastifyErrorHandler());
    // Express needs the four parameters to call it with errors.
    expectTypeOf(expressErrorHandler()).parameters.toHaveProperty('length').toEqualTypeOf<4>();
  });

  it('recordError takes an OpenTelemetry-shaped span', () => {
    const span = { setAttributes: (_: Record<string, string | number | boolean>) => span, addEvent: (_name: string) => span, setStatus: (_: { code: number }) => span };
    recordError(span, new Error('x'));
  });
});
