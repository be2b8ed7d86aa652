import { readFileSync } from 'node:fs';
import { isAction, isKind } from '@errata/core';
import { oauthPolicyOf } from '@errata/core/vendor';
import { describe, expect, it } from 'vitest';
import * as codes from './codes.ts';
import { describeDiscordCode, discordCatalog, type DiscordJsonCodeEntry } from './index.ts';
import { codePolicyOf } from './policy.ts';

interface ReferenceEntry {
  code: number;
  message: string;
  name: string | null;
  suggestedName?: string;
  deprecatedNames?: string[];
  sources: string[];
  messageSource: string;
  messageIsLiteral: boolean;
  templated?: boolean;
}

interface Snapshot {
  readonly sources: readonly { readonly file: string }[];
  readonly facts: { readonly codes: ReferenceEntry[] };
}

// The facts of shared/reference/discord-codes.json, snapshotted into the repository (with their
// provenance) by tooling/scripts/reference-sync.mjs, so the tests need nothing outside it.
const snapshot = JSON.parse(readFileSync(new URL('__fixtures__/reference.json', import.meta.url), 'utf8')) as Snapshot;
const reference = snapshot.facts.codes;

describe('catalog against the reference code list (reference/discord-codes.json)', () => {
  it('comes from the reference file', () => {
    expect(snapshot.sources.map((source) => source.file)).toContain('reference/discord-codes.json');
  });

  const catalog = discordCatalog.entries.filter((entry): entry is DiscordJsonCodeEntry => entry.origin === 'json');

  it('has every code, in order, and nothing else', () => {
    expect(reference).toHaveLength(712);
    expect(catalog.map((info) => info.code)).toEqual(reference.map((entry) => entry.code));
  });

  it.each(reference.map((entry) => [entry.code, entry] as const))('matches the reference for %i', (code, entry) => {
    const info = describeDiscordCode(code);
    expect(info).toBeDefined();
    expect(info?.message).toBe(entry.message);
    expect(info?.name).toBe(entry.name ?? entry.suggestedName);
    expect(info?.sources).toEqual(entry.sources);
    expect(info?.messageSource).toBe(entry.messageSource);
    expect(info?.literal).toBe(entry.messageIsLiteral);
    expect(info?.templated).toBe(entry.templated === true);
    expect(info?.official).toBe(entry.sources.includes('official'));
    // The constant of the same name carries the code.
    expect((codes as Record<string, number>)[info?.name ?? '']).toBe(code);
    for (const alias of entry.deprecatedNames ?? []) expect((codes as Record<string, number>)[alias]).toBe(code);
  });

  it('gives every code a valid kind and action, retryable only for retry actions', () => {
    for (const info of catalog) {
      expect(isKind(info.policy.kind)).toBe(true);
      expect(isAction(info.policy.action)).toBe(true);
      expect(info.policy.retryable).toBe(info.policy.action === 'retry');
      // Code 0 has no policy of its own (the status decides); the entry says so as 'unknown'.
      expect(codePolicyOf(info.code) ?? { kind: 'unknown', action: 'none', retryable: false }).toEqual(info.policy);
    }
  });

  it('marks the codes known only from unofficial lists', () => {
    const unofficial = catalog.filter((info) => !info.official);
    expect(unofficial).toHaveLength(472);
    expect(describeDiscordCode(40115)).toMatchObject({ official: false, sources: ['jda'], literal: false });
    expect(describeDiscordCode(20017)).toMatchObject({ official: false, sources: ['discord-api-types', 'userdoccers'] });
    expect(describeDiscordCode(99_999)).toBeUndefined();
  });

  it('records our judgement for the codes the issue names', () => {
    expect(describeDiscordCode(50035)).toMatchObject({ policy: { kind: 'invalid-argument', action: 'fix-request' } });
    expect(describeDiscordCode(20028)).toMatchObject({ policy: { kind: 'resource-exhausted', action: 'retry', retryable: true } });
    expect(describeDiscordCode(30001)).toMatchObject({ policy: { kind: 'resource-exhausted', action: 'none', retryable: false } });
    expect(describeDiscordCode(110000)).toMatchObject({ policy: { kind: 'unavailable', retryable: true }, note: expect.stringContaining('202') as unknown });
    expect(describeDiscordCode(10003)).toMatchObject({ policy: { kind: 'not-found' } });
    expect(describeDiscordCode(60003)).toMatchObject({ policy: { kind: 'permission-denied', action: 'user-action' } });
  });
});

describe('the catalog in the kit\'s shape', () => {
  it('gives every entry a name, message, policy and a dated provenance', () => {
    expect(discordCatalog.entries).toHaveLength(712 + 15);
    for (const entry of discordCatalog.entries) {
      expect(entry.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(entry.message.length).toBeGreaterThan(0);
      expect(isKind(entry.policy.kind)).toBe(true);
      expect(entry.provenance.source.length).toBeGreaterThan(0);
      expect(entry.provenance.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.references[0]).toBe(entry.provenance);
      expect(discordCatalog.get(entry.code)).toBe(entry);
    }
  });

  it('names the official docs first for official codes', () => {
    expect(describeDiscordCode(50013)?.provenance.source).toContain('official docs');
    expect(describeDiscordCode(40115)?.provenance.source).toContain('JDA');
  });

  it('classes the OAuth2 codes with core\'s shared RFC table', () => {
    expect(describeDiscordCode('invalid_grant')?.policy).toEqual(oauthPolicyOf('invalid_grant'));
    expect(describeDiscordCode('rate-limited')?.policy).toMatchObject({ kind: 'resource-exhausted', action: 'retry-after', retryable: true });
  });

  it('finds nothing for values that are not codes', () => {
    for (const value of ['50013', '__proto__', 'toString', null, undefined, Symbol('x'), {}, 10n]) expect(describeDiscordCode(value)).toBeUndefined();
  });
});
