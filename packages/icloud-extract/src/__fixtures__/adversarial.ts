// Adversarial input families for the linearity test and bench. Each builds a valid JSON text of
// exactly `size` characters that drives one walker (params → issues, device lists) as hard as it
// can. `walk` runs this package's code on the already-parsed body (what the growth test times:
// JSON.parse is V8's and is not linear across cache sizes on every machine); `parse` is the whole
// public path from text, for the bench's absolute 1 MiB figure.
import { rehydrate, type ParseOptions } from '@errata/core';
import { fill, viewWithBody, type BodyFamily } from '@errata/core/testing';
import { createParseContext } from '@errata/core/vendor';
import { nextStep } from '../nextStep.ts';
import { icloudExtract } from '../vendor.ts';
import type { IcloudExtractError } from '../types.ts';

const headers = { 'content-type': 'application/json' };
const context = createParseContext(0);

/** Read caps raised so a 1 MiB body is parsed, not cut at the 256 KiB default. */
export const LARGE_BODY: ParseOptions = { maxBodyBytes: 2 * 1024 * 1024, maxLength: 2 * 1024 * 1024 };

/** One adversarial family (the shape core's linearity helpers take). */
export type Family = BodyFamily;

const parseView = (parsed: unknown): unknown => icloudExtract.parseView(viewWithBody(parsed), context);
const parseText = (text: string): unknown => icloudExtract.parse({ status: 400, headers, body: text }, LARGE_BODY);
const body = (code: string, field: string, open: string, unit: string | ((index: number) => string), close: string) => (size: number): string =>
  fill(size, `{"error":"${code}","message":"Bad.","${field}":${open}`, unit, `${close}}`);
const http = (name: string, text: Family['text'], baseline?: Family['baseline']): Family => ({ name, text, walk: parseView, parse: parseText, ...(baseline === undefined ? {} : { baseline }) });
// Object.keys of the body's `params` object.
const paramKeys = (parsed: unknown): unknown => Object.keys((parsed as { params: object }).params);

function nextStepOf(parsed: unknown): unknown {
  const error = rehydrate(parsed);
  return error === undefined ? undefined : nextStep(error as IcloudExtractError);
}

export const families: readonly Family[] = [
  http('params: object of many names', body('invalid-parameter', 'params', '{"p":"x"', (i) => `,"p${String(i)}":"x"`, '}'), paramKeys),
  http('params: object of many empty objects', body('invalid-parameter', 'params', '{"p":{}', (i) => `,"p${String(i)}":{}`, '}'), paramKeys),
  http('params: list of many nulls', body('invalid-parameter', 'params', '[null', ',null', ']')),
  http('params: list of many empty lists', body('invalid-parameter', 'params', '[[]', ',[]', ']')),
  http('params: nested lists, wide at the bottom', body('invalid-parameter', 'params', '[[[[[[[[[["x"', ',"x"', ']]]]]]]]]]')),
  http('params: one huge message', body('invalid-parameter', 'params', '{"user":"', 'x', '"}')),
  http('params: braces in names', body('invalid-parameter', 'params', '{"{{":"x"', (i) => `,"{{${String(i)}}":"{"`, '}'), paramKeys),
  http('devices: list of many names', body('choice-required', 'devices', '["d"', ',"d"', ']')),
  http('devices: list of many objects', body('choice-required', 'devices', '[{}', ',{"id":"d","name":"n"}', ']')),
  http('devices: one huge label', body('choice-required', 'devices', '[{"name":"', 'x', '"}]')),
  {
    name: 'devices: rehydrated details (nextStep)',
    text: (size) => fill(size, '{"errata":1,"vendor":"icloud-extract","code":"choice-required","status":0,"details":{"devices":[{}', ',{"index":0,"id":"d"}', ']}}'),
    walk: nextStepOf,
    parse: (text) => nextStepOf(JSON.parse(text)),
  },
];
