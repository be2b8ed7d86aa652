// The one vendor list and the CLI's reading of every vendor's catalog through core's entry type.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRegistry, isAction, isKind } from '@errata/core';
import { describe, expect, it } from 'vitest';
import { entryJson, lookUp } from './lookup.ts';
import { main } from './main.ts';
import { vendorNamed } from './vendorChoice.ts';
import { integerCode, VENDORS } from '@errata/vendors';

const names = VENDORS.map((vendor) => vendor.name);

/** Runs the CLI in-process and collects its output. */
async function run(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), readStdin: () => Promise.resolve(undefined) });
  return { code, stdout, stderr };
}

describe('VENDORS, the one list', () => {
  it('names every vendor package of the workspace, each once, and the list and the CLI depend on each', () => {
    const packagesDir = new URL('../../', import.meta.url);
    // A vendor package is a workspace package in the common shape: the module in src/vendor.ts and
    // the code constants in src/codes.ts (core has a vendor.ts, its kit entry, but no codes).
    const vendorPackages = readdirSync(packagesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && ['vendor.ts', 'codes.ts'].every((file) => existsSync(new URL(`${entry.name}/src/${file}`, packagesDir))))
      .map((entry) => (JSON.parse(readFileSync(new URL(`${entry.name}/package.json`, packagesDir), 'utf8')) as { name: string }).name);
    expect([...VENDORS.map((vendor) => vendor.package)].sort()).toEqual(vendorPackages.sort());
    expect(new Set(names).size).toBe(names.length);
    const manifest = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    const cli = manifest('../package.json');
    const list = manifest('../../../tooling/vendors/package.json');
    for (const vendor of VENDORS) {
      expect(cli.dependencies[vendor.package], vendor.package).toBe('workspace:^');
      expect(list.dependencies[vendor.package], vendor.package).toBe('workspace:*');
    }
  });

  it.each(names)('%s: the entry is the package\'s own module, guard, catalog and lookup', async (name) => {
    const vendor = vendorNamed(name);
    const exported = Object.values(await import(vendor.package) as Record<string, unknown>);
    for (const value of [vendor.module, vendor.guard, vendor.catalog, vendor.describe]) expect(exported).toContain(value);
    expect(vendor.module.vendor).toBe(name);
    expect(vendor.catalog.entries.length).toBeGreaterThan(0);
    for (const alias of vendor.aliases) expect(vendorNamed(alias)).toBe(vendor);
  });

  it.each(names)('%s: the sample parses to its code and kind, directly and through a registry of every vendor', (name) => {
    const vendor = vendorNamed(name);
    const registry = createRegistry(VENDORS.map((entry) => entry.module));
    const parts = { status: vendor.sample.status, headers: vendor.sample.headers, body: vendor.sample.body };
    for (const error of [vendor.module.parse(parts), registry.parse(parts)]) {
      expect(error).toMatchObject({ vendor: name, code: vendor.sample.code, kind: vendor.sample.kind });
      expect(vendor.guard(error, vendor.sample.code)).toBe(true);
    }
  });
});

describe('every vendor catalog, read through core\'s entry type', () => {
  it.each(names)('%s: list and list --json give every code of the catalog, in its order', async (name) => {
    const { entries } = vendorNamed(name).catalog;
    const json = await run(['list', name, '--json']);
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { code: unknown }[]).map((entry) => entry.code)).toEqual(entries.map((entry) => entry.code));
    const text = await run(['list', name]);
    expect(text.stdout.trimEnd().split('\n')).toHaveLength(1 + entries.length);
  });

  it.each(names)('%s: every code explains, as text and as JSON, with its entry\'s facts', async (name) => {
    const vendor = vendorNamed(name);
    for (const entry of vendor.catalog.entries) {
      const code = String(entry.code);
      expect(isKind(entry.policy.kind), `${code} kind`).toBe(true);
      expect(isAction(entry.policy.action), `${code} action`).toBe(true);
      expect(lookUp(vendor, code)?.entry, code).toBe(vendor.describe(entry.code));
      const text = await run(['explain', name, code]);
      expect(text.code, code).toBe(0);
      expect(text.stdout.split('\n')[0]?.startsWith(`${name} ${code}`), code).toBe(true);
      expect(text.stdout, code).toMatch(new RegExp(`^  kind +${entry.policy.kind}$`, 'm'));
      expect(text.stdout, code).toMatch(/^ {2}source +\S/m);
      expect(text.stdout, code).toMatch(/^ {2}message +\S/m);
    }
    // JSON for a sample of codes (all of them would only repeat the redaction work).
    for (const entry of vendor.catalog.entries.slice(0, 20)) {
      const json = JSON.parse((await run(['explain', name, String(entry.code), '--json'])).stdout) as Record<string, unknown>;
      expect(json).toMatchObject({ vendor: name, code: entry.code, message: entry.message, policy: { kind: entry.policy.kind } });
    }
  });

  it('reads the facts the vendor catalogs hold', () => {
    const at = (name: string, code: string) => lookUp(vendorNamed(name), code)?.entry;
    expect(at('discord', '50013')).toMatchObject({ code: 50013, name: 'MissingPermissions', policy: { kind: 'permission-denied' } });
    expect(at('discord', 'rate-limited')).toMatchObject({ code: 'rate-limited', statuses: [429] });
    expect(at('apple-business', 'LOCATION__NOT_FOUND')).toMatchObject({ statuses: [404], policy: { kind: 'not-found' } });
    expect(at('bearer-oauth', 'invalid_token')).toMatchObject({ statuses: [401], policy: { action: 'reauthenticate' } });
    expect(at('identity-registration', ' 510 ')).toMatchObject({ policy: { kind: 'resource-exhausted', retryable: true } });
    expect(at('icloud-extract', 'code-rate-limited')).toMatchObject({ policy: { waitMs: 3_600_000, action: 'retry-after' } });
  });

  it('falls back to what is known of a code family', () => {
    // An uncatalogued Apple resource with a documented reason, a templated OAuth API code, and an
    // undocumented Registration code under a documented catch-all.
    expect(lookUp(vendorNamed('apple'), 'BRAND__NOT_FOUND')).toMatchObject({ asked: 'BRAND__NOT_FOUND', entry: { code: 'NOT_FOUND', policy: { kind: 'not-found' } }, relation: 'its reason' });
    expect(lookUp(vendorNamed('oauth'), 'USER_NOT_EXIST')).toMatchObject({ asked: 'USER_NOT_EXIST', entry: { code: '{RESOURCE}_NOT_EXIST' } });
    expect(lookUp(vendorNamed('oauth'), 'USER_NOT_EXIST')?.relation).toBeUndefined();
    expect(lookUp(vendorNamed('registration'), '215')).toMatchObject({ entry: { code: 210 }, relation: 'the documented catch-all above it' });
  });

  it('--json keeps how a code was found', () => {
    const oauth = vendorNamed('oauth');
    const found = lookUp(oauth, 'USER_NOT_EXIST');
    expect(found && entryJson(oauth, found.entry, found)).toMatchObject({ vendor: 'bearer-oauth', code: '{RESOURCE}_NOT_EXIST', requested: 'USER_NOT_EXIST' });
    const apple = vendorNamed('apple');
    const reason = lookUp(apple, 'BRAND__NOT_FOUND');
    expect(reason && entryJson(apple, reason.entry, reason)).toMatchObject({ vendor: 'apple-business', code: 'NOT_FOUND', requested: 'BRAND__NOT_FOUND', relation: 'its reason' });
  });

  it.each(names)('%s: prototype names and junk find nothing', (name) => {
    for (const code of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', ' ', '1e3', '0x10', '-0', '9'.repeat(40)]) {
      expect(lookUp(vendorNamed(name), code), JSON.stringify(code)).toBeUndefined();
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
