import type { FieldIssue } from '@errata/core';
import { viewOf } from '@errata/core/vendor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doublingTree, sharedLongKeyTree, sharedTree, TEXT_FAMILIES } from './__fixtures__/fieldErrorFamilies.ts';
import { growthAgainst, KiB, MiB } from './__fixtures__/growth.ts';
import { discord, flattenFieldErrors, isDiscordError, MAX_FIELD_ISSUE_CHARS, MAX_FIELD_ISSUES } from './index.ts';
import { throwingProxy } from '@errata/core/testing';

const LEAF = { code: 'BASE_TYPE_REQUIRED', message: 'This field is required' };

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable([], {});
  revoke();
  return proxy;
}

function throwingGetter(key: string, extra: Record<string, unknown> = {}): object {
  return Object.defineProperty({ ...extra }, key, {
    enumerable: true,
    get(): never {
      throw new Error('getter');
    },
  });
}

function textSize(issues: readonly FieldIssue[]): number {
  let size = 0;
  for (const issue of issues) {
    size += issue.code.length + issue.message.length;
    for (const part of issue.path) size += typeof part === 'string' ? part.length : 1;
  }
  return size;
}

describe('flattenFieldErrors on hostile values', () => {
  const hostile: [string, unknown][] = [
    ['a Proxy that throws on every trap', throwingProxy({})],
    ['an array Proxy that throws on every trap', throwingProxy([])],
    ['a revoked Proxy', revokedProxy()],
    ['a throwing getter', throwingGetter('field')],
    ['a throwing message getter', throwingGetter('message')],
    ['a field holding a throwing Proxy', { field: throwingProxy({}) }],
    ['an _errors list that is a throwing Proxy', { field: { _errors: throwingProxy([]) } }],
    ['a BigInt', 10n],
    ['BigInt leaves', { field: { _errors: [{ code: 1n, message: 2n }, { code: 'X', message: 3n }] } }],
    ['a Symbol', Symbol('x')],
    ['Symbol keys and values', { [Symbol('k')]: { _errors: [LEAF] }, field: Symbol('v') }],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a function', () => 1],
    ['a sparse array of length 2^32-1', Object.assign([], { length: 2 ** 32 - 1 })],
    ['a forged array-like', { length: 1e9, 0: LEAF }],
  ];

  it.each(hostile)('never throws on %s', (_name, value) => {
    expect(Array.isArray(flattenFieldErrors(value))).toBe(true);
  });

  it('keeps the issues found before a throwing getter', () => {
    const tree = { first: { _errors: [LEAF] }, ...{}, second: throwingGetter('_errors') };
    expect(flattenFieldErrors(tree)).toEqual([{ path: ['first'], ...LEAF }]);
  });

  it('walks frozen trees and gives the same issues', () => {
    const tree = { embeds: { 0: { title: { _errors: [LEAF] } } } };
    const frozen = Object.freeze({ embeds: Object.freeze({ 0: Object.freeze({ title: Object.freeze({ _errors: Object.freeze([Object.freeze({ ...LEAF })]) }) }) }) });
    expect(flattenFieldErrors(frozen)).toEqual(flattenFieldErrors(tree));
    expect(flattenFieldErrors(frozen)).toEqual([{ path: ['embeds', 0, 'title'], ...LEAF }]);
  });

  it('ends on cycles, through fields and through _errors lists', () => {
    const node: Record<string, unknown> = { _errors: [LEAF] };
    node.self = node;
    const list: unknown[] = [LEAF];
    list.push({ _errors: list });
    expect(flattenFieldErrors(node).length).toBeGreaterThan(0);
    expect(flattenFieldErrors({ _errors: list }).length).toBeGreaterThan(0);
  });

  it('keeps its budgets when a getter flattens again from inside the walk', () => {
    let inner = 0;
    const tree = sharedTree(1000);
    const reentrant = Object.defineProperty({}, 'field', {
      enumerable: true,
      get(): unknown {
        inner += flattenFieldErrors(sharedTree(10)).length;
        return tree;
      },
    });
    expect(flattenFieldErrors({ a: reentrant, b: reentrant, c: reentrant }).length).toBe(MAX_FIELD_ISSUES);
    expect(inner).toBeGreaterThan(0);
  });

  it('takes __proto__ and constructor keys as field names only', () => {
    const tree = JSON.parse('{"__proto__":{"_errors":[{"code":"A","message":"a"}]},"constructor":{"prototype":{"_errors":[{"code":"B","message":"b"}]}}}') as unknown;
    expect(flattenFieldErrors(tree).map((issue) => issue.path)).toEqual([['__proto__'], ['constructor', 'prototype']]);
    expect(({} as Record<string, unknown>).code).toBeUndefined();
  });

  it('never throws on any JSON value or object fast-check can build', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.object({ withBigInt: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true })), (value) => {
        const issues = flattenFieldErrors(value);
        expect(issues.length).toBeLessThanOrEqual(MAX_FIELD_ISSUES);
      }),
      { numRuns: 300 },
    );
  });
});

describe('flattenFieldErrors caps', () => {
  it('reads canonical digit keys as positions and keeps other digit strings as keys', () => {
    const tree = { 0: { 12: { 123456789: { _errors: [LEAF] } } }, '007': { 1234567890: { _errors: [LEAF] } }, '-1': { _errors: [LEAF] } };
    expect(flattenFieldErrors(tree).map((issue) => issue.path)).toEqual([[0, 12, 123_456_789], ['007', '1234567890'], ['-1']]);
  });

  it('stops at MAX_FIELD_ISSUES', () => {
    const tree = { content: { _errors: Array.from({ length: 10_000 }, () => LEAF) } };
    expect(flattenFieldErrors(tree)).toHaveLength(MAX_FIELD_ISSUES);
  });

  it('cuts long keys, codes and messages', () => {
    const long = 'x'.repeat(100_000);
    const [issue] = flattenFieldErrors({ [long]: { _errors: [{ code: long, message: long }] } });
    expect(issue?.path[0]).toBe('x'.repeat(256));
    expect(issue?.code).toHaveLength(256);
    expect(issue?.message).toHaveLength(2048);
  });

  it('keeps the issues of a shared long key within MAX_FIELD_ISSUE_CHARS', () => {
    const issues = flattenFieldErrors(sharedLongKeyTree(50, 100_000));
    expect(issues.length).toBeGreaterThan(0);
    expect(textSize(issues)).toBeLessThanOrEqual(MAX_FIELD_ISSUE_CHARS);
    // The same through the parser from text: paths repeat ancestors' keys, the total still holds.
    const deepKeys = `{"code":50035,"message":"Invalid Form Body","errors":${'{"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk":'.repeat(55)}{"_errors":[${Array.from({ length: 200 }, () => '{"code":"X","message":"m"}').join(',')}]}${'}'.repeat(55)}}`;
    const parsed = discord.parse({ status: 400, body: deepKeys });
    expect(isDiscordError(parsed, 50035) && textSize(parsed.issues)).toBeLessThanOrEqual(MAX_FIELD_ISSUE_CHARS);
  });

  it('walks shared subtrees a bounded number of times', () => {
    expect(flattenFieldErrors(sharedTree(100_000))).toHaveLength(MAX_FIELD_ISSUES);
    const start = performance.now();
    flattenFieldErrors(doublingTree(60));
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('flattening is linear (time at 4x the size <= 6x, best of several runs)', () => {
  const options = { maxBodyBytes: 4 * MiB, maxLength: 4 * MiB };
  const headers = { 'content-type': 'application/json' };
  const parse = (text: string): unknown => discord.parse({ status: 400, headers, body: text }, options);
  // Core's read of the same text (JSON.parse and its limits): what any parse pays before ours starts.
  const read = (text: string): unknown => viewOf({ status: 400, headers, body: text }, options).json();

  describe.each(Object.entries(TEXT_FAMILIES))('%s', (_name, build) => {
    const small = build(256 * KiB);
    const large = build(MiB);

    it('flattens the parsed tree', () => {
      const smallTree = (JSON.parse(small) as { errors: object }).errors;
      const largeTree = (JSON.parse(large) as { errors: object }).errors;
      // The walk itself is bounded (10,000 values, 200 issues), but it starts by listing the root's
      // keys, and V8 lists the keys of a large (dictionary-mode) object in more than linear time:
      // Object.keys alone grows ~15x from 2,900 to 11,400 keys (the wide family).
      const growth = growthAgainst(flattenFieldErrors, Object.keys, smallTree, largeTree);
      expect(growth.work).toBeLessThanOrEqual(Math.max(6, 1.5 * growth.baseline));
      // A generous absolute cap (the bench holds the 20 ms budget).
      const start = performance.now();
      flattenFieldErrors(largeTree);
      expect(performance.now() - start).toBeLessThan(100);
    });

    it('parses the whole body from text, adding nothing superlinear to core reading it', () => {
      expect(isDiscordError(parse(large), 50035)).toBe(true);
      // JSON.parse of 1 MiB grows a little faster than linear on a busy machine (GC); ours must not add to it.
      const growth = growthAgainst(parse, read, small, large);
      expect(growth.work).toBeLessThanOrEqual(Math.max(6, 1.5 * growth.baseline));
    });
  });

  it('shared references in an already-parsed body', () => {
    const none = (): undefined => undefined;
    // Root width is the wide family's business (see above); here the subtree shared by every field grows.
    expect(growthAgainst(flattenFieldErrors, none, sharedTree(1024, 16 * KiB), sharedTree(4096, 64 * KiB)).work).toBeLessThanOrEqual(6);
    expect(growthAgainst(flattenFieldErrors, none, sharedLongKeyTree(64, 64 * KiB), sharedLongKeyTree(256, 256 * KiB)).work).toBeLessThanOrEqual(6);
    expect(growthAgainst(flattenFieldErrors, none, doublingTree(15), doublingTree(60)).work).toBeLessThanOrEqual(6);
  });
});
