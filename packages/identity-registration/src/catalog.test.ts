import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeIdentityRegistrationCode, identityRegistrationCatalog, SOURCES, type Source } from './catalog.ts';
import * as Codes from './codes.ts';
import { ancestorsOf } from './hierarchy.ts';
import { codesOfErrorName, IDENTITY_REGISTRATION_ERROR_NAMES } from './names.ts';
import { buildIdentityRegistrationError } from './testing.ts';
import { identityRegistration } from './vendor.ts';

interface ReferenceCode {
  readonly code: number;
  readonly error: string;
  readonly extra_fields: readonly string[];
  readonly catch_all: boolean;
  readonly evidence: readonly string[];
}
interface ReferenceExample {
  readonly http: string;
  readonly body: Record<string, unknown>;
}
/** What tooling/scripts/reference-sync.mjs keeps of reference/identity-registration.json and seed 003. */
interface Snapshot {
  readonly sources: readonly { readonly file: string }[];
  readonly facts: {
    readonly codes: readonly ReferenceCode[];
    /** The reference's wire_format.examples. */
    readonly examples: readonly ReferenceExample[];
    /** The seed's table as [code, name]: a line with a three-digit code, then a line "name. …". */
    readonly seedNames: readonly (readonly [number, string])[];
  };
}

// The facts, snapshotted into the repository with their provenance, so the tests need nothing outside it.
const snapshot = JSON.parse(readFileSync(new URL('__fixtures__/reference.json', import.meta.url), 'utf8')) as Snapshot;
const reference = { codes: snapshot.facts.codes, wire_format: { examples: snapshot.facts.examples } };

// Field names in the reference's free text ("prereg_attributes (iOS SDK) / prereg_fields …").
function fieldNames(texts: readonly string[]): string[] {
  return texts.flatMap((text) => text.match(/^message\b|\b[a-z]+(?:_[a-z]+)+\b/g) ?? []);
}

function sourcesOf(evidence: readonly string[]): Source[] {
  const found = new Set<Source>();
  for (const item of evidence) {
    if (item.includes('seed 003')) found.add('seed');
    if (item.includes('jump.ios')) found.add('janrain-ios');
    if (item.includes('jump.android')) found.add('janrain-android');
    if (item.includes('Philips')) found.add('philips-sdk');
    if (item.includes('password-history')) found.add('password-history');
  }
  return [...found].sort();
}

// The source keys an entry's provenance names, in the order of SOURCES.
function namedSources(source: string | undefined): Source[] {
  return (Object.keys(SOURCES) as Source[]).filter((key) => source?.includes(SOURCES[key]) === true).sort();
}

const IDENTITY_REGISTRATION_CODES = identityRegistrationCatalog.entries.map((entry) => entry.code);

// "352\nunknown_application. Occurs if …" in the seed → 352 => 'unknown_application'
function seedNames(): Map<number, string> {
  return new Map(snapshot.facts.seedNames);
}

describe('the catalog against the reference data', () => {
  it('checks facts taken from the reference and the seed', () => {
    expect(snapshot.sources.map((source) => source.file)).toEqual(['reference/identity-registration.json', 'seeds/003_cb073ad328fd2c58.txt']);
  });

  it('lists the same 43 codes as the reference, the constants and the seed', () => {
    const referenceCodes = reference.codes.map((entry) => entry.code);
    expect(IDENTITY_REGISTRATION_CODES).toHaveLength(43);
    expect([...IDENTITY_REGISTRATION_CODES]).toEqual(referenceCodes);
    expect(Object.values(Codes).sort((a, b) => a - b)).toEqual(referenceCodes);
    expect([...seedNames().keys()]).toEqual(referenceCodes);
  });

  it.each(reference.codes.map((entry) => [entry.code, entry] as const))('%i matches its reference entry', (code, entry) => {
    const info = describeIdentityRegistrationCode(code);
    expect(info).toBeDefined();
    expect(info?.error).toBe(entry.error);
    expect(info?.catchAll).toBe(entry.catch_all);
    expect([...(info?.extraFields ?? [])].sort()).toEqual(fieldNames(entry.extra_fields).sort());
    expect(namedSources(info?.provenance.source)).toEqual(sourcesOf(entry.evidence));
    expect(info?.ancestors).toEqual(ancestorsOf(code));
    expect(info?.provenance.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(info?.name).toBe(Object.entries(Codes).find(([, value]) => value === code)?.[0]);
    expect(info?.message.length).toBeGreaterThan(0);
    expect(info?.statuses[0]).toBe(200);
  });

  it('differs from the seed only where the seed is wrong (352), and says so', () => {
    const differing = [...seedNames()].filter(([code, name]) => IDENTITY_REGISTRATION_ERROR_NAMES[code as keyof typeof IDENTITY_REGISTRATION_ERROR_NAMES] !== name);
    expect(differing).toEqual([[352, 'unknown_application']]);
    expect(describeIdentityRegistrationCode(352)?.note).toContain('unknown_application');
  });

  it('maps every error string to one code, except password_unacceptable which 214 and 352 share', () => {
    expect(codesOfErrorName('password_unacceptable')).toEqual([214, 352]);
    for (const [code, name] of Object.entries(IDENTITY_REGISTRATION_ERROR_NAMES)) {
      if (name !== 'password_unacceptable') expect(codesOfErrorName(name)).toEqual([Number(code)]);
    }
    expect(codesOfErrorName('nope')).toEqual([]);
  });

  it('names each constant after its error string (352 gets a distinct name)', () => {
    for (const [constant, code] of Object.entries(Codes)) {
      const pascal = IDENTITY_REGISTRATION_ERROR_NAMES[code].replace(/(?:^|_)([a-z])/g, (_match, letter: string) => letter.toUpperCase());
      expect(constant).toBe(code === 352 ? `Entity${pascal}` : pascal);
    }
  });

  it('returns nothing for codes the docs do not list', () => {
    expect(describeIdentityRegistrationCode(367)).toBeUndefined();
    expect(describeIdentityRegistrationCode(400)).toBeUndefined();
    expect(describeIdentityRegistrationCode(-1)).toBeUndefined();
    // The kit's lookup compares codes as they are: a numeric string is not a code.
    expect(describeIdentityRegistrationCode('210')).toBeUndefined();
    expect(describeIdentityRegistrationCode(210)?.error).toBe('invalid_credentials');
  });
});

describe('the catalog and the parser agree', () => {
  it.each([...IDENTITY_REGISTRATION_CODES])('%i parses to the kind, action and retryability the catalog lists', (code) => {
    const info = describeIdentityRegistrationCode(code);
    const error = buildIdentityRegistrationError({ code });
    expect(error.kind).toBe(info?.policy.kind);
    expect(error.action).toBe(info?.policy.action);
    expect(error.retry.retryable).toBe(info?.policy.retryable);
  });

  it('records the policies the issue asks for', () => {
    expect(describeIdentityRegistrationCode(510)?.policy).toMatchObject({ kind: 'resource-exhausted', retryable: true });
    expect(describeIdentityRegistrationCode(480)?.policy).toMatchObject({ kind: 'unavailable', retryable: true });
    for (const code of [414, 415, 416, 417]) expect(describeIdentityRegistrationCode(code)?.policy.action).toBe('reauthenticate');
  });
});

describe('every example in the reference file', () => {
  it.each(reference.wire_format.examples.map((example) => [example.http, example] as const))('parses the %s example', (http, example) => {
    const status = /^\d{3}/.exec(http) === null ? 200 : Number(http.slice(0, 3));
    const error = identityRegistration.parse({ status, body: JSON.stringify(example.body) });
    expect(error?.vendor).toBe('identity-registration');
    expect(error?.code).toBe(example.body.code);
    expect(error?.status).toBe(status);
    expect(error?.message).toBe(example.body.error_description);
    expect(error?.requestId).toBe(example.body.request_id ?? example.body.request_token);
  });
});
