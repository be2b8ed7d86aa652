import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyJson, exceedsDepth, isJsonObject, JsonRejection, numberField, parseJson, parseJsonValue, stringField } from './json.ts';

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
    expect(exceedsDepth([[cyclic]], 1000)).toBe(true);
  });

  it('measures nesting exactly', () => {
    expect(exceedsDepth({}, 1)).toBe(false);
    expect(exceedsDepth({}, 0)).toBe(true);
    expect(exceedsDepth({ a: [{ b: 1 }] }, 3)).toBe(false);
    expect(exceedsDepth({ a: [{ b: 1 }] }, 2)).toBe(true);
    expect(exceedsDepth([1, 2, 3, 4, 5, 6, 7, 8, 9, [10]], 1)).toBe(true);
  });

  // Issue #12, item 4: a depth-24 DAG of 26 objects took 1.2 s, doubling per level.
  it('walks shared objects once', () => {
    let node: unknown = { leaf: 1 };
    for (let level = 0; level < 24; level++) node = { a: node, b: node };
    const started = performance.now();
    expect(exceedsDepth(node, 64)).toBe(false);
    expect(exceedsDepth(node, 24)).toBe(true);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('a shared object still counts at every depth it is reached from', () => {
    const shared = { x: { y: {} } };
    // Reached at depth 1 first (height 3 fits a limit of 4), then at depth 3 (3 + 3 > 4).
    expect(exceedsDepth({ near: shared, far: { deeper: { shared } } }, 4)).toBe(true);
    expect(exceedsDepth({ near: shared, far: { deeper: { shared } } }, 6)).toBe(false);
  });

  it('never throws: what cannot be read counts as too deep', () => {
    const fail = (): never => {
      throw new Error('trap');
    };
    expect(exceedsDepth(new Proxy({}, { ownKeys: fail, get: fail }), 64)).toBe(true);
    expect(exceedsDepth(Object.defineProperty({}, 'a', { enumerable: true, get: fail }), 64)).toBe(true);
    expect(exceedsDepth({}, Number.NaN)).toBe(true);
  });
});

describe('copyJson', () => {
  it('copies JSON data and keeps its shape', () => {
    const value = JSON.parse('{"a": [1, "x", true, null, {"b": {}}], "__proto__": 1}') as unknown;
    const copy = copyJson(value);
    expect(copy).toEqual(value);
    expect(copy).not.toBe(value);
    expect(Object.keys(copy as object)).toEqual(['a', '__proto__']);
  });

  it('gives the JSON form of values JSON cannot hold', () => {
    expect(copyJson({ u: undefined, f: () => 1, s: Symbol('s'), n: Number.NaN, i: -Infinity, b: 12n, list: [undefined, Symbol('x')] })).toEqual({
      n: null,
      i: null,
      b: 12,
      list: [null, null],
    });
    expect(copyJson(Symbol('s'))).toMatchObject({ reason: 'invalid' });
    expect(copyJson(undefined)).toMatchObject({ reason: 'invalid' });
  });

  it('holds the depth and the JSON length to the limits, and refuses cycles', () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(copyJson(cyclic)).toMatchObject({ reason: 'too-deep' });
    expect(copyJson([[[1]]], { maxDepth: 2 })).toMatchObject({ reason: 'too-deep' });
    expect(copyJson([[[1]]], { maxDepth: 3 })).toEqual([[[1]]]);
    expect(copyJson({ text: 'x'.repeat(100) }, { maxLength: 50 })).toMatchObject({ reason: 'too-large' });
    expect(copyJson('x'.repeat(100), { maxLength: 50 })).toMatchObject({ reason: 'too-large' });
  });

  it('refuses what it cannot read, without throwing', () => {
    const fail = (): never => {
      throw new Error('trap');
    };
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    for (const value of [new Proxy({}, { ownKeys: fail }), new Proxy([], { get: fail }), revocable.proxy, Object.defineProperty({}, 'a', { enumerable: true, get: fail })]) {
      expect(copyJson({ inner: value })).toMatchObject({ reason: 'invalid' });
    }
  });
});

describe('field readers', () => {
  const body = JSON.parse('{"message": "m", "code": 5, "nan": "x", "big": 1e400}') as Record<string, unknown>;

  it('read only well-typed own fields', () => {
    expect(isJsonObject(body)).toBe(true);
    expect(isJsonObject([])).toBe(false);
    expect(isJsonObject(null)).toBe(false);
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(isJsonObject(revoked.proxy)).toBe(false);
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

describe('nesting is checked on the text', () => {
  it('counts brackets inside strings as text, not nesting', () => {
    const text = JSON.stringify({ note: '['.repeat(500), list: Array.from({ length: 100 }, () => []) });
    expect(parseJson(text).ok).toBe(true);
  });

  it('refuses deep text before JSON.parse, even when it is not valid JSON', () => {
    expect(parseJson('['.repeat(1_000_000))).toEqual({ ok: false, reason: 'too-deep' });
    const started = performance.now();
    expect(parseJson(`${'['.repeat(500_000)}${']'.repeat(500_000)}`)).toEqual({ ok: false, reason: 'too-deep' });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('handles escaped quotes inside strings', () => {
    // The texts: ["\\", "\"[[[", [[[…]]]] (deep) and ["\"[[[…["] (one string).
    expect(parseJson(`["\\\\", "\\"[[[", ${'['.repeat(70)}${']'.repeat(70)}]`)).toEqual({ ok: false, reason: 'too-deep' });
    expect(parseJson(`["\\"${'['.repeat(100)}"]`).ok).toBe(true);
  });

  it('ends a string after an even run of backslashes, not after an odd one', () => {
    // ["a\\\\", [[[…]]]]: four backslashes, the string ends and the brackets after it count.
    expect(parseJson(`["a${'\\'.repeat(4)}", ${'['.repeat(70)}${']'.repeat(70)}]`)).toEqual({ ok: false, reason: 'too-deep' });
    // ["a\\\\\"[[[…"]: five, the quote is escaped and the brackets are text.
    expect(parseJson(`["a${'\\'.repeat(5)}"${'['.repeat(100)}"]`).ok).toBe(true);
    // Many escaped quotes in one string, then real nesting.
    expect(parseJson(`["${'\\"'.repeat(200)}", ${'['.repeat(70)}${']'.repeat(70)}]`)).toEqual({ ok: false, reason: 'too-deep' });
  });

  it('judges depth as a walk of the parsed value does, whatever the strings hold (property)', () => {
    const strings = fc.string({ unit: fc.constantFrom('"', '\\', '[', '{', ']', '}', 'a', ' ') });
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, strings, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(strings, tie('node'), { maxKeys: 3 })),
    })).node;
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 6 }), (parsed, maxDepth) => {
        const text = JSON.stringify(parsed);
        // Long enough that the text scan runs (shorter texts cannot nest past the limit).
        const padded = `${text}${' '.repeat(2 * maxDepth + 1)}`;
        const result = parseJson(padded, { maxDepth });
        expect(result.ok).toBe(!exceedsDepth(parsed, maxDepth));
      }),
      { numRuns: 300 },
    );
  });

  it('clamps invalid limits instead of disabling them', () => {
    const deep = `${'['.repeat(65)}${']'.repeat(65)}`;
    for (const maxDepth of [Number.NaN, -1, '3' as unknown as number]) expect(parseJson(deep, { maxDepth })).toEqual({ ok: false, reason: 'too-deep' });
    expect(parseJson(`${'['.repeat(2000)}${']'.repeat(2000)}`, { maxDepth: Infinity })).toEqual({ ok: false, reason: 'too-deep' });
    expect(parseJson('"x"', { maxLength: Number.NaN }).ok).toBe(true);
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
