// The catalog checked against the reference data (snapshotted in __fixtures__/reference.json), so any drift shows up as a failure.
import { describe, expect, it } from 'vitest';
import { actionOf, type Provenance } from '@errata/core/vendor';
import {
  appleBusinessCatalog,
  appleBusinessReasonCatalog,
  appleBusinessResourceCatalog,
  appleBusinessStatusCatalog,
  describeAppleBusinessCode,
  type AppleBusinessEvidence,
  type AppleBusinessListEntry,
  type AppleBusinessOAuthEntry,
} from './catalog/index.ts';
import * as Codes from './codes.ts';
import * as Reasons from './reasons.ts';
import * as Resources from './resources.ts';
import { appleBusiness } from './vendor.ts';
import { referenceJson, snapshot } from './__fixtures__/reference.ts';

const listEntries = appleBusinessCatalog.entries.filter((entry): entry is AppleBusinessListEntry => entry.format === 'error-list');
const oauthEntries = appleBusinessCatalog.entries.filter((entry): entry is AppleBusinessOAuthEntry => entry.format === 'oauth');

/** The array-format entry of a code, or `undefined`. */
function codeInfo(code: string): AppleBusinessListEntry | undefined {
  const entry = describeAppleBusinessCode(code);
  return entry?.format === 'error-list' ? entry : undefined;
}

/** The OAuth entry of an `error` value (throws when there is none: every documented value has one). */
function oauthInfo(code: string): AppleBusinessOAuthEntry {
  const entry = describeAppleBusinessCode(code);
  if (entry?.format !== 'oauth') throw new Error(`no OAuth entry for ${code}`);
  return entry;
}

/** `"BRAND__ALREADY_EXISTS (inferred)"` → the code and its annotation. */
function annotated(text: string): { readonly value: string; readonly note: string } {
  const space = text.indexOf(' ');
  return space === -1 ? { value: text, note: '' } : { value: text.slice(0, space), note: text.slice(space + 1) };
}

function parseCode(status: number, code: string) {
  return appleBusiness.parse({ status, headers: {}, body: JSON.stringify([{ code, message: 'm' }]) });
}

interface Sourced {
  readonly provenance: Provenance;
  readonly evidence: AppleBusinessEvidence;
  readonly note?: string;
}

const allEntries: [string, Sourced][] = [
  ...appleBusinessCatalog.entries.map((entry): [string, Sourced] => [entry.code, entry]),
  ...appleBusinessReasonCatalog.entries.map((entry): [string, Sourced] => [`reason ${entry.code}`, entry]),
  ...appleBusinessResourceCatalog.entries.map((entry): [string, Sourced] => [`resource ${entry.code}`, entry]),
  ...appleBusinessStatusCatalog.entries.map((entry): [string, Sourced] => [`status ${String(entry.code)}`, entry]),
];

describe('provenance', () => {
  it.each(allEntries)('%s records evidence, source and check date', (_, entry) => {
    expect(['verified', 'observed', 'inferred']).toContain(entry.evidence);
    expect(entry.provenance.source).not.toBe('');
    expect(entry.provenance.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('explains every guess', () => {
    for (const [name, entry] of allEntries) if (entry.evidence === 'inferred') expect(entry.note, name).toBeTruthy();
  });

  it('lists every code constant once, in the order of ./codes, under its constant name', () => {
    expect(appleBusinessCatalog.entries.map((entry) => [entry.name, entry.code])).toEqual(Object.entries(Codes));
    expect(new Set(appleBusinessCatalog.entries.map((entry) => entry.code)).size).toBe(appleBusinessCatalog.entries.length);
    for (const code of Object.values(Codes)) expect(describeAppleBusinessCode(code)?.code, code).toBe(code);
  });

  it('lists every reason and resource constant, under its constant name', () => {
    expect(appleBusinessReasonCatalog.entries.map((entry) => [entry.name, entry.code])).toEqual(Object.entries(Reasons));
    expect(appleBusinessResourceCatalog.entries.map((entry) => entry.code).sort()).toEqual(Object.values(Resources).sort());
  });

  it('describes nothing it does not list, and never throws', () => {
    for (const value of ['LOCATION__EXPLODED', '', 'toString', '__proto__', 404, null, undefined, Symbol('x'), {}]) {
      expect(describeAppleBusinessCode(value)).toBeUndefined();
    }
    expect(appleBusinessResourceCatalog.get('toString')).toBeUndefined();
    expect(appleBusinessResourceCatalog.get('LOCATION')?.name).toBe('Location');
    expect(appleBusinessStatusCatalog.get(404)?.name).toBe('Not Found');
    expect(appleBusinessStatusCatalog.get('404')).toBeUndefined();
  });
});

describe('the reference snapshot', () => {
  it('holds facts taken from the reference files and the seed, with their provenance', () => {
    expect(snapshot.sources.map((source) => source.file)).toEqual(['reference/apple-business.json', 'reference/apple-business.md', 'seeds/001_dfcd593cb8fa691e.txt']);
    for (const source of snapshot.sources) {
      expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(source.builtFrom.length, source.file).toBeGreaterThan(0);
    }
  });
});

describe('statuses against the reference', () => {
  const documented = { ...referenceJson.http_statuses.client_error, ...referenceJson.http_statuses.server_error };

  it('lists exactly the documented error statuses with their reason phrases', () => {
    expect(Object.fromEntries(appleBusinessStatusCatalog.entries.map((entry) => [String(entry.code), entry.name]))).toEqual(documented);
  });

  it('invents none of the statuses Apple does not use', () => {
    for (const status of referenceJson.http_statuses.notably_absent) expect(appleBusinessStatusCatalog.get(status)).toBeUndefined();
  });
});

describe('resources against the reference', () => {
  const rows = referenceJson.resource_type_prefixes.filter((row) => !row.prefix.includes('('));

  it.each(rows)('$prefix', (row) => {
    const expected = row.evidence.startsWith('verified') ? 'verified' : 'inferred';
    const prefixes = row.prefix.split(' / ');
    for (const prefix of prefixes) {
      const info = appleBusinessResourceCatalog.get(prefix);
      expect(info, prefix).toBeDefined();
      expect(info?.evidence).toBe(expected);
      if (prefixes.length === 1) expect(info?.name.toLowerCase()).toBe(row.display_name.toLowerCase());
    }
  });

  it('lists no resource the reference does not name', () => {
    const named = rows.flatMap((row) => row.prefix.split(' / '));
    for (const { code: prefix } of appleBusinessResourceCatalog.entries) expect(named).toContain(prefix);
  });
});

describe('combinations against the reference', () => {
  for (const combination of referenceJson.combinations) {
    describe(combination.code_suffix, () => {
      it.each(combination.full_codes.map(annotated))('$value', ({ value, note }) => {
        const info = codeInfo(value);
        expect(info).toBeDefined();
        expect(info?.statuses).toEqual([combination.http_status]);
        expect(info?.reason).toBe(combination.code_suffix);
        expect(info?.templates).toEqual(combination.message_templates);
        if (combination.message_templates.length > 0) expect(info?.contextKeys).toEqual(combination.context_keys);
        expect(info?.evidence).toBe(note.includes('inferred') ? 'inferred' : 'verified');
      });

      it('documents the reason for the same resource types', () => {
        const reason = appleBusinessReasonCatalog.get(combination.code_suffix);
        const known = combination.resource_types.map((type) => annotated(type).value).filter((type) => appleBusinessResourceCatalog.get(type) !== undefined);
        expect(reason?.resources).toEqual(known);
        expect(reason?.statuses).toEqual([combination.http_status]);
        expect(reason?.evidence).toBe('verified');
      });
    });
  }
});

describe('codes seen in the wild', () => {
  it('records the real 401 as observed, with its status and message', () => {
    const real = referenceJson.observed_in_the_wild.find((entry) => entry.http_status === 401);
    const [item] = (real?.body ?? []) as { code: string; message: string }[];
    const info = codeInfo(item?.code ?? '');
    expect(info).toMatchObject({ evidence: 'observed', statuses: [401], templates: [item?.message] });
  });

  it('records single codes from clients as observed', () => {
    for (const entry of referenceJson.observed_in_the_wild) {
      if (entry.code === undefined) continue;
      expect(codeInfo(entry.code)?.evidence, entry.code).toBe('observed');
    }
  });

  it('records the onboarding guide names under their probable wire spelling, as inferred', () => {
    const names = referenceJson.observed_in_the_wild.flatMap((entry) => entry.codes ?? []);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const info = codeInfo(name.replace('_', '__'));
      expect(info?.evidence, name).toBe('inferred');
      expect(info?.note, name).toContain(name);
    }
  });

  it('records the validation report examples with their templates and severities', () => {
    for (const example of referenceJson.validation_report_format.examples) {
      expect(codeInfo(example.code)).toMatchObject({ templates: [example.message], severity: example.severity, contextKeys: Object.keys(example.context) });
    }
  });
});

describe('OAuth errors against the reference', () => {
  const rows = Object.entries(referenceJson.oauth_token_errors.by_status).flatMap(([status, list]) => list.map((row) => ({ status: Number(status), ...row })));

  it.each(rows)('$status $error: $error_description', ({ status, error, error_description }) => {
    // The docs print the 404 row with its columns swapped; the catalog stores it the right way round.
    const swapped = error.startsWith('404');
    const code = swapped ? annotated(error_description).value : error;
    const description = swapped ? '404 Not Found' : error_description;
    const info = oauthInfo(code);
    expect(info.evidence).toBe('verified');
    expect(info.responses).toContainEqual(expect.objectContaining({ status, description }));
  });

  it.each(referenceJson.oauth_token_errors.authorization_code_redirect_errors.items)('redirect $error: $error_description', ({ error, error_description }) => {
    const info = oauthInfo(error);
    expect(info.responses).toContainEqual(expect.objectContaining({ status: 'redirect', description: error_description }));
  });

  it('lists no OAuth answer the reference does not document', () => {
    const documented = new Set([
      ...rows.map((row) => `${String(row.status)} ${row.error_description}`),
      ...referenceJson.oauth_token_errors.authorization_code_redirect_errors.items.map((row) => `redirect ${row.error_description}`),
      '404 404 Not Found',
    ]);
    for (const info of oauthEntries) {
      for (const response of info.responses) expect(documented).toContain(`${String(response.status)} ${response.description}`);
    }
  });
});

describe('the catalog agrees with the parser', () => {
  it.each(listEntries.map((entry) => [entry.code, entry] as const))('%s', (code, { statuses, policy }) => {
    const error = parseCode(statuses[0] ?? 400, code);
    expect(error).toMatchObject({ code, kind: policy.kind, action: policy.action, retry: { retryable: policy.retryable } });
  });

  it.each(appleBusinessReasonCatalog.entries.map((entry) => [entry.code, entry] as const))('reason %s', (reason, { resources, statuses, policy }) => {
    const code = resources[0] === undefined ? reason : `${resources[0]}__${reason}`;
    expect(parseCode(statuses[0] ?? 400, code)).toMatchObject({ kind: policy.kind, action: policy.action });
  });

  // An OAuth entry's policy is the reading when no description says more, at its first status (400 for redirect-only values).
  it.each(oauthEntries.map((entry) => [entry.code, entry] as const))('OAuth %s without a description', (error, { statuses, policy }) => {
    const parsed = appleBusiness.parse({ status: statuses[0] ?? 400, headers: {}, body: JSON.stringify({ error }) });
    expect(parsed).toMatchObject({ code: error, kind: policy.kind, retry: { retryable: policy.retryable } });
    expect(parsed?.action).toBe(actionOf(policy.kind, parsed?.retry ?? { retryable: false }, policy.action));
  });

  const responses = oauthEntries.flatMap((info) => info.responses.map((response) => ({ error: info.code, ...response })));
  it.each(responses.filter((response) => response.status !== 'redirect'))('OAuth $status $error: $description', ({ error, status, description, kind, action }) => {
    const parsed = appleBusiness.parse({ status: status as number, headers: {}, body: JSON.stringify({ error, error_description: description }) });
    expect(parsed).toMatchObject({ code: error, kind, action });
  });
});
