// The client side of the gateway: problem+json fetched over loopback (127.0.0.1) and rebuilt with
// core's `rehydrate` keeps the vendor details, so each vendor's client flow works behind the
// gateway as it does against the vendor: riCloud's next step lists the devices (it used to get
// `devices: []`), and the scopes, the DPoP nonce and Apple's error list are there to read.
import { rehydrate } from '@errata/core';
import { isIcloudExtractError, nextStep } from '@errata/icloud-extract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoGateway } from './demoGateway.ts';
import { startServer, type RunningServer } from './server.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer(createDemoGateway());
});

afterAll(async () => {
  await server.close();
});

async function rebuilt(path: string): Promise<ReturnType<typeof rehydrate>> {
  const response = await fetch(`${server.url}${path}`);
  return rehydrate(await response.json());
}

function detailsOf(error: ReturnType<typeof rehydrate>): Record<string, unknown> {
  const details: unknown = error?.details;
  return typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {};
}

describe('client flows on errors rebuilt from the gateway\'s problems', () => {
  it('riCloud: nextStep offers the devices to choose from', async () => {
    const error = await rebuilt('/icloud/choice-required');
    expect(isIcloudExtractError(error)).toBe(true);
    if (!isIcloudExtractError(error)) return;
    const step = nextStep(error);
    expect(step.step).toBe('choose-device');
    expect(step.step === 'choose-device' ? step.devices.length : 0).toBeGreaterThan(0);
  });

  it('OAuth: the required scopes and the DPoP nonce', async () => {
    expect(detailsOf(await rebuilt('/oauth/insufficient-scope')).requiredScopes).toEqual(['calendar.read']);
    expect(detailsOf(await rebuilt('/oauth/use-dpop-nonce')).dpopNonce).toBe('eyJ7S_zG.eyJH0-Z.HX4w-7v');
  });

  it('Apple: the error list; Discord: the global flag; Registration: the error name', async () => {
    expect((detailsOf(await rebuilt('/apple/validation')).errors as unknown[]).length).toBeGreaterThan(0);
    expect(detailsOf(await rebuilt('/discord/rate-limited'))).toMatchObject({ global: false });
    expect(detailsOf(await rebuilt('/registration/stat-error-200'))).toMatchObject({ error: 'invalid_credentials' });
  });
});
