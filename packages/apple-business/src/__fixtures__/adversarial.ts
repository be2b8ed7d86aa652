// Adversarial input families for the linearity test and bench. Each builds a valid JSON text of
// exactly `size` characters that drives one walker (template rendering, field paths and issues,
// the item list, context and details maps) as hard as it can. `walk` runs this package's code on
// the already-parsed body (what the growth test times: JSON.parse is V8's and is not linear across
// cache sizes on every machine); `parse` is the whole public path from text.
import type { ParseOptions } from '@errata/core';
import { createParseContext } from '@errata/core/vendor';
import { appleBusiness } from '../vendor.ts';
import { fill, viewWithBody, type BodyFamily } from '@errata/core/testing';

const headers = { 'content-type': 'application/json' };
const context = createParseContext(0);

/** Read caps raised so a 1 MiB body is parsed, not cut at the 256 KiB default. */
export const LARGE_BODY: ParseOptions = { maxBodyBytes: 2 * 1024 * 1024, maxLength: 2 * 1024 * 1024 };

/** One adversarial family (the shape core's linearity helpers take). */
export type Family = BodyFamily;

const walk = (parsed: unknown): unknown => appleBusiness.parseView(viewWithBody(parsed, 400), context);
const parseText = (text: string): unknown => appleBusiness.parse({ status: 400, headers, body: text }, LARGE_BODY);
const family = (name: string, text: Family['text'], baseline?: Family['baseline']): Family => ({ name, text, walk, parse: parseText, ...(baseline === undefined ? {} : { baseline }) });
/** One item whose message is `template`: `prefix`, then units, then `suffix`, with `contextJson`. */
const template = (prefix: string, unit: string | ((index: number) => string), suffix: string, contextJson = '{"id":"x"}') => (size: number): string =>
  fill(size, `[{"code":"LOCATION__NOT_FOUND","context":${contextJson},"message":"${prefix}`, unit, `${suffix}"}]`);
const firstItem = (key: string) => (parsed: unknown): unknown => Object.keys((parsed as Record<string, object>[])[0]?.[key] ?? {});
const firstDetails = (parsed: unknown): unknown => Object.keys((parsed as { details: object }[])[0]?.details ?? {});

export const families: readonly Family[] = [
  family('template: unclosed braces', template('{{', '{', '')),
  family('template: {{{{ runs', template('', '{{{{', '')),
  family('template: }} runs', template('', '}}', '')),
  family('template: many known placeholders', template('', '{{id}}', '')),
  family('template: many unknown placeholders', template('', '{{nope}}', '')),
  family('template: one huge placeholder name', template('{{', 'x', '}}')),
  family('template: placeholders, huge value', (size) => fill(size, '[{"code":"X__Y","message":"{{v}}{{v}}{{v}}","context":{"v":"', 'v', '"}}]')),
  family('template: placeholders, huge list value', (size) => fill(size, '[{"code":"X__Y","message":"{{v}} {{v}}","context":{"v":[""', ',""', ']}}]')),
  family('context: many keys', (size) => fill(size, '[{"code":"X__Y","message":"{{k1}}","context":{"k":1', (i) => `,"k${String(i)}":1`, '}}]'), firstItem('context')),
  family('details: many unknown keys', (size) => fill(size, '[{"code":"X__Y","details":{"k":1', (i) => `,"k${String(i)}":1`, '}}]'), firstDetails),
  family('issues: many submitted fields', (size) => fill(size, '[{"code":"VALIDATION__X","details":{"submitted":[{"field":"/a"}', (i) => `,{"field":"/f${String(i)}"}`, ']}}]')),
  family('issues: one deep field path', (size) => fill(size, '[{"code":"VALIDATION__X","details":{"submitted":[{"field":"', '/a[0]', '"}]}}]')),
  family('issues: many long field paths', (size) => fill(size, '[{"code":"VALIDATION__X","details":{"submitted":[{"field":"/a"}', (i) => `,{"field":"/${'x/'.repeat(60)}${String(i)}"}`, ']}}]')),
  family('items: many small items', (size) => fill(size, '[{"code":"A__B"}', ',{"code":"A__B","message":"{{id}}","context":{"id":"1"}}', ']')),
  family('items: many items without a code', (size) => fill(size, '[{"code":"A__B"}', ',{}', ']')),
];
