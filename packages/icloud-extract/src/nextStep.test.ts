import { createApiError } from '@errata/core/vendor';
import { describe, expect, it } from 'vitest';
import { describeIcloudExtractCode } from './catalog.ts';
import { IcloudExtractCode } from './icloudExtractCode.ts';
import { icloudExtract } from './vendor.ts';
import { nextStep, type IcloudNextStep } from './nextStep.ts';
import { errorFromResource } from './resource.ts';
import { buildIcloudExtractError, buildIcloudResourceError, SAMPLE_DEVICE, SAMPLE_LEGACY_KEY } from './testing.ts';
import type { IcloudExtractError, KnownCode } from './types.ts';

const NOW = 1_750_000_000_000;

describe('nextStep', () => {
  it.each(Object.values(IcloudExtractCode))('maps %s to the catalog step, from an HTTP body and from a resource', (code: KnownCode) => {
    expect(nextStep(buildIcloudExtractError({ code })).step).toBe(describeIcloudExtractCode(code).policy.step);
    expect(nextStep(buildIcloudResourceError({ code })).step).toBe(describeIcloudExtractCode(code).policy.step);
  });

  it('asks for the MFA code, and again after a rejected one', () => {
    expect(nextStep(buildIcloudResourceError({ code: 'code-required' }))).toEqual({ step: 'provide-code', code: 'code-required', previousCodeRejected: false });
    expect(nextStep(buildIcloudResourceError({ code: 'code-invalid' }))).toEqual({ step: 'provide-code', code: 'code-invalid', previousCodeRejected: true });
  });

  it('offers the devices of choice-required', () => {
    const step = nextStep(buildIcloudResourceError({ code: 'choice-required', devices: [{ id: 'd1', name: 'iPhone' }, { id: 'd2', name: 'iPad' }] }));
    expect(step).toEqual({
      step: 'choose-device',
      code: 'choice-required',
      devices: [
        { index: 0, id: 'd1', label: 'iPhone', raw: { id: 'd1', name: 'iPhone' } },
        { index: 1, id: 'd2', label: 'iPad', raw: { id: 'd2', name: 'iPad' } },
      ],
    });
  });

  it('offers the legacy trusted devices with the log-in key', () => {
    expect(nextStep(buildIcloudExtractError({ code: '2fa-required' }))).toEqual({
      step: 'choose-device',
      code: '2fa-required',
      devices: [{ index: 0, id: SAMPLE_DEVICE, label: SAMPLE_DEVICE, raw: SAMPLE_DEVICE }],
      legacyKey: SAMPLE_LEGACY_KEY,
    });
  });

  it('waits at least an hour after code-rate-limited', () => {
    const step = nextStep(buildIcloudResourceError({ code: 'code-rate-limited' }, NOW));
    expect(step).toEqual({ step: 'wait-and-retry', code: 'code-rate-limited', waitMs: 3_600_000, retryAt: NOW + 3_600_000 });
    // Even for an error built by hand without retry advice.
    const bare: IcloudExtractError = createApiError({ vendor: 'icloud-extract', code: 'code-rate-limited', kind: 'resource-exhausted', status: 0, message: '', details: { origin: 'session' as const } });
    expect(nextStep(bare)).toEqual({ step: 'wait-and-retry', code: 'code-rate-limited', waitMs: 3_600_000 });
  });

  it('retries task errors, and outages after a minute', () => {
    expect(nextStep(buildIcloudResourceError({ code: 'icloud-service-outage' }, NOW))).toEqual({
      step: 'wait-and-retry',
      code: 'icloud-service-outage',
      waitMs: 60_000,
      retryAt: NOW + 60_000,
    });
    expect(nextStep(buildIcloudResourceError({ code: 'task-error', resource: 'task' }))).toEqual({ step: 'retry', code: 'task-error' });
  });

  it('asks for a new session, with new credentials when they were rejected', () => {
    expect(nextStep(buildIcloudResourceError({ code: 'invalid-credentials' }))).toEqual({ step: 'recreate-session', code: 'invalid-credentials', credentialsRejected: true });
    expect(nextStep(buildIcloudExtractError({ code: 'session-expired' }))).toEqual({ step: 'recreate-session', code: 'session-expired', credentialsRejected: false });
    const expired = errorFromResource({ resource: 'session', state: 'expired', error: 'organisation' });
    expect(expired && nextStep(expired)).toEqual({ step: 'recreate-session', code: 'organisation', credentialsRejected: false });
  });

  it('passes the user-facing instructions through', () => {
    expect(nextStep(buildIcloudResourceError({ code: 'source-locked', message: 'Unlock it at iforgot.apple.com' }))).toEqual({
      step: 'unlock-source',
      code: 'source-locked',
      instructions: 'Unlock it at iforgot.apple.com',
    });
    expect(nextStep(buildIcloudResourceError({ code: 'icloud-service-not-activated', message: 'Enable iCloud Photo Library' }))).toMatchObject({
      step: 'enable-service',
      message: 'Enable iCloud Photo Library',
    });
  });

  it('carries the field issues of invalid-parameter and the request id for support', () => {
    const invalid = buildIcloudExtractError({ code: 'invalid-parameter', params: { user: 'Required.' } });
    expect(nextStep(invalid)).toEqual({ step: 'fix-request', code: 'invalid-parameter', issues: [{ path: ['user'], code: 'invalid-parameter', message: 'Required.' }] });
    const scoped = buildIcloudExtractError({ code: 'missing-scope', headers: { 'x-request-id': 'r-9' } });
    expect(nextStep(scoped)).toEqual({ step: 'contact-support', code: 'missing-scope', requestId: 'r-9' });
  });

  it('falls back on the derived advice for unknown codes', () => {
    const parse = (status: number, headers: Record<string, string> = {}): IcloudExtractError =>
      icloudExtract.parse({ status, headers, body: { error: 'brand-new', message: 'x' } }, { now: NOW }) as IcloudExtractError;
    expect(nextStep(parse(503)).step).toBe('retry');
    expect(nextStep(parse(503, { 'retry-after': '5' }))).toEqual({ step: 'wait-and-retry', code: 'brand-new', waitMs: 5000, retryAt: NOW + 5000 });
    expect(nextStep(parse(400)).step).toBe('fix-request');
    expect(nextStep(parse(403)).step).toBe('contact-support');
  });

  it('copes with details stripped by serialization', () => {
    const bare = createApiError({ vendor: 'icloud-extract', code: 'choice-required', kind: 'unauthenticated', status: 0, message: '', details: null as never });
    expect(nextStep(bare)).toEqual({ step: 'choose-device', code: 'choice-required', devices: [] });
  });

  it('is exhaustive: a UI switch covers every step', () => {
    const describe = (step: IcloudNextStep): string => {
      switch (step.step) {
        case 'provide-code':
          return step.previousCodeRejected ? 'retype' : 'type';
        case 'choose-device':
          return `pick of ${String(step.devices.length)}`;
        case 'accept-terms':
        case 'verify-email':
        case 'retry':
          return step.step;
        case 'enable-service':
          return step.message;
        case 'unlock-source':
          return step.instructions;
        case 'recreate-session':
          return String(step.credentialsRejected);
        case 'wait-and-retry':
          return String(step.waitMs);
        case 'fix-request':
          return String(step.issues.length);
        case 'contact-support':
          return step.requestId ?? '';
      }
    };
    expect(describe(nextStep(buildIcloudExtractError({ code: 'code-rate-limited' })))).toBe('3600000');
  });
});
