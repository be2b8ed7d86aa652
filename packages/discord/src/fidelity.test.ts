import { problemType, rehydrate, type ParseOptions, type ResponseParts } from '@errata/core';
import { describe, expect, it } from 'vitest';
import { BACKOFF_STATUSES, LOCKED, OAUTH, RATE_LIMIT, serverError, STATIC_BAN, TEXT_BAN } from './__fixtures__/wire.ts';
import { describeDiscordCode, discord, discordCatalog, isDiscordError, RETRY_BACKOFF_MS, type DiscordError } from './index.ts';
import { buildOAuthErrorResponse } from './testing.ts';

const NOW = 1_700_000_000_000;
const options: ParseOptions = { now: NOW };

function discordOf(parts: ResponseParts): DiscordError {
  const error = discord.parse(parts, options);
  if (!isDiscordError(error)) throw new Error(`expected a Discord error, got ${JSON.stringify(error)}`);
  return error;
}

const policyWait = { retryable: true, retryAfterMs: RETRY_BACKOFF_MS, retryAt: NOW + RETRY_BACKOFF_MS, source: 'policy' };

describe('423 Locked (transient: retry later)', () => {
  it.each(Object.entries(LOCKED))('is a retryable unavailable Discord error with a backoff (%s body)', (_format, parts) => {
    const error = discordOf(parts);
    expect(error.status).toBe(423);
    expect(error.code).toBe(0);
    expect(error.kind).toBe('unavailable');
    expect(error.retry).toEqual(policyWait);
    expect(error.action).toBe('retry-after');
  });

  it('keeps the JSON message and honours Retry-After', () => {
    const error = discordOf({ ...LOCKED.json, headers: { 'content-type': 'application/json', 'retry-after': '4' } });
    expect(error.message).toBe('423: Locked');
    expect(error.retry).toEqual({ retryable: true, retryAfterMs: 4000, retryAt: NOW + 4000, source: 'header' });
  });

  it('is retried even when the body names a code of its own', () => {
    const error = discordOf({ status: 423, body: { code: 10_003, message: 'Unknown Channel' } });
    expect(error.retry).toEqual(policyWait);
  });
});

describe('5xx Discord asks to retry with backoff', () => {
  it.each(BACKOFF_STATUSES)('%s without Retry-After suggests the policy backoff', (status) => {
    const error = discordOf(serverError(status));
    expect(error.retry).toEqual(policyWait);
    expect(error.action).toBe('retry-after');
    expect(error.requestId).toBe('8f1c2d3e4f5a6b7c-AMS');
  });

  it.each(BACKOFF_STATUSES)('%s keeps Retry-After when present', (status) => {
    const error = discordOf(serverError(status, 30));
    expect(error.retry).toEqual({ retryable: true, retryAfterMs: 30_000, retryAt: NOW + 30_000, source: 'header' });
  });

  it('applies to JSON bodies too (130000 overloaded on a 503)', () => {
    const error = discordOf({ status: 503, body: { code: 130_000, message: 'This resource is currently overloaded, and thus too busy to serve requests' } });
    expect(error.retry).toEqual(policyWait);
  });

  it.each([500, 501, 505, 520])('%s stays unretried, without a wait', (status) => {
    expect(discordOf(serverError(status)).retry).toEqual({ retryable: false });
  });
});

describe('OAuth2 error bodies', () => {
  it('parses invalid_grant from the token endpoint as a Discord error keeping the OAuth code', () => {
    const error = discordOf(OAUTH.invalidGrant);
    expect(isDiscordError(error, 'invalid_grant')).toBe(true);
    expect(error.code).toBe('invalid_grant');
    expect(error.message).toBe('The "code" in this request is not valid');
    expect(error.kind).toBe('unauthenticated');
    expect(error.action).toBe('reauthenticate');
    expect(error.retry.retryable).toBe(false);
    expect(error.toProblem().type).toBe('urn:errata:discord:invalid_grant');
  });

  it.each([
    ['invalidClient', 'invalid_client', 'unauthenticated', 'fix-request', 'invalid_client'],
    ['unsupportedGrantType', 'unsupported_grant_type', 'unimplemented', 'fix-request', 'grant_type must be one the server offers'],
    ['invalidScope', 'invalid_scope', 'invalid-argument', 'fix-request', 'The requested scope is invalid, unknown, or malformed.'],
    ['invalidRequest', 'invalid_request', 'invalid-argument', 'fix-request', 'Missing "redirect_uri" in request.'],
  ] as const)('classes %s by RFC 6749', (fixture, code, kind, action, message) => {
    const error = discordOf(OAUTH[fixture]);
    expect(error.code).toBe(code);
    expect(error.kind).toBe(kind);
    expect(error.action).toBe(action);
    // Without error_description the code itself is the message.
    expect(error.message).toBe(message);
  });

  it('retries temporarily_unavailable with the backoff', () => {
    const error = discordOf(OAUTH.temporarilyUnavailable);
    expect(error.kind).toBe('unavailable');
    expect(error.retry).toEqual(policyWait);
  });

  it('keeps an OAuth code no RFC defines and lets the status decide', () => {
    const error = discordOf(OAUTH.unknown);
    expect(error.code).toBe('invalid_redirect_uri_for_app');
    expect(error.kind).toBe('invalid-argument');
  });

  it('leaves error values that are not OAuth codes to the generic error', () => {
    for (const error of ['rate-limited', 'Cloudflare-Ban', 'x'.repeat(65), '', 42, 'has space']) {
      expect(discord.parse({ status: 400, body: { error } })?.vendor).toBe('http');
    }
  });

  it('round-trips through the test builder and a fetch Response', async () => {
    const error = await discord.parse(buildOAuthErrorResponse({ error: 'invalid_client' }));
    expect(isDiscordError(error, 'invalid_client') && error.status).toBe(401);
  });
});

describe('rate limits and Cloudflare bans get codes of their own', () => {
  it('gives the API rate limit (no JSON code) rate-limited, with its own problem type', () => {
    const error = discordOf(RATE_LIMIT);
    expect(error.code).toBe('rate-limited');
    expect(error.kind).toBe('resource-exhausted');
    expect(error.retry.retryAfterMs).toBe(65_000);
    expect(error.toProblem().type).toBe(problemType('discord', 'rate-limited'));
  });

  it.each([
    ['the static JSON ban', STATIC_BAN],
    ['the plain-text 1015 ban', TEXT_BAN],
  ])('gives %s cloudflare-ban, with its own problem type', (_name, parts) => {
    const error = discordOf(parts);
    expect(error.code).toBe('cloudflare-ban');
    expect(error.details.edge).toBe('cloudflare');
    expect(error.toProblem().type).toBe('urn:errata:discord:cloudflare-ban');
  });

  it('keeps three distinct problem types: rate limit, ban, and a real code 0', () => {
    const codeZero = discordOf({ status: 404, body: '{"message": "404: Not Found", "code": 0}' });
    const types = new Set([discordOf(RATE_LIMIT), discordOf(STATIC_BAN), codeZero].map((error) => error.toProblem().type));
    expect(codeZero.code).toBe(0);
    expect(types.size).toBe(3);
  });

  it('keeps a limit that carries its own JSON code', () => {
    const error = discordOf({ ...RATE_LIMIT, body: { message: 'You are being rate limited.', retry_after: 1, global: false, code: 20_028 } });
    expect(error.code).toBe(20_028);
  });

  it('rehydrates the string codes from toJSON and toProblem', () => {
    for (const error of [discordOf(RATE_LIMIT), discordOf(TEXT_BAN), discordOf(OAUTH.invalidGrant)]) {
      expect(rehydrate(JSON.parse(JSON.stringify(error.toJSON())))?.code).toBe(error.code);
      expect(rehydrate(JSON.parse(JSON.stringify(error.toProblem())))?.code).toBe(error.code);
    }
  });
});

describe('catalog entries for the string codes', () => {
  it('describes rate-limited and cloudflare-ban with provenance', () => {
    expect(describeDiscordCode('rate-limited')).toMatchObject({ name: 'RateLimited', policy: { kind: 'resource-exhausted', retryable: true }, statuses: [429], origin: 'errata' });
    const ban = describeDiscordCode('cloudflare-ban');
    expect(ban).toMatchObject({ name: 'CloudflareBan', policy: { kind: 'resource-exhausted', action: 'none', retryable: false }, statuses: [429, 403] });
    expect(ban?.references.map((reference) => reference.source).join('\n')).toContain('#5810');
  });

  it('describes every OAuth code with its RFC and the same class the parser uses', () => {
    const oauth = discordCatalog.entries.filter((info) => info.origin === 'oauth2');
    expect(oauth.map((info) => info.code)).toContain('invalid_grant');
    for (const info of oauth) {
      expect(info.provenance.source).toMatch(/^RFC \d{4} §/);
      const error = discordOf({ status: info.statuses[0] ?? 400, body: { error: info.code } });
      expect([error.kind, error.retry.retryable]).toEqual([info.policy.kind, info.policy.retryable]);
    }
  });

  it('looks numbers up in the JSON code table and finds nothing for other strings', () => {
    expect(describeDiscordCode(0)?.name).toBe('GeneralError');
    expect(describeDiscordCode('0')).toBeUndefined();
    expect(describeDiscordCode('__proto__')).toBeUndefined();
    expect(describeDiscordCode('toString')).toBeUndefined();
  });
});
