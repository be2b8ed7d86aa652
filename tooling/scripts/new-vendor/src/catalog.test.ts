import { isAction, isKind } from '@errata/core';
import { describe, expect, it } from 'vitest';
import { __CAMEL__Catalog, describe__PASCAL__Code } from './catalog.ts';
import * as Codes from './codes.ts';
import { policyOf } from './policy.ts';

describe('__CAMEL__Catalog', () => {
  it('has one entry per code constant, in their order, named as the constant', () => {
    expect(__CAMEL__Catalog.entries.map((entry) => [entry.name, entry.code])).toEqual(Object.entries(Codes));
  });

  it('every entry is well-formed and its policy is the parser\'s', () => {
    for (const entry of __CAMEL__Catalog.entries) {
      expect(isKind(entry.policy.kind)).toBe(true);
      expect(isAction(entry.policy.action)).toBe(true);
      expect(entry.policy).toBe(policyOf(entry.code));
      expect(entry.provenance.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(describe__PASCAL__Code(entry.code)).toBe(entry);
    }
  });

  it('finds nothing for unknown codes and non-codes', () => {
    for (const code of ['nope', '__proto__', 'constructor', 404, null, undefined, {}]) expect(describe__PASCAL__Code(code)).toBeUndefined();
    expect(policyOf('toString')).toBeUndefined();
  });
});
