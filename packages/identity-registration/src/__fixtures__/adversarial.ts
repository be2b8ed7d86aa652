// Adversarial input families for the linearity test and bench. Each builds a valid JSON text of
// exactly `size` characters that drives one walker (invalid-field flattening, the body's one pass,
// code recovery and the catch-all lookup, the lockout search) as hard as it can. `walk` runs this
// package's code on the already-parsed body (what the growth test times: JSON.parse is V8's and is
// not linear across cache sizes on every machine); `parse` is the whole public path from text.
import type { ParseOptions } from '@errata/core';
import { fill, viewWithBody, type BodyFamily } from '@errata/core/testing';
import { createParseContext } from '@errata/core/vendor';
import { parseIdentityRegistrationView } from '../parse.ts';
import { identityRegistration } from '../vendor.ts';

const headers = { 'content-type': 'application/json' };
const context = createParseContext(0);

/** Read caps raised so a 1 MiB body is parsed, not cut at the 256 KiB default. */
export const LARGE_BODY: ParseOptions = { maxBodyBytes: 2 * 1024 * 1024, maxLength: 2 * 1024 * 1024 };

/** One adversarial family (the shape core's linearity helpers take). */
export type Family = BodyFamily;

const walk = (parsed: unknown): unknown => parseIdentityRegistrationView(viewWithBody(parsed, 200), context);
const parseText = (text: string): unknown => identityRegistration.parse({ status: 200, headers, body: text }, LARGE_BODY);
const family = (name: string, text: Family['text'], baseline?: Family['baseline']): Family => ({ name, text, walk, parse: parseText, ...(baseline === undefined ? {} : { baseline }) });
const HEAD = '{"stat":"error","code":390,"error":"invalid_form_fields","error_description":"Form did not pass validation"';
const fields = (open: string, unit: string | ((index: number) => string), close: string) => (size: number): string => fill(size, `${HEAD},"invalid_fields":${open}`, unit, `${close}}`);
const keysOf = (key: string) => (parsed: unknown): unknown => Object.keys((parsed as Record<string, object>)[key] ?? {});

export const families: readonly Family[] = [
  family('invalid_fields: many fields, one message each', fields('{"f":["m"]', (i) => `,"f${String(i)}":["m"]`, '}'), keysOf('invalid_fields')),
  family('invalid_fields: many fields, empty lists', fields('{"f":[]', (i) => `,"f${String(i)}":[]`, '}'), keysOf('invalid_fields')),
  family('invalid_fields: one field, many messages', fields('{"f":["m"', ',"m"', ']}')),
  family('invalid_fields: one field, many non-strings', fields('{"f":[null', ',{}', ']}')),
  family('invalid_fields: one huge message', fields('{"f":["', 'x', '"]}')),
  family('body: many unknown top-level keys', (size) => fill(size, HEAD, (i) => `,"k${String(i)}":1`, '}'), (parsed) => Object.keys(parsed as object)),
  family('code: a huge digit string', (size) => fill(size, '{"stat":"error","error":"invalid_credentials","code":"', '9', '"}')),
  family('error name: huge (code recovery)', (size) => fill(size, '{"stat":"error","error":"', 'invalid_', '"}')),
  family('catch-all lookup: unknown code, huge sub_error', (size) => fill(size, '{"stat":"error","code":367,"error":"invalid_request","sub_error":"', 'x', '"}')),
  family('lockout search: 390 with a huge description', (size) => fill(size, '{"stat":"error","code":390,"error_description":"', 'Try again. ', 'too many attempts"}')),
  family('lockout search: many issues, long messages', fields('{"f":[]', (i) => `,"f${String(i)}":["${'.'.repeat(300)} too many attempts"]`, '}'), keysOf('invalid_fields')),
];
