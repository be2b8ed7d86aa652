import { describe, expect, it } from 'vitest';
import { exceedsDepth, isJsonObject, JsonRejection, numberField, parseJson, parseJsonValue, stringField } from './json.ts';

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"code": 10003}')).toEqual({ ok: true, value: { code: 10003 } });
  });

  it('reports why a text is refused instead of throwing', () => {
    expect(parseJson('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseJson('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(parseJson('<html>')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseJson('{"code": 100')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseJson('[1,2,3]', { maxLength: 3 })).toEqual({ ok: false, reason: 'too-large' });
  });

  it('refuses nesting past the depth cap, even when very deep', () => {
    expect(parseJson(`${'['.repeat(65)}${']'.repeat(65)}`)).toEqual({ ok: false, reason: 'too-deep' });
    expect(parseJson(`${'['.repeat(64)}${']'.repeat(64)}`).ok).toBe(true);
    expect(parseJson(`${'{"a":'.repeat(5)}1${'}'.repeat(5)}`, { maxDepth: 4 })).toEqual({ ok: false, reason: 'too-deep' });
    expect(parseJson(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toEqual({ ok: false, reason: 'too-deep' });
  });

  it('keeps __proto__ as an own key without touching any prototype', () => {
    const result = parseJson('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
    expect(result.ok).toBe(true);
    const value = result.ok ? (result.value as Record<string, unknown>) : {};
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});

describe('parseJsonValue', () => {
  it('returns a rejection object that JSON could never produce', () => {
    const rejected = parseJsonValue('nope');
    expect(rejected).toBeInstanceOf(JsonRejection);
    expect((rejected as JsonRejection).reason).toBe('invalid');
    expect(parseJsonValue('null')).toBeNull();
  });
});

describe('exceedsDepth', () => {
  it('terminates on cyclic values', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(exceedsDepth(cyclic, 10)).toBe(true);
    expect(exceedsDepth(5, 0)).toBe(false);
  });
});

describe('field readers', () => {
  const body = JSON.parse('{"message": "m", "code": 5, "nan": "x", "big": 1e400}') as Record<string, unknown>;

  it('read only well-typed own fields', () => {
    expect(isJsonObject(body)).toBe(true);
    expect(isJsonObject([])).toBe(false);
    expect(isJsonObject(null)).toBe(false);
    expect(stringField(body, 'message')).toBe('m');
    expect(stringField(body, 'code')).toBeUndefined();
    expect(numberField(body, 'code')).toBe(5);
    expect(numberField(body, 'big')).toBeUndefined();
    expect(stringField(body, 'toString')).toBeUndefined();
    expect(numberField(body, 'constructor')).toBeUndefined();
  });
});

describe('depth check cost', () => {
  it('accepts wide bodies with many brackets that are not deep', () => {
    const wide = JSON.stringify({ errors: Array.from({ length: 500 }, (_, index) => ({ field: { _errors: [{ code: 'X', message: String(index) }] } })) });
    expect(parseJson(wide).ok).toBe(true);
  });

  it('still finds depth hidden among many brackets', () => {
    const deep = `[${Array.from({ length: 100 }, () => '[]').join(',')},${'['.repeat(70)}${']'.repeat(70)}]`;
    expect(parseJson(deep)).toEqual({ ok: false, reason: 'too-deep' });
  });
});

describe('text that cannot be JSON', () => {
  it('is refused by its first character, with the same reasons as before', () => {
    expect(parseJson(' \n\t')).toEqual({ ok: false, reason: 'empty' });
    expect(parseJson('<!DOCTYPE html>')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseJson('error code: 1015')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseJson('\u00a0{}')).toEqual({ ok: false, reason: 'invalid' });
    for (const text of [' {"a":1}', '[1]', '"s"', '-1', '0', 'true', 'false', 'null']) expect(parseJson(text).ok).toBe(true);
  });
});
