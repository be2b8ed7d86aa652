import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discord, discordCatalog, flattenFieldErrors, isDiscordError, RETRY_BACKOFF_MS } from './index.ts';
import { cloudflareBanSpec, discordError, fieldErrorTree, oauthErrorSpec, rateLimitSpec, toParts } from './testing.ts';

const codes = discordCatalog.entries.flatMap((info) => (info.origin === 'json' ? [info.code] : []));

const headerRecord = fc.dictionary(
  fc.oneof(fc.constantFrom('retry-after', 'x-ratelimit-reset', 'x-ratelimit-reset-after', 'x-ratelimit-global', 'content-type', 'cf-ray', '__proto__'), fc.string()),
  fc.oneof(fc.string(), fc.string({ minLength: 1000, maxLength: 5000 }), fc.array(fc.string())),
);
const body = fc.oneof(
  fc.string(),
  fc.uint8Array(),
  fc.jsonValue(),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.record({ code: fc.oneof(fc.integer(), fc.double(), fc.string()), message: fc.oneof(fc.string(), fc.integer()), errors: fc.jsonValue() }),
  fc.record({ message: fc.string(), retry_after: fc.oneof(fc.double(), fc.integer()), global: fc.boolean() }),
  fc.constantFrom('error code: 1015', '<html>cloudflare Error 1015</html>', '{"code":50035,"errors":{"__proto__":{"_errors":[]}}}'),
);
const status = fc.oneof(fc.constantFrom(0, 200, 202, 204, 400, 401, 403, 404, 405, 423, 429, 500, 502, 503, 522, 524), fc.integer({ min: -5, max: 1200 }));

describe('properties', () => {
  it('never throws, whatever the status, headers and body', () => {
    fc.assert(
      fc.property(status, headerRecord, body, (code, headers, payload) => {
        const result = discord.parse({ status: code, headers, body: payload });
        if (result !== undefined) expect(typeof result.kind).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips every catalog code through a built response', () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes), (code) => {
        const error = discordError({ code });
        expect(isDiscordError(error, code)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  const segment = fc.oneof(fc.stringMatching(/^[a-z][a-z_]{0,8}$/), fc.nat({ max: 20 }));
  const issue = fc.record({ path: fc.array(segment, { maxLength: 4 }), code: fc.stringMatching(/^[A-Z_]{1,12}$/), message: fc.string() });

  it('round-trips field issues through the nested errors tree', () => {
    fc.assert(
      fc.property(fc.array(issue, { maxLength: 20 }), (issues) => {
        const key = (item: { path: readonly (string | number)[]; code: string; message: string }): string => JSON.stringify([item.path, item.code, item.message]);
        const back = flattenFieldErrors(JSON.parse(JSON.stringify(fieldErrorTree(issues))));
        expect(back.map(key).sort()).toEqual(issues.map(key).sort());
        const parsed = discord.parse(toParts({ status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: fieldErrorTree(issues) } }));
        expect(isDiscordError(parsed, 50035) ? parsed.issues.length : -1).toBe(issues.length);
      }),
    );
  });

  it('round-trips rate limits: the wait comes back from Retry-After, global from the body', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 3600, noNaN: true }), fc.boolean(), (seconds, global) => {
        const error = discord.parse(toParts(rateLimitSpec({ retryAfter: seconds, global })), { now: 0 });
        expect(isDiscordError(error) && error.retry.retryAfterMs).toBe(Math.ceil(seconds) * 1000);
        expect(isDiscordError(error) && error.details.global).toBe(global);
      }),
    );
  });

  it('round-trips Cloudflare bans in every format', () => {
    fc.assert(
      fc.property(fc.constantFrom<'html' | 'text' | 'json'>('html', 'text', 'json'), fc.constantFrom(1015, 1006), (format, cloudflareCode) => {
        const error = discord.parse(toParts(cloudflareBanSpec({ format, cloudflareCode })));
        expect(isDiscordError(error, 'cloudflare-ban') && error.kind).toBe('resource-exhausted');
        expect(isDiscordError(error) && error.details.edge).toBe('cloudflare');
      }),
    );
  });

  const oauthCodes = discordCatalog.entries.flatMap((info) => (info.origin === 'oauth2' ? [info.code] : []));
  const oauthLike = fc.oneof(fc.constantFrom(...oauthCodes), fc.stringMatching(/^[a-z0-9_]{1,64}$/));

  it('round-trips OAuth2 error bodies: the error value comes back as the code', () => {
    fc.assert(
      fc.property(oauthLike, fc.option(fc.string(), { nil: undefined }), fc.constantFrom(400, 401, 403), (error, description, status) => {
        const parsed = discord.parse(toParts(oauthErrorSpec({ error, status, ...(description === undefined ? {} : { description }) })));
        expect(isDiscordError(parsed, error)).toBe(true);
        expect(parsed?.message).toBe(description ?? error);
      }),
    );
  });

  it('takes no other error value as an OAuth2 code', () => {
    const notACode = fc.string().filter((text) => !/^[a-z0-9_]{1,64}$/.test(text));
    fc.assert(
      fc.property(fc.oneof(notACode, fc.integer(), fc.constant(null)), fc.constantFrom(400, 401, 404), (error, status) => {
        expect(discord.parse({ status, body: { error } })?.vendor).toBe('http');
      }),
    );
  });

  it('retries 423 and the backoff 5xx after a wait, whatever the body', () => {
    const anyBody = fc.oneof(fc.string(), fc.constant(''), fc.jsonValue().map((value) => JSON.stringify(value)), fc.record({ code: fc.nat(), message: fc.string() }));
    fc.assert(
      fc.property(fc.constantFrom(423, 502, 503, 504, 507, 522, 523, 524), anyBody, (status, body) => {
        const error = discord.parse({ status, body }, { now: 0 });
        expect(isDiscordError(error) && error.retry).toMatchObject({ retryable: true, retryAfterMs: RETRY_BACKOFF_MS, source: 'policy' });
      }),
    );
  });
});
