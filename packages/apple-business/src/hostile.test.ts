// Issue #12: the code that walks Apple's error arrays, contexts and details, renders templates and
// builds field paths is total and bounded on any JavaScript value, not only on JSON.parse output.
import { isApiError, type ApiError } from '@errata/core';
import { createApiError, createParseContext } from '@errata/core/vendor';
import { describe, expect, it } from 'vitest';
import { cyclic, endless, hostileValues, throwingGetters, trapAll, viewWithBody } from '@errata/core/testing';
import { appleBusiness } from './vendor.ts';
import { fieldPath } from './fieldPath.ts';
import { isAppleBusinessError, isAppleBusinessReason, isAppleBusinessResource } from './guard.ts';
import { appleBusinessItems } from './items.ts';
import { MAX_ITEMS } from './parse.ts';
import { MAX_CONTEXT_KEYS, MAX_FIELD_VALUES, readItem } from './readItem.ts';
import { MAX_RENDERED_LENGTH, renderMessage } from './renderMessage.ts';
import type { AppleBusinessError, AppleBusinessListDetails } from './types.ts';

const context = createParseContext(1_700_000_000_000);
// Each hostile value in every place the walkers look.
const items = (value: unknown): unknown[] => [
  value,
  { code: 'X__Y', message: value },
  { code: 'X__Y', message: '{{a}}', context: value },
  { code: 'X__Y', message: '{{a}}', context: { a: value } },
  { code: 'X__Y', message: '{{a}}', context: { a: [value, 'b'] } },
  { code: 'X__Y', details: value },
  { code: 'X__Y', details: { submitted: value, other: value } },
  { code: 'X__Y', details: { submitted: [value, { field: value, value }] } },
];

function list(error: ApiError | undefined): AppleBusinessListDetails {
  if (!isAppleBusinessError(error) || error.details.format !== 'error-list') throw new Error('expected an error list');
  return error.details;
}

describe('parsing hostile parsed bodies', () => {
  it('parseView and detect never throw, in any position', () => {
    for (const value of hostileValues) {
      for (const body of [value, [value], ...items(value).map((item) => [item]), { error: value }, { code: value }]) {
        const view = viewWithBody(body);
        expect(() => appleBusiness.detect(view)).not.toThrow();
        const result = appleBusiness.parseView(view, context);
        expect(result === undefined || isApiError(result)).toBe(true);
      }
    }
  });

  it('parse never throws on any value, and what it returns serializes', () => {
    for (const value of hostileValues) {
      for (const status of [0, 400, 503]) {
        for (const body of [value, [value], ...items(value).map((item) => [item])]) {
          const error = appleBusiness.parse({ status, body });
          expect(error === undefined || isApiError(error)).toBe(true);
          expect(() => JSON.stringify(error)).not.toThrow();
        }
      }
    }
  });

  it('skips items that throw and keeps the rest', () => {
    const good = { code: 'LOCATION__NOT_FOUND', message: "Resource not found for Apple-generated '{{id}}'", context: { id: '42' } };
    const error = appleBusiness.parseView(viewWithBody([trapAll, throwingGetters(['code']), good]), context);
    expect(list(error).errors.map((item) => item.code)).toEqual(['LOCATION__NOT_FOUND']);
    expect(error?.message).toBe("Resource not found for Apple-generated '42'");
  });

  it('reads a sparse array of 2³² − 1 slots by index, up to the caps', () => {
    const started = performance.now();
    expect(appleBusiness.parseView(viewWithBody(endless), context)).toBeUndefined();
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    sparse[0] = { code: 'A__B', details: { submitted: endless } };
    const details = list(appleBusiness.parseView(viewWithBody(sparse), context));
    expect(details.errors).toHaveLength(1);
    expect(details.omitted).toBe(2 ** 32 - 1 - MAX_ITEMS);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('caps the items, the context and the detail lists, counting the items left out', () => {
    const many = Array.from({ length: MAX_ITEMS + 5 }, () => ({ code: 'A__B' }));
    const details = list(appleBusiness.parse({ status: 400, body: JSON.stringify(many) }));
    expect(details.errors).toHaveLength(MAX_ITEMS);
    expect(details.omitted).toBe(5);
    const wide = Object.fromEntries(Array.from({ length: 1000 }, (_, index) => [`k${String(index)}`, index]));
    const item = readItem({ code: 'A__B', context: wide, details: { ...wide, submitted: Array.from({ length: MAX_FIELD_VALUES + 1 }, () => ({ field: '/a' })) } });
    expect(Object.keys(item.context)).toHaveLength(MAX_CONTEXT_KEYS);
    expect(Object.keys(item.details?.other ?? {})).toHaveLength(MAX_CONTEXT_KEYS);
    expect(item.details?.submitted).toHaveLength(MAX_FIELD_VALUES);
  });
});

describe('renderMessage and fieldPath on hostile values', () => {
  it('renderMessage never throws and stays within the cap', () => {
    for (const value of hostileValues) {
      for (const ctx of [value, { a: value }, { a: [value, 1] }, cyclic({ a: 'x' }, 'b')]) {
        const out = renderMessage('{{a}} {{b}} {{ a }}', ctx as Record<string, unknown>);
        expect(out.length).toBeLessThanOrEqual(MAX_RENDERED_LENGTH + 1);
      }
    }
    expect(renderMessage('[{{a}}]', throwingGetters(['a']))).toBe('[{{a}}]');
    expect(renderMessage('{{a}}', { a: endless }).length).toBeLessThanOrEqual(MAX_RENDERED_LENGTH + 1);
  });

  it('formats a huge list only as far as the message can show', () => {
    const huge = Array.from({ length: 1_000_000 }, (_, index) => index);
    const started = performance.now();
    expect(renderMessage('{{v}}', { v: huge })).toHaveLength(MAX_RENDERED_LENGTH + 1);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('fieldPath is bounded on any string', () => {
    for (const field of ['', '/'.repeat(100_000), '['.repeat(100_000), `/${'a/'.repeat(100_000)}`, '~'.repeat(5000)]) expect(fieldPath(field).length).toBeLessThanOrEqual(64);
  });
});

describe('client helpers on hostile errors', () => {
  const forged = (details: unknown): AppleBusinessError => createApiError({ vendor: 'apple-business', code: 'A__B', kind: 'unknown', status: 400, message: '', details: details as never });

  it('guards and appleBusinessItems never throw, whatever details hold', () => {
    for (const value of [...hostileValues, { errors: trapAll }, { errors: endless }, { errors: [trapAll, { code: 'A__B' }] }, { reason: trapAll }]) {
      const error = forged(value);
      expect(() => isAppleBusinessReason(error, 'B')).not.toThrow();
      expect(() => isAppleBusinessResource(error, 'A')).not.toThrow();
      expect(appleBusinessItems(error).length).toBeLessThanOrEqual(MAX_ITEMS);
    }
    expect(appleBusinessItems(forged({ errors: [trapAll, { code: 'A__B' }] })).map((item) => item.code)).toEqual(['A__B']);
    for (const value of hostileValues) expect(appleBusinessItems(value)).toEqual([]);
  });
});
