import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identityRegistrationCatalog } from './catalog.ts';
import type { IdentityRegistrationFamilies, IdentityRegistrationFamily } from './family.ts';
import { ancestorsOf, IdentityRegistrationRoot, isInFamily, parentOf, rootOf } from './hierarchy.ts';

const DOCUMENTED_CODES = identityRegistrationCatalog.entries.map((entry) => entry.code);

const ROOTS: readonly number[] = Object.values(IdentityRegistrationRoot);
const CATCH_ALLS = DOCUMENTED_CODES.filter((code) => code % 10 === 0);

describe('ancestorsOf', () => {
  it.each([
    [367, [360, 300]],
    [363, [360, 300]],
    [360, [300]],
    [352, [300]],
    [355, [300]],
    [342, [340, 300]],
    [214, [210, 200]],
    [219, [210, 200]],
    [229, [200]],
    [234, [200]],
    [150, [100]],
    [415, [400]],
    [480, [400]],
    [499, [400]],
    [510, [500]],
    [517, [510, 500]],
    [599, [500]],
    [1234, [500]],
    [100, []],
    [300, []],
    [400, []],
    [500, []],
  ])('%i → %j', (code, expected) => {
    expect(ancestorsOf(code)).toEqual(expected);
  });

  it.each([0, 42, 99, -1, -367, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('has nothing for %d, which is outside the scheme', (code) => {
    expect(ancestorsOf(code)).toEqual([]);
    expect(rootOf(code)).toBeUndefined();
    expect(parentOf(code)).toBeUndefined();
  });

  it('skips multiples of 10 that are not defined codes (220, 350, 410, …)', () => {
    expect(parentOf(225)).toBe(200);
    expect(parentOf(413)).toBe(400);
    expect(parentOf(371)).toBe(300);
  });
});

describe('rootOf', () => {
  it('follows the documented ranges, with 500 covering everything above', () => {
    expect([100, 199, 200, 299, 300, 399, 400, 499, 500, 999, 10_000].map(rootOf)).toEqual([100, 100, 200, 200, 300, 300, 400, 400, 500, 500, 500]);
  });
});

describe('isInFamily', () => {
  it('matches the family itself and everything below it', () => {
    expect(isInFamily(360, 360)).toBe(true);
    expect(isInFamily(361, 360)).toBe(true);
    expect(isInFamily(369, 360)).toBe(true);
    expect(isInFamily(361, 300)).toBe(true);
    expect(isInFamily(361, 340)).toBe(false);
    expect(isInFamily(300, 360)).toBe(false);
    // 300–399 is not nested under 200 even though the docs call 200–399 "invalid argument".
    expect(isInFamily(361, 200)).toBe(false);
    expect(isInFamily(50, 50)).toBe(false);
  });
});

// The type-level family table, written out as values so the runtime can check it.
const FAMILIES: { readonly [F in IdentityRegistrationFamily]: readonly IdentityRegistrationFamilies[F][] } = {
  100: [100],
  200: [200, 201, 205, 210, 211, 212, 213, 214, 221, 222, 223, 224, 226, 232, 233, 234],
  210: [210, 211, 212, 213, 214],
  300: [300, 310, 320, 330, 340, 341, 342, 352, 360, 361, 362, 363, 380, 390],
  310: [310],
  320: [320],
  330: [330],
  340: [340, 341, 342],
  360: [360, 361, 362, 363],
  380: [380],
  390: [390],
  400: [402, 403, 413, 414, 415, 416, 417, 420, 480],
  420: [420],
  480: [480],
  500: [500, 510, 540],
  510: [510],
  540: [540],
};

describe('the family table behind the family guard', () => {
  it('has one family per catch-all code plus the auth root', () => {
    expect(Object.keys(FAMILIES).map(Number).sort((a, b) => a - b)).toEqual([...CATCH_ALLS, 400].sort((a, b) => a - b));
  });

  it.each(Object.entries(FAMILIES))('family %s lists exactly the known codes the hierarchy puts under it', (family, members) => {
    const expected = DOCUMENTED_CODES.filter((code) => isInFamily(code, Number(family)));
    expect(members).toEqual(expected);
  });
});

describe('properties', () => {
  const inScheme = fc.integer({ min: 100, max: 100_000 });

  it('every code in the scheme, known or not, has an ancestry that ends at its range root', () => {
    fc.assert(
      fc.property(inScheme, (code) => {
        const root = rootOf(code);
        const lineage = [code, ...ancestorsOf(code)];
        expect(root).toBeDefined();
        expect(lineage.at(-1)).toBe(root);
      }),
    );
  });

  it('every known code ends at its range root, and 400 stands in for the auth range', () => {
    for (const code of DOCUMENTED_CODES) {
      expect([code, ...ancestorsOf(code)].at(-1)).toBe(rootOf(code));
    }
  });

  it('ancestors strictly decrease, are catch-alls or roots, and number at most three', () => {
    fc.assert(
      fc.property(fc.oneof(inScheme, fc.integer(), fc.double()), (code) => {
        const ancestors = ancestorsOf(code);
        expect(ancestors.length).toBeLessThanOrEqual(3);
        let previous = code;
        for (const ancestor of ancestors) {
          expect(ancestor).toBeLessThan(previous);
          expect(CATCH_ALLS.includes(ancestor as never) || ROOTS.includes(ancestor)).toBe(true);
          expect(isInFamily(code, ancestor)).toBe(true);
          previous = ancestor;
        }
      }),
    );
  });
});
