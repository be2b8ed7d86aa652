import { createRegistry, isApiError } from '@errata/core';
import { discord, isDiscordError } from '@errata/discord';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileValues } from './__fixtures__/hostile.ts';
import { requestContextOf } from './context.ts';
import { parseError } from './parseError.ts';

const forbidden = (): Response => new Response(JSON.stringify({ code: 50013, message: 'Missing Permissions' }), { status: 403, headers: { 'content-type': 'application/json' } });

describe('parseError', () => {
  it("reads a Response from a clone: the vendor's error, the body still yours", async () => {
    const response = forbidden();
    const error = await parseError(discord, response);
    expect(isDiscordError(error, 50013)).toBe(true);
    expect(response.bodyUsed).toBe(false);
  });

  it('says so when the body was already consumed, instead of reporting an empty body', async () => {
    for (const vendors of [discord, createRegistry([discord])]) {
      const response = forbidden();
      await response.text();
      const error = await parseError(vendors, response);
      expect(error?.status).toBe(403);
      expect(error?.details).toMatchObject({ bodyError: 'consumed' });
      expect(error?.details).not.toHaveProperty('jsonFailure');
      expect(error?.message).toContain('the body was already read by another consumer');
      expect(error?.message).not.toContain('empty body');
      expect(error?.toJSON().details).toMatchObject({ bodyError: 'consumed' });
      expect(error?.toProblem().detail).toContain('bodyUsed');
    }
  });

  it("parses a client's already-read parts to the vendor's code", async () => {
    const error = await parseError(discord, { status: 403, headers: { 'content-type': 'application/json' }, body: { code: 50013, message: 'Missing Permissions' } });
    expect(isDiscordError(error, 50013)).toBe(true);
    expect(error?.details).not.toHaveProperty('bodyError');
  });

  it('gives undefined for a success', async () => {
    expect(await parseError(createRegistry([discord]), { status: 200, body: { id: 1 } })).toBeUndefined();
  });

  it('never throws or rejects, whatever it is given', async () => {
    for (const value of hostileValues()) {
      await expect(parseError(discord, value as Response)).resolves.not.toThrow();
      expect(() => requestContextOf(value)).not.toThrow();
    }
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.integer({ min: -10, max: 1000 }), async (body, status) => {
        const error = await parseError(createRegistry([discord]), { status, body });
        expect(error === undefined || isApiError(error)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
