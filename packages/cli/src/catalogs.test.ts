import { appleBusinessCatalog } from '@errata/apple-business';
import { bearerOAuthCatalog } from '@errata/bearer-oauth';
import { isAction, isKind } from '@errata/core';
import { discordCatalog } from '@errata/discord';
import { icloudExtractCatalog } from '@errata/icloud-extract';
import { identityRegistrationCatalog } from '@errata/identity-registration';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from './catalogs/index.ts';
import { integerCode } from './catalogs/entry.ts';
import { VENDORS, vendorNamed } from './vendors.ts';

describe('CATALOGS', () => {
  it('list every code of each vendor package', () => {
    expect(CATALOGS.discord.all()).toHaveLength(discordCatalog.entries.length);
    expect(CATALOGS['apple-business'].all()).toHaveLength(appleBusinessCatalog.entries.length);
    expect(CATALOGS['bearer-oauth'].all()).toHaveLength(bearerOAuthCatalog.entries.length);
    expect(CATALOGS['identity-registration'].all()).toHaveLength(identityRegistrationCatalog.entries.length);
    expect(CATALOGS['icloud-extract'].all()).toHaveLength(icloudExtractCatalog.entries.length);
  });

  it.each(VENDORS.map((vendor) => vendor.name))('%s: every entry is well-formed and found again by its code', (name) => {
    const catalog = CATALOGS[name];
    for (const entry of catalog.all()) {
      expect(entry.vendor).toBe(name);
      expect(isKind(entry.kind), `${String(entry.code)} kind`).toBe(true);
      expect(isAction(entry.action), `${String(entry.code)} action`).toBe(true);
      expect(entry.message.length).toBeGreaterThan(0);
      expect(entry.provenance.length, `${String(entry.code)} provenance`).toBeGreaterThan(0);
      expect(catalog.lookup(String(entry.code))?.code).toBe(entry.code);
    }
  });

  it('reads the facts the vendor catalogs hold', () => {
    expect(CATALOGS.discord.lookup('50013')).toMatchObject({ code: 50013, name: 'MissingPermissions', kind: 'permission-denied' });
    expect(CATALOGS['apple-business'].lookup('LOCATION__NOT_FOUND')).toMatchObject({ statuses: [404], kind: 'not-found' });
    expect(CATALOGS['bearer-oauth'].lookup('invalid_token')).toMatchObject({ statuses: [401], action: 'reauthenticate' });
    expect(CATALOGS['identity-registration'].lookup('510')).toMatchObject({ kind: 'resource-exhausted', retryable: true });
    expect(CATALOGS['icloud-extract'].lookup('code-rate-limited')).toMatchObject({ minWaitMs: 3_600_000, action: 'retry-after' });
  });

  it('falls back to what is known of a code family', () => {
    // An uncatalogued Apple resource with a documented reason, and a templated OAuth API code.
    expect(CATALOGS['apple-business'].lookup('BRAND__NOT_FOUND')).toMatchObject({ code: 'BRAND__NOT_FOUND', kind: 'not-found' });
    expect(CATALOGS['bearer-oauth'].lookup('USER_NOT_EXIST')).toMatchObject({ code: 'USER_NOT_EXIST', facts: [['template', '{RESOURCE}_NOT_EXIST']] });
    expect(CATALOGS['identity-registration'].unknownHint?.('215')).toContain('210');
  });

  it.each(VENDORS.map((vendor) => vendor.name))('%s: prototype names and junk find nothing', (name) => {
    for (const code of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', ' ', '1e3', '0x10', '-0', '9'.repeat(40)]) {
      expect(CATALOGS[name].lookup(code), JSON.stringify(code)).toBeUndefined();
    }
  });
});

describe('integerCode', () => {
  it('accepts plain decimal integers only', () => {
    expect(integerCode('50013')).toBe(50013);
    expect(integerCode(' 210 ')).toBe(210);
    expect(integerCode('5e4')).toBeUndefined();
    expect(integerCode('0x10')).toBeUndefined();
    expect(integerCode('1.5')).toBeUndefined();
  });
});

describe('vendorNamed', () => {
  it('accepts names and aliases, case-insensitively', () => {
    expect(vendorNamed('apple').name).toBe('apple-business');
    expect(vendorNamed('OAuth').name).toBe('bearer-oauth');
    expect(vendorNamed('registration').name).toBe('identity-registration');
    expect(vendorNamed('icloud').name).toBe('icloud-extract');
    expect(() => vendorNamed('__proto__')).toThrow(/unknown vendor/);
  });
});
