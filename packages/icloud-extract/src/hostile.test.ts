// Issue #12: the code that walks parsed bodies and serialized details is total and bounded on any
// JavaScript value, not only on JSON.parse output (already-parsed bodies and rehydrated errors
// come from callers).
import { isApiError } from '@errata/core';
import { cyclic, endless, hostileValues, revoked, throwingGetters, trapAll, trapAllArray, viewWithBody } from '@errata/core/testing';
import { createApiError, createParseContext } from '@errata/core/vendor';
import { describe, expect, it } from 'vitest';
import { devicesOf, MAX_DEVICES, storedDevices } from './devices.ts';
import { isIcloudExtractError } from './guard.ts';
import { nextStep } from './nextStep.ts';
import { issuesOfParams, MAX_ISSUES } from './params.ts';
import { icloudExtract } from './vendor.ts';
import { errorFromResource } from './resource.ts';
import type { IcloudExtractError } from './types.ts';

const context = createParseContext(1_750_000_000_000);
// Each hostile value alone, and nested where a walker goes looking.
const placements = (value: unknown): unknown[] => [value, [value], [value, 'x'], { a: value }, { a: [value] }, [{ param: value, message: value }], { a: { b: value } }];

describe('params → issues on hostile values', () => {
  it('never throws and stays within the cap', () => {
    for (const value of hostileValues) {
      for (const params of placements(value)) {
        const issues = issuesOfParams(params, 'Bad.');
        expect(issues.length).toBeLessThanOrEqual(MAX_ISSUES);
        for (const issue of issues) expect(issue.path.length).toBeLessThanOrEqual(10);
      }
    }
  });

  it('does not walk a sparse array of 2³² − 1 slots', () => {
    const started = performance.now();
    expect(issuesOfParams(endless, 'Bad.')).toHaveLength(MAX_ISSUES);
    expect(issuesOfParams({ tasks: endless }, 'Bad.')).toHaveLength(MAX_ISSUES);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('keeps the issues read before a field threw', () => {
    const params = throwingGetters(['source'], { user: 'Required.' });
    expect(issuesOfParams(params, 'Bad.')).toEqual([{ path: ['user'], code: 'invalid-parameter', message: 'Required.' }]);
  });
});

describe('device lists on hostile values', () => {
  it('never throws, caps the list and skips items that throw', () => {
    for (const value of hostileValues) {
      for (const body of [{ devices: value }, { devices: [value, 'dev-2'] }, { data: value }, { data: { trustedDevices: value } }]) {
        const { devices } = devicesOf(body);
        expect(devices.length).toBeLessThanOrEqual(MAX_DEVICES);
      }
    }
    expect(devicesOf({ devices: [trapAll, revoked, 'dev-2'] }).devices).toEqual([{ index: 2, id: 'dev-2', label: 'dev-2', raw: 'dev-2' }]);
    expect(devicesOf({ devices: endless }).devices).toHaveLength(MAX_DEVICES);
    expect(devicesOf(throwingGetters(['devices', 'data']))).toEqual({ devices: [] });
  });

  it('reads stored devices from any details value', () => {
    for (const value of hostileValues) {
      expect(storedDevices(value)).toEqual([]);
      expect(storedDevices({ devices: value }).length).toBeLessThanOrEqual(MAX_DEVICES);
    }
    expect(storedDevices({ devices: [trapAll, { id: 'd1' }] })).toEqual([{ index: 1, id: 'd1', raw: undefined }]);
  });
});

describe('nextStep on errors with hostile details', () => {
  it('never throws, whatever details hold', () => {
    for (const value of [...hostileValues, { devices: trapAllArray }, { state: trapAll, devices: endless }]) {
      for (const code of ['choice-required', 'session-expired', 'limit-exceeded', 'brand-new']) {
        const error: IcloudExtractError = createApiError({ vendor: 'icloud-extract', code, kind: 'unknown', status: 0, message: '', details: value as never });
        expect(() => nextStep(error)).not.toThrow();
      }
    }
  });
});

describe('parsing hostile parsed bodies', () => {
  it('parseView never throws, and keeps the vendor error when only a walked field is hostile', () => {
    for (const value of hostileValues) {
      for (const body of [value, { error: 'invalid-parameter', message: 'Bad.', params: value }, { error: 'choice-required', message: 'Pick one.', devices: value }, { error: 'choice-required', data: value }]) {
        const result = icloudExtract.parseView(viewWithBody(body), context);
        expect(result === undefined || isApiError(result)).toBe(true);
      }
      const error = icloudExtract.parseView(viewWithBody({ error: 'invalid-parameter', message: 'Bad.', params: [value] }), context);
      expect(isIcloudExtractError(error, 'invalid-parameter')).toBe(true);
    }
    const withGetters = throwingGetters(['message', 'params'], { error: 'invalid-parameter' });
    expect(icloudExtract.parseView(viewWithBody(withGetters), context)).toMatchObject({ code: 'invalid-parameter', message: 'riCloud http error "invalid-parameter"', issues: [] });
  });

  it('parse never throws on any value, and what it returns serializes', () => {
    for (const value of [...hostileValues, cyclic({ error: 'task-error', state: 'failed' })]) {
      for (const status of [0, 400, 429]) {
        for (const body of [value, { error: 'invalid-parameter', message: 'x', params: value }, { error: 'choice-required', devices: [value, 'dev-2'] }]) {
          const error = icloudExtract.parse({ status, body });
          expect(error === undefined || isApiError(error)).toBe(true);
          expect(() => JSON.stringify(error)).not.toThrow();
        }
      }
    }
  });

  it('errorFromResource never throws on any value', () => {
    for (const value of [...hostileValues, cyclic({ error: 'task-error', state: 'failed' })]) {
      expect(() => errorFromResource(value)).not.toThrow();
      expect(() => errorFromResource({ state: 'failed', error: 'choice-required', devices: [value] })).not.toThrow();
    }
  });
});
