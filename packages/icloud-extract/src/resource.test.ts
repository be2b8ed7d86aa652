import { describe, expect, it } from 'vitest';
import { isIcloudExtractError } from './guard.ts';
import { errorFromResource } from './resource.ts';
import { icloudResource } from './testing.ts';

const NOW = 1_750_000_000_000;

describe('errorFromResource: the error of a failed session or task', () => {
  it('reads a failed session asking for an MFA code (as the official sample handles it)', () => {
    const session = { id: 'sess_1', resource: 'session', state: 'failed', error: 'code-required', source: 'src_1' };
    const error = errorFromResource(session);
    expect(isIcloudExtractError(error, 'code-required')).toBe(true);
    expect(error).toMatchObject({
      vendor: 'icloud-extract',
      status: 0,
      kind: 'unauthenticated',
      action: 'user-action',
      message: 'riCloud session error "code-required"',
      details: { origin: 'session', resourceId: 'sess_1', state: 'failed' },
    });
    // Not an HTTP failure: no body or response is attached.
    expect(error?.body).toBeUndefined();
    expect(error?.response).toBeUndefined();
  });

  it('reads the devices of a choice-required session', () => {
    const error = errorFromResource(icloudResource({ code: 'choice-required', devices: [{ id: 'd1', name: 'iPhone' }] }));
    expect(error?.details.devices).toEqual([{ index: 0, id: 'd1', label: 'iPhone', raw: { id: 'd1', name: 'iPhone' } }]);
  });

  it('reads a failed task', () => {
    const error = errorFromResource({ id: 'task_9', resource: 'task', state: 'failed', error: 'icloud-service-not-activated' });
    expect(error).toMatchObject({ code: 'icloud-service-not-activated', kind: 'failed-precondition', details: { origin: 'task' } });
    expect(errorFromResource({ state: 'failed', error: 'task-error' }, { resource: 'task' })?.details.origin).toBe('task');
    expect(errorFromResource({ state: 'failed', error: 'task-error' })?.details.origin).toBe('resource');
  });

  it('gives code-rate-limited an hour from the given clock', () => {
    expect(errorFromResource({ state: 'failed', error: 'code-rate-limited' }, { now: NOW })?.retry).toEqual({
      retryable: true,
      retryAfterMs: 3_600_000,
      retryAt: NOW + 3_600_000,
      source: 'policy',
    });
  });

  it('treats an expired session as needing a new session, whatever reason it names', () => {
    const byReason = errorFromResource({ resource: 'session', state: 'expired', error: 'service' });
    expect(byReason).toMatchObject({ code: 'service', kind: 'unauthenticated', action: 'reauthenticate', details: { state: 'expired' } });
    expect(errorFromResource({ resource: 'session', state: 'expired' })?.code).toBe('session-expired');
  });

  it('keeps a failure without a usable code', () => {
    expect(errorFromResource({ state: 'failed' })).toMatchObject({ code: 'failed', kind: 'unknown' });
    expect(errorFromResource({ state: 'failed', error: 'Something Broke' })?.code).toBe('failed');
  });

  it('returns undefined for resources that have not failed', () => {
    for (const state of ['pending', 'processing', 'suspended', 'active', 'succeeded', 'completed']) {
      expect(errorFromResource({ state, error: 'task-error' })).toBeUndefined();
    }
    expect(errorFromResource({ id: 'x' })).toBeUndefined();
  });

  it('accepts JSON text', () => {
    expect(errorFromResource('{"state":"failed","error":"source-locked","message":"Unlock at iforgot.apple.com"}')).toMatchObject({
      code: 'source-locked',
      message: 'Unlock at iforgot.apple.com',
    });
    expect(errorFromResource('{"state":"failed",')).toBeUndefined();
    // Text past a response's 256 KiB read cap is still read whole, up to core's 1 MiB JSON cap.
    const long = (size: number): string => JSON.stringify({ state: 'failed', error: 'task-error', log: 'x'.repeat(size) });
    expect(errorFromResource(long(300 * 1024))?.code).toBe('task-error');
    expect(errorFromResource(long(1100 * 1024))).toBeUndefined();
    expect(errorFromResource('')).toBeUndefined();
  });

  it('never throws on hostile values', () => {
    const cyclic: Record<string, unknown> = { state: 'failed', error: 'task-error' };
    cyclic.self = cyclic;
    const throwing = Object.defineProperty({}, 'state', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    for (const value of [cyclic, throwing, proxy, null, undefined, 42, [], ['failed'], Symbol('x')]) {
      expect(() => errorFromResource(value)).not.toThrow();
    }
    expect(errorFromResource(cyclic)).toBeUndefined();
  });

  it('ignores a long id', () => {
    expect(errorFromResource({ id: 'x'.repeat(1000), state: 'failed', error: 'task-error' })?.details.resourceId).toBeUndefined();
  });
});
