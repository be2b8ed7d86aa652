// The catalog checked against the reference data (snapshotted in __fixtures__/reference.json), so any drift shows up as a failure.
import { describe, expect, it } from 'vitest';
import { appleBusiness } from './appleBusiness.ts';
import { appleBusinessCodes } from './catalog/codes.ts';
import { appleBusinessOAuthErrors } from './catalog/oauth.ts';
import { appleBusinessReasons } from './catalog/reasons.ts';
import { appleBusinessResources } from './catalog/resources.ts';
import { appleBusinessStatuses } from './catalog/statuses.ts';
import * as Codes from './codes.ts';
import * as Reasons from './reasons.ts';
import * as Resources from './resources.ts';
import type { Provenance } from './catalog/evidence.ts';
import { referenceJson, snapshot } from './__fixtures__/reference.ts';

const codeInfo = appleBusinessCodes as Readonly<Record<string, (typeof appleBusinessCodes)[keyof typeof appleBusinessCodes] | undefined>>;

/** `"BRAND__ALREADY_EXISTS (inferred)"` → the code and its annotation. */
function annotated(text: string): { readonly value: string; readonly note: string } {
  const space = text.indexOf(' ');
  return space === -1 ? { value: text, note: '' } : { value: text.slice(0, space), note: text.slice(space + 1) };
}

function parseCode(status: number, code: string) {
  return appleBusiness.parse({ status, headers: {}, body: JSON.stringify([{ code, message: 'm' }]) });
}

const allEntries: [string, Provenance][] = [
  ...Object.entries(appleBusinessCodes),
  ...Object.entries(appleBusinessReasons),
  ...Object.entries(appleBusinessResources),
  ...Object.entries(appleBusinessStatuses),
  ...Object.entries(appleBusinessOAuthErrors),
];

describe('provenance', () => {
  it.each(allEntries)('%s records evidence, source and check date', (_, entry) => {
    expect(['verified', 'observed', 'inferred']).toContain(entry.evidence);
    expect(entry.source).not.toBe('');
    expect(entry.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('explains every guess', () => {
    for (const [name, entry] of allEntries) if (entry.evidence === 'inferred') expect(entry.note, name).toBeTruthy();
  });

  it('lists every code constant in exactly one catalog, and every reason and resource constant', () => {
    for (const code of Object.values(Codes)) {
      expect(Object.hasOwn(appleBusinessCodes, code) !== Object.hasOwn(appleBusinessOAuthErrors, code), code).toBe(true);
    }
    expect(Object.keys(appleBusinessReasons).sort()).toEqual(Object.values(Reasons).sort());
    expect(Object.keys(appleBusinessResources).sort()).toEqual(Object.values(Resources).sort());
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
    expect(Object.fromEntries(Object.entries(appleBusinessStatuses).map(([status, info]) => [status, info.phrase]))).toEqual(documented);
  });

  it('invents none of the statuses Apple does not use', () => {
    for (const status of referenceJson.http_statuses.notably_absent) expect(Object.hasOwn(appleBusinessStatuses, status)).toBe(false);
  });
});

describe('resources against the reference', () => {
  const rows = referenceJson.resource_type_prefixes.filter((row) => !row.prefix.includes('('));

  it.each(rows)('$prefix', (row) => {
    const expected = row.evidence.startsWith('verified') ? 'verified' : 'inferred';
    const prefixes = row.prefix.split(' / ');
    for (const prefix of prefixes) {
      const info = appleBusinessResources[prefix as keyof typeof appleBusinessResources];
      expect(info, prefix).toBeDefined();
      expect(info.evidence).toBe(expected);
      if (prefixes.length === 1) expect(info.name.toLowerCase()).toBe(row.display_name.toLowerCase());
    }
  });

  it('lists no resource the reference does not name', () => {
    const named = rows.flatMap((row) => row.prefix.split(' / '));
    for (const prefix of Object.keys(appleBusinessResources)) expect(named).toContain(prefix);
  });
});

describe('combinations against the reference', () => {
  for (const combination of referenceJson.combinations) {
    describe(combination.code_suffix, () => {
      it.each(combination.full_codes.map(annotated))('$value', ({ value, note }) => {
        const info = codeInfo[value];
        expect(info).toBeDefined();
        expect(info?.status).toBe(combination.http_status);
        expect(info?.reason).toBe(combination.code_suffix);
        expect(info?.templates).toEqual(combination.message_templates);
        if (combination.message_templates.length > 0) expect(info?.contextKeys).toEqual(combination.context_keys);
        expect(info?.evidence).toBe(note.includes('inferred') ? 'inferred' : 'verified');
      });

      it('documents the reason for the same resource types', () => {
        const reason = appleBusinessReasons[combination.code_suffix as keyof typeof appleBusinessReasons];
        const known = combination.resource_types.map((type) => annotated(type).value).filter((type) => Object.hasOwn(appleBusinessResources, type));
        expect(reason.resources).toEqual(known);
        expect(reason.status).toBe(combination.http_status);
        expect(reason.evidence).toBe('verified');
      });
    });
  }
});

describe('codes seen in the wild', () => {
  it('records the real 401 as observed, with its status and message', () => {
    const real = referenceJson.observed_in_the_wild.find((entry) => entry.http_status === 401);
    const [item] = (real?.body ?? []) as { code: string; message: string }[];
    const info = codeInfo[item?.code ?? ''];
    expect(info).toMatchObject({ evidence: 'observed', status: 401, templates: [item?.message] });
  });

  it('records single codes from clients as observed', () => {
    for (const entry of referenceJson.observed_in_the_wild) {
      if (entry.code === undefined) continue;
      expect(codeInfo[entry.code]?.evidence, entry.code).toBe('observed');
    }
  });

  it('records the onboarding guide names under their probable wire spelling, as inferred', () => {
    const names = referenceJson.observed_in_the_wild.flatMap((entry) => entry.codes ?? []);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const info = codeInfo[name.replace('_', '__')];
      expect(info?.evidence, name).toBe('inferred');
      expect(info?.note, name).toContain(name);
    }
  });

  it('records the validation report examples with their templates and severities', () => {
    for (const example of referenceJson.validation_report_format.examples) {
      expect(codeInfo[example.code]).toMatchObject({ templates: [example.message], severity: example.severity, contextKeys: Object.keys(example.context) });
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
    const info = appleBusinessOAuthErrors[code as keyof typeof appleBusinessOAuthErrors];
    expect(info.evidence).toBe('verified');
    expect(info.responses).toContainEqual(expect.objectContaining({ status, description }));
  });

  it.each(referenceJson.oauth_token_errors.authorization_code_redirect_errors.items)('redirect $error: $error_description', ({ error, error_description }) => {
    const info = appleBusinessOAuthErrors[error as keyof typeof appleBusinessOAuthErrors];
    expect(info.responses).toContainEqual(expect.objectContaining({ status: 'redirect', description: error_description }));
  });

  it('lists no OAuth answer the reference does not document', () => {
    const documented = new Set([
      ...rows.map((row) => `${String(row.status)} ${row.error_description}`),
      ...referenceJson.oauth_token_errors.authorization_code_redirect_errors.items.map((row) => `redirect ${row.error_description}`),
      '404 404 Not Found',
    ]);
    for (const info of Object.values(appleBusinessOAuthErrors)) {
      for (const response of info.responses) expect(documented).toContain(`${String(response.status)} ${response.description}`);
    }
  });
});

describe('the catalog agrees with the parser', () => {
  it.each(Object.entries(appleBusinessCodes))('%s', (code, info) => {
    const error = parseCode(info.status ?? 400, code);
    expect(error).toMatchObject({ code, kind: info.kind, action: info.action, retry: { retryable: info.retryable } });
  });

  it.each(Object.entries(appleBusinessReasons))('reason %s', (reason, info) => {
    const code = info.resources[0] === undefined ? reason : `${info.resources[0]}__${reason}`;
    expect(parseCode(info.status ?? 400, code)).toMatchObject({ kind: info.kind, action: info.action });
  });

  const responses = Object.entries(appleBusinessOAuthErrors).flatMap(([error, info]) => info.responses.map((response) => ({ error, ...response })));
  it.each(responses.filter((response) => response.status !== 'redirect'))('OAuth $status $error: $description', ({ error, status, description, kind, action }) => {
    const parsed = appleBusiness.parse({ status: status as number, headers: {}, body: JSON.stringify({ error, error_description: description }) });
    expect(parsed).toMatchObject({ code: error, kind, action });
  });
});
