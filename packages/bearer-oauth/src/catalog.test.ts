import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as ApiCode from './apiCodes.ts';
import { bearerOAuthCatalog, describeBearerOAuthCode } from './catalog.ts';
import * as BearerOAuthCode from './codes.ts';
import * as OAuthCode from './oauthCodes.ts';
import { policyOf } from './policy.ts';

/** What tooling/scripts/reference-sync.mjs keeps of reference/bearer-oauth.md and seed 002. */
interface Snapshot {
  readonly sources: readonly { readonly file: string }[];
  readonly facts: {
    /** `400BAD_REQUESTThe server …` rows of the seed's table: [status, code]. */
    readonly seedStatusCodes: readonly (readonly [number, string])[];
    /** `| 400 | \`BAD_REQUEST\` | …` rows of the reference's LINE WORKS table: [status, code]. */
    readonly lineWorksStatusCodes: readonly (readonly [number, string])[];
    /** Every backticked lower-case name in a row of the reference's tables. */
    readonly tableNames: readonly string[];
    /** `| \`invalid_token\` | 401 |` rows of the reference's tables: [code, status]. */
    readonly codeStatusRows: readonly (readonly [string, number])[];
    /** Every backticked lower-case name anywhere in the reference, prose included. */
    readonly backtickedNames: readonly string[];
  };
}

// The facts, snapshotted into the repository with their provenance, so the tests need nothing outside it.
const snapshot = JSON.parse(readFileSync(new URL('__fixtures__/reference.json', import.meta.url), 'utf8')) as Snapshot;
const { facts } = snapshot;

const byCode = new Map<string, (typeof bearerOAuthCatalog.entries)[number]>(bearerOAuthCatalog.entries.map((info) => [info.code, info]));

describe('catalog', () => {
  it('checks facts taken from the reference and the seed', () => {
    expect(snapshot.sources.map((source) => source.file)).toEqual(['reference/bearer-oauth.md', 'seeds/002_d1056ad56076deb1.txt']);
  });

  it('lists every code of the seed with its status', () => {
    const rows = facts.seedStatusCodes;
    expect(rows).toHaveLength(19);
    for (const [status, code] of rows) expect(byCode.get(code)?.statuses, code).toContain(status);
  });

  it('lists every LINE WORKS code of the reference with its status', () => {
    const rows = facts.lineWorksStatusCodes;
    expect(rows.length).toBe(20);
    for (const [status, code] of rows) expect(byCode.get(code)?.statuses, code).toContain(status);
  });

  it('lists every OAuth error code named in the reference tables', () => {
    const attributeNames = new Set(['realm', 'scope', 'error', 'error_description', 'error_uri', 'resource_metadata', 'acr_values', 'max_age', 'interval', 'device_code']);
    const codes = facts.tableNames.filter((code) => !attributeNames.has(code));
    expect(codes).toContain('authorization_pending');
    for (const code of codes) expect(byCode.has(code), code).toBe(true);
  });

  it('lists the DPoP codes of RFC 9449 named in the reference prose', () => {
    for (const code of ['invalid_dpop_proof', 'use_dpop_nonce']) {
      expect(facts.backtickedNames).toContain(code);
      expect(byCode.get(code)?.statuses).toEqual([400, 401]);
    }
  });

  it('matches the RFC 6750 and RFC 8628 statuses of the reference', () => {
    expect(facts.codeStatusRows).toContainEqual(['invalid_token', 401]);
    for (const [code, status] of [['invalid_request', 400], ['invalid_token', 401], ['insufficient_scope', 403]] as const) {
      expect(facts.codeStatusRows).toContainEqual([code, status]);
      expect(byCode.get(code)?.statuses[0]).toBe(status);
    }
  });

  it('has one entry, with metadata and provenance, per code constant', () => {
    const constants = [...Object.values(OAuthCode), ...Object.values(ApiCode)];
    expect(bearerOAuthCatalog.entries.map((info) => info.code).sort()).toEqual([...constants].sort());
    expect(Object.values(BearerOAuthCode).sort()).toEqual([...constants].sort());
    for (const info of bearerOAuthCatalog.entries) {
      expect(policyOf(info.code), info.code).toBeDefined();
      expect(info.policy).toBe(policyOf(info.code));
      expect(info.provenance.source).toMatch(/: https:\/\/\S+$/);
      expect(info.provenance.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (info.note !== undefined) expect(info.note.length).toBeGreaterThan(10);
      expect(info.message.length).toBeGreaterThan(5);
      // The entry's name is the constant's: BearerOAuthCode[name] is the code.
      expect((BearerOAuthCode as Readonly<Record<string, string>>)[info.name], info.name).toBe(info.code);
    }
  });

  it('describes templated codes through their template', () => {
    expect(describeBearerOAuthCode('USER_NOT_EXIST')?.code).toBe('{RESOURCE}_NOT_EXIST');
    expect(describeBearerOAuthCode('INVALID_PARAMETER')?.code).toBe('INVALID_PARAMETER');
    expect(describeBearerOAuthCode('invalid_token')?.policy.kind).toBe('unauthenticated');
    expect(describeBearerOAuthCode('nope')).toBeUndefined();
  });
});
