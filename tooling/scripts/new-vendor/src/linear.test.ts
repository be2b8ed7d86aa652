// Linear time on adversarial bodies: core's check times the walk at 1 MiB and 4 MiB (at most 6x for
// 4x the input) and the public path on 1 MiB of text.
import { checkBodyFamily, fill, type BodyFamily } from '@errata/core/testing';
import { createParseContext, viewOf } from '@errata/core/vendor';
import { describe, expect, it } from 'vitest';
import { parseView } from './parse.ts';
import { __CAMEL__ } from './vendor.ts';

const context = createParseContext(0);
const walk = (parsed: unknown): unknown => parseView(viewOf({ status: 400, headers: {}, body: parsed }), context);
const parse = (text: string): unknown => __CAMEL__.parse({ status: 400, headers: { 'content-type': 'application/json' }, body: text });

const families: readonly BodyFamily[] = [
  { name: 'a long message', text: (size) => fill(size, '{"error": {"code": "INTERNAL", "message": "', 'x', '"}}'), walk, parse },
  { name: 'a long code', text: (size) => fill(size, '{"error": {"message": "m", "code": "', 'A', '"}}'), walk, parse },
  { name: 'many sibling fields', text: (size) => fill(size, '{"error": {"code": "INTERNAL", "message": "m"', (index) => `,"f${String(index)}":0`, '}}'), walk, parse },
];

describe('linear time on adversarial bodies', () => {
  it.each(families.map((family) => [family.name, family] as const))('%s', (_name, family) => {
    expect(checkBodyFamily(family)).toEqual({ ok: true, detail: 'ok' });
  });
});
