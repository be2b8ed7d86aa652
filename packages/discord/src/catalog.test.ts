import { readFileSync } from 'node:fs';
import { isAction, isKind } from '@errata/core';
import { describe, expect, it } from 'vitest';
import { classOf } from './catalog/meta.ts';
import * as codes from './codes.ts';
import { discordCodeInfo, discordCodes } from './index.ts';

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

  const catalog = discordCodes();

  it('has every code, in order, and nothing else', () => {
    expect(reference).toHaveLength(712);
    expect(catalog.map((info) => info.code)).toEqual(reference.map((entry) => entry.code));
  });

  it.each(reference.map((entry) => [entry.code, entry] as const))('matches the reference for %i', (code, entry) => {
    const info = discordCodeInfo(code);
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
      expect(isKind(info.kind)).toBe(true);
      expect(isAction(info.action)).toBe(true);
      expect(info.retryable).toBe(info.action === 'retry');
      expect(classOf(info.code)).toEqual([info.kind, info.action, info.retryable]);
    }
  });

  it('marks the codes known only from unofficial lists', () => {
    const unofficial = catalog.filter((info) => !info.official);
    expect(unofficial).toHaveLength(472);
    expect(discordCodeInfo(40115)).toMatchObject({ official: false, sources: ['jda'], literal: false });
    expect(discordCodeInfo(20017)).toMatchObject({ official: false, sources: ['discord-api-types', 'userdoccers'] });
    expect(discordCodeInfo(99_999)).toBeUndefined();
  });

  it('records our judgement for the codes the issue names', () => {
    expect(discordCodeInfo(50035)).toMatchObject({ kind: 'invalid-argument', action: 'fix-request' });
    expect(discordCodeInfo(20028)).toMatchObject({ kind: 'resource-exhausted', action: 'retry', retryable: true });
    expect(discordCodeInfo(30001)).toMatchObject({ kind: 'resource-exhausted', action: 'none', retryable: false });
    expect(discordCodeInfo(110000)).toMatchObject({ kind: 'unavailable', retryable: true, note: expect.stringContaining('202') as unknown });
    expect(discordCodeInfo(10003)).toMatchObject({ kind: 'not-found' });
    expect(discordCodeInfo(60003)).toMatchObject({ kind: 'permission-denied', action: 'user-action' });
  });
});
