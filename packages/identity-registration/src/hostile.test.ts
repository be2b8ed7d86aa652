// Issue #12: the code that walks parsed bodies is total and bounded on any JavaScript value, not
// only on JSON.parse output (already-parsed bodies come from callers).
import { isApiError } from '@errata/core';
import { createParseContext } from '@errata/core/vendor';
import { endless, hostileValues, throwingGetters, trapAll, viewWithBody } from '@errata/core/testing';
import { describe, expect, it } from 'vitest';
import { isIdentityRegistrationFamily } from './family.ts';
import { isIdentityRegistrationError } from './guard.ts';
import { invalidFieldIssues, MAX_ISSUES } from './issues.ts';
import { parseIdentityRegistrationView } from './parse.ts';
import { registrationBody } from './recognize.ts';
import { identityRegistration } from './vendor.ts';
import type { FieldIssue } from '@errata/core';

const context = createParseContext(1_700_000_000_000);
const placements = (value: unknown): unknown[] => [value, { email: value }, { email: [value] }, { email: [value, 'Taken'] }, { email: ['Taken'], other: value }];

function flatten(value: unknown): FieldIssue[] {
  const out: FieldIssue[] = [];
  invalidFieldIssues(value, 'invalid_form_fields', out);
  return out;
}

describe('invalid_fields → issues on hostile values', () => {
  it('never throws and stays within the cap', () => {
    for (const value of hostileValues) {
      for (const fields of placements(value)) expect(flatten(fields).length).toBeLessThanOrEqual(MAX_ISSUES);
    }
  });

  it('reads a sparse list of 2³² − 1 slots by index, not whole', () => {
    const started = performance.now();
    expect(flatten({ email: endless })).toEqual([]);
    const filled = Object.assign([], endless, { 0: 'Taken' });
    expect(flatten({ email: filled })).toEqual([{ path: ['email'], code: 'invalid_form_fields', message: 'Taken' }]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('keeps the issues read before a field threw', () => {
    expect(flatten(throwingGetters(['password'], { email: ['Taken'] }))).toEqual([{ path: ['email'], code: 'invalid_form_fields', message: 'Taken' }]);
  });
});

describe('parsing hostile parsed bodies', () => {
  it('parseView and detection never throw', () => {
    for (const value of hostileValues) {
      for (const body of [
        value,
        { stat: value, code: 390, error: 'invalid_form_fields' },
        { stat: 'error', code: value, error: value },
        { stat: 'error', code: 390, error: 'invalid_form_fields', invalid_fields: value },
        { stat: 'error', code: 310, prereg_attributes: value, message: value },
      ]) {
        expect(() => registrationBody(viewWithBody(body, 200))).not.toThrow();
        const result = parseIdentityRegistrationView(viewWithBody(body, 200), context);
        expect(result === undefined || isApiError(result)).toBe(true);
      }
    }
  });

  it('parse never throws on any value, and what it returns serializes', () => {
    for (const value of hostileValues) {
      for (const status of [0, 200, 400]) {
        for (const body of [value, { stat: 'error', code: 390, error: 'invalid_form_fields', invalid_fields: value }, { stat: 'error', code: value, error: 'invalid_credentials', prereg_fields: value }]) {
          const error = identityRegistration.parse({ status, body });
          expect(error === undefined || isApiError(error)).toBe(true);
          expect(() => JSON.stringify(error)).not.toThrow();
        }
      }
    }
  });

  it('keeps the error when only some fields throw', () => {
    const body = throwingGetters(['error_description', 'message', 'request_id'], { stat: 'error', code: 390, error: 'invalid_form_fields', invalid_fields: { email: ['Taken'] } });
    const error = parseIdentityRegistrationView(viewWithBody(body, 200), context);
    expect(error).toMatchObject({ code: 390, message: 'invalid_form_fields', issues: [{ path: ['email'], message: 'Taken' }] });
    expect(registrationBody(viewWithBody(trapAll, 200))).toBeUndefined();
  });

  it('family and code guards never throw on any value', () => {
    for (const value of hostileValues) {
      expect(isIdentityRegistrationFamily(value, 200)).toBe(false);
      expect(isIdentityRegistrationError(value, 210)).toBe(false);
    }
  });
});
