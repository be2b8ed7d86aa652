import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as ApiCode from './apiCodes.ts';
import { bearerOAuthCatalog, describeCode } from './catalog.ts';
import { metaOf } from './meta.ts';
import * as OAuthCode from './codes.ts';

const reference = readFileSync(new URL('../../../../shared/reference/bearer-oauth.md', import.meta.url), 'utf8');
const seed = readFileSync(new URL('../../../../shared/seeds/002_d1056ad56076deb1.txt', import.meta.url), 'utf8');

/** `| 400 | \`BAD_REQUEST\` | …` rows of the LINE WORKS table: [status, code]. */
function statusCodeRows(text: string): [number, string][] {
  const rows: [number, string][] = [];
  for (const line of text.split('\n')) {
    const match = /^\| (\d{3}) \| `([A-Z0-9_{}]+)` \|/.exec(line);
    if (match) rows.push([Number(match[1]), match[2]!]);
  }
  return rows;
}

/** `| \`invalid_request\` | … | 400 … |` rows of the RFC tables, and codes listed in prose tables. */
function oauthCodes(text: string): string[] {
  const codes = new Set<string>();
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) continue;
    for (const match of line.matchAll(/`([a-z][a-z_]+)`/g)) codes.add(match[1]!);
  }
  return [...codes];
}

const byCode = new Map(bearerOAuthCatalog.map((info) => [info.code, info]));

describe('catalog', () => {
  it('lists every code of the seed with its status', () => {
    const rows = [...seed.matchAll(/^(\d{3})([A-Z_{}]+?)(?=[A-Z][a-z ])/gm)].map((m) => [Number(m[1]), m[2]!] as const);
    expect(rows).toHaveLength(19);
    for (const [status, code] of rows) expect(byCode.get(code)?.statuses, code).toContain(status);
  });

  it('lists every LINE WORKS code of the reference with its status', () => {
    const rows = statusCodeRows(reference);
    expect(rows.length).toBe(20);
    for (const [status, code] of rows) expect(byCode.get(code)?.statuses, code).toContain(status);
  });

  it('lists every OAuth error code named in the reference tables', () => {
    const attributeNames = new Set(['realm', 'scope', 'error', 'error_description', 'error_uri', 'resource_metadata', 'acr_values', 'max_age', 'interval', 'device_code']);
    const codes = oauthCodes(reference).filter((code) => !attributeNames.has(code));
    expect(codes).toContain('authorization_pending');
    for (const code of codes) expect(byCode.has(code), code).toBe(true);
  });

  it('lists the DPoP codes of RFC 9449 named in the reference prose', () => {
    for (const code of ['invalid_dpop_proof', 'use_dpop_nonce']) {
      expect(reference).toContain(`\`${code}\``);
      expect(byCode.get(code)?.statuses).toEqual([400, 401]);
    }
  });

  it('matches the RFC 6750 and RFC 8628 statuses of the reference', () => {
    expect(reference).toContain('| `invalid_token` | 401 |');
    for (const [code, status] of [['invalid_request', 400], ['invalid_token', 401], ['insufficient_scope', 403]] as const) {
      expect(reference).toContain(`| \`${code}\` | ${String(status)} |`);
      expect(byCode.get(code)?.statuses[0]).toBe(status);
    }
  });

  it('has one entry, with metadata and provenance, per code constant', () => {
    const constants = [...Object.values(OAuthCode), ...Object.values(ApiCode)];
    expect(bearerOAuthCatalog.map((info) => info.code).sort()).toEqual([...constants].sort());
    for (const info of bearerOAuthCatalog) {
      expect(metaOf(info.code), info.code).toBeDefined();
      expect(info.url).toMatch(/^https:\/\//);
      expect(info.verification.length).toBeGreaterThan(10);
      expect(info.message.length).toBeGreaterThan(5);
    }
  });

  it('describes templated codes through their template', () => {
    expect(describeCode('USER_NOT_EXIST')?.code).toBe('{RESOURCE}_NOT_EXIST');
    expect(describeCode('INVALID_PARAMETER')?.code).toBe('INVALID_PARAMETER');
    expect(describeCode('invalid_token')?.kind).toBe('unauthenticated');
    expect(describeCode('nope')).toBeUndefined();
  });
});
