// Fidelity fixes from issue #15: limit-exceeded with Retry-After, the outage's default wait, and
// client helpers that keep working after the error crossed JSON or a gateway.
import { rehydrate } from '@errata/core';
import { describe, expect, it } from 'vitest';
import { choiceSession, outageSession, quota, throttled } from './__fixtures__/wire.ts';
import { describeIcloudExtractCode } from './catalog.ts';
import { IcloudExtractCode } from './icloudExtractCode.ts';
import { isIcloudExtractError } from './guard.ts';
import { nextStep } from './nextStep.ts';
import { icloudExtract } from './vendor.ts';
import { errorFromResource } from './resource.ts';
import { SERVICE_OUTAGE_WAIT_MS } from './policy.ts';
import { buildIcloudExtractError, buildIcloudResourceError } from './testing.ts';
import type { IcloudExtractError, KnownCode } from './types.ts';

const NOW = 1_750_000_000_000;

function parsed(wire: { status: number; headers: Readonly<Record<string, string>>; body: unknown }, headers?: Record<string, string>): IcloudExtractError {
  const error = icloudExtract.parse({ status: wire.status, headers: { ...wire.headers, ...headers }, body: JSON.stringify(wire.body) }, { now: NOW });
  if (!isIcloudExtractError(error)) throw new Error('expected a riCloud error');
  return error;
}

/** What a client gets after `JSON.stringify` on the server and `rehydrate` on its side. */
function overJson(error: IcloudExtractError): IcloudExtractError {
  const back = rehydrate(JSON.parse(JSON.stringify(error)));
  if (!isIcloudExtractError(back)) throw new Error('rehydrate lost the vendor');
  return back;
}

describe('limit-exceeded: a rate limit when the server says when to retry', () => {
  it('takes the Retry-After wait of a 429, with action retry-after', () => {
    const error = parsed(throttled);
    expect(error).toMatchObject({ code: 'limit-exceeded', kind: 'resource-exhausted', action: 'retry-after', requestId: throttled.headers['x-request-id'] });
    expect(error.retry).toEqual({ retryable: true, retryAfterMs: 30_000, retryAt: NOW + 30_000, source: 'header' });
    expect(nextStep(error)).toEqual({ step: 'wait-and-retry', code: 'limit-exceeded', waitMs: 30_000, retryAt: NOW + 30_000 });
  });

  it('reads the HTTP-date form of Retry-After too', () => {
    const error = parsed(throttled, { 'retry-after': new Date(NOW + 90_000).toUTCString() });
    expect(error.retry).toMatchObject({ retryable: true, retryAfterMs: 90_000, source: 'header' });
  });

  it('stays a quota (contact support, not retryable) without a Retry-After', () => {
    for (const wire of [quota, { ...throttled, headers: { 'content-type': 'application/json' } }]) {
      const error = parsed(wire);
      expect(error.retry).toEqual({ retryable: false });
      expect(error.action).toBe('contact-support');
      expect(nextStep(error).step).toBe('contact-support');
    }
    // An unreadable header is no wait either.
    expect(parsed(throttled, { 'retry-after': 'soon' }).action).toBe('contact-support');
  });

  it('records the header rule in the catalog', () => {
    expect(describeIcloudExtractCode('limit-exceeded').policy).toMatchObject({ retryable: false, retryWithHeader: true, action: 'contact-support' });
  });
});

describe('icloud-service-outage: retry within a few minutes', () => {
  it('waits a minute by default (source policy), from a failed session', () => {
    const error = errorFromResource(outageSession, { now: NOW });
    expect(error?.retry).toEqual({ retryable: true, retryAfterMs: SERVICE_OUTAGE_WAIT_MS, retryAt: NOW + 60_000, source: 'policy' });
    expect(error?.action).toBe('retry-after');
    expect(error && nextStep(error)).toEqual({ step: 'wait-and-retry', code: 'icloud-service-outage', waitMs: 60_000, retryAt: NOW + 60_000 });
  });

  it('lets the server choose a shorter or longer wait: the minute is a default, not a floor', () => {
    const wire = { status: 503, headers: { 'content-type': 'application/json' }, body: { error: 'icloud-service-outage', message: 'iCloud is unavailable.' } };
    expect(parsed(wire).retry).toMatchObject({ retryAfterMs: 60_000, source: 'policy' });
    expect(parsed(wire, { 'retry-after': '10' }).retry).toMatchObject({ retryAfterMs: 10_000, source: 'header' });
    expect(parsed(wire, { 'retry-after': '300' }).retry).toMatchObject({ retryAfterMs: 300_000, source: 'header' });
  });

  it('records the default wait in the catalog', () => {
    expect(describeIcloudExtractCode('icloud-service-outage').policy).toMatchObject({ retryable: true, action: 'retry-after', waitMs: 60_000, step: 'wait-and-retry' });
    expect(describeIcloudExtractCode('icloud-service-outage').policy.minWaitMs).toBeUndefined();
  });
});

describe('nextStep after the error crossed JSON (toJSON → rehydrate)', () => {
  it('keeps the device list of choice-required', () => {
    const error = errorFromResource(choiceSession, { now: NOW });
    if (error === undefined) throw new Error('expected an error');
    const step = nextStep(overJson(error));
    expect(step).toEqual(nextStep(error));
    expect(step).toMatchObject({
      step: 'choose-device',
      devices: [
        { index: 0, id: 'dev-1', label: 'iPhone (•••• 14)' },
        { index: 1, id: 'dev-2', label: 'SMS to +44 ••••• •••789' },
      ],
    });
  });

  it.each(Object.values(IcloudExtractCode))('gives the same step for %s from a body and from a resource', (code: KnownCode) => {
    for (const error of [buildIcloudExtractError({ code, headers: { 'retry-after': '45' } }), buildIcloudResourceError({ code }, NOW)]) {
      const original = nextStep(error);
      // The legacy log-in key is deliberately not serialized (see the README); all else survives.
      const { legacyKey: _kept, ...serializable } = original as { legacyKey?: string };
      expect(nextStep(overJson(error))).toEqual(serializable);
    }
  });

  it('keeps the expired-session reading, which depends on details.state', () => {
    const error = errorFromResource({ resource: 'session', state: 'expired', error: 'service' });
    expect(error && nextStep(overJson(error))).toEqual({ step: 'recreate-session', code: 'service', credentialsRejected: false });
  });

  it('reads only well-typed devices from serialized details', () => {
    const forged = rehydrate({
      errata: 1,
      vendor: 'icloud-extract',
      code: 'choice-required',
      status: 0,
      details: { devices: [{ index: -3, id: 7, label: 'iPad', raw: 'x' }, 'not a device', null, { id: 'd2', label: 'l'.repeat(300) }, ...Array.from({ length: 100 }, () => ({}))] },
    }) as IcloudExtractError;
    const step = nextStep(forged);
    if (step.step !== 'choose-device') throw new Error('expected choose-device');
    expect(step.devices[0]).toEqual({ index: 0, label: 'iPad', raw: 'x' });
    expect(step.devices[1]).toEqual({ index: 3, id: 'd2', raw: undefined });
    expect(step.devices.length).toBeLessThanOrEqual(32);
  });
});
