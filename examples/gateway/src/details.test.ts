// Vendor details travel through the gateway: for each vendor, the demo gateway over loopback
// (127.0.0.1) answers a problem whose `details` member carries what client flows need (riCloud's
// device list, the scopes a token lacks, the DPoP nonce, Apple's error list, Discord's global flag,
// Registration's error name), with the headers those flows read.
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

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly problem: Record<string, unknown> & { details?: Record<string, unknown> };
}

async function get(path: string): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return { status: response.status, headers: response.headers, problem: (await response.json()) as Answer['problem'] };
}

describe('vendor details in problem+json, over loopback', () => {
  it('riCloud choice-required: the devices to choose from', async () => {
    const { problem } = await get('/icloud/choice-required');
    expect(problem.code).toBe('choice-required');
    expect(Array.isArray(problem.details?.devices)).toBe(true);
    expect((problem.details?.devices as unknown[]).length).toBeGreaterThan(0);
  });

  it('OAuth insufficient_scope: the scopes the token needs, and the challenge on the 403', async () => {
    const { status, headers, problem } = await get('/oauth/insufficient-scope');
    expect(status).toBe(403);
    expect(problem.details?.requiredScopes).toEqual(['calendar.read']);
    expect(headers.get('www-authenticate')).toContain('insufficient_scope');
  });

  it('DPoP use_dpop_nonce: the nonce, in details and in the DPoP-Nonce header', async () => {
    const { status, headers, problem } = await get('/oauth/use-dpop-nonce');
    expect(status).toBe(401);
    expect(problem.details?.dpopNonce).toBe('eyJ7S_zG.eyJH0-Z.HX4w-7v');
    expect(headers.get('www-authenticate')).toContain('use_dpop_nonce');
    expect(headers.get('dpop-nonce')).toBe('eyJ7S_zG.eyJH0-Z.HX4w-7v');
  });

  it('Apple Business Connect: the whole error list', async () => {
    const { problem } = await get('/apple/validation');
    const errors = problem.details?.errors as Record<string, unknown>[] | undefined;
    expect(errors?.length).toBeGreaterThan(0);
    expect(errors?.[0]).toMatchObject({ resource: 'VALIDATION' });
  });

  it('Discord rate limits: the global flag', async () => {
    const { problem } = await get('/discord/rate-limited');
    expect(problem.details).toMatchObject({ global: false });
  });

  it('Identity Registration errors sent with 200: the error name', async () => {
    const { problem } = await get('/registration/stat-error-200');
    expect(problem.details).toMatchObject({ error: 'invalid_credentials' });
  });

  it('no details on 5xx', async () => {
    const { problem } = await get('/icloud/service-outage');
    expect(problem).not.toHaveProperty('details');
  });
});
