// Never throws: hostile JavaScript values as already-parsed bodies, and as values for the guard.
import { cyclic, forgedBrand, hostileValues, throwingGetters, trapAll, trapAllArray, viewWithBody } from '@errata/core/testing';
import { createParseContext } from '@errata/core/vendor';
import { describe, expect, it } from 'vitest';
import { is__PASCAL__Error } from './guard.ts';
import { detect, parseView } from './parse.ts';

const context = createParseContext(0);
const bodies = (value: unknown): unknown[] => [value, { error: value }, { error: { code: value, message: value } }, { error: { code: 'X', message: 'm', target: value } }];

describe('hostile values', () => {
  it('detect and parseView never throw', () => {
    const values = [...hostileValues, trapAll, trapAllArray, cyclic({ a: 1 }), throwingGetters(['error', 'code', 'message', 'target']), { error: throwingGetters(['code', 'message']) }];
    for (const value of values) {
      for (const body of bodies(value)) {
        const view = viewWithBody(body);
        expect(() => detect(view)).not.toThrow();
        expect(() => parseView(view, context)).not.toThrow();
      }
    }
  });

  it('the guard is false for anything that is not one of its errors', () => {
    for (const value of [...hostileValues, forgedBrand, { vendor: '__NAME__', code: 'NOT_FOUND' }]) expect(is__PASCAL__Error(value)).toBe(false);
  });
});
