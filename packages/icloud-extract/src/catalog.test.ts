import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IcloudExtractCatalog } from './catalog.ts';
import { IcloudExtractCode } from './icloudExtractCode.ts';
import { RULES } from './rules.ts';

/** What tooling/scripts/reference-sync.mjs keeps of reference/icloud-extract.md and seed 000. */
interface Snapshot {
  readonly sources: readonly { readonly file: string }[];
  readonly facts: {
    /** The table under "## Error codes" (header, then rows of trimmed cells). */
    readonly errorCodes: { readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };
    /** The table under "### Codes found beyond the seed". */
    readonly codesBeyondSeed: { readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };
    /** The seed's lines that are a bare kebab-case code. */
    readonly seedCodes: readonly string[];
    /** The lines that state the advice the catalog follows (null where the phrase is missing). */
    readonly advice: { readonly codeRateLimited: string | null; readonly taskError: string | null };
  };
}

// The facts, snapshotted into the repository with their provenance, so the tests need nothing outside it.
const snapshot = JSON.parse(readFileSync(new URL('__fixtures__/reference.json', import.meta.url), 'utf8')) as Snapshot;
const { facts } = snapshot;

const unquote = (cell: string): string => cell.replace(/^`|`$/g, '');
const mainRows = facts.errorCodes.rows;
const extraRows = facts.codesBeyondSeed.rows;
const catalogCodes = Object.keys(IcloudExtractCatalog).sort();

describe('IcloudExtractCatalog against the reference data', () => {
  it('checks facts taken from the reference and the seed', () => {
    expect(snapshot.sources.map((source) => source.file)).toEqual(['reference/icloud-extract.md', 'seeds/000_c44bd972831b499b.txt']);
    expect(facts.errorCodes.header).toEqual(['code', expect.any(String), 'where', 'HTTP']);
  });

  it('has all 18 codes: the seed page, plus code-invalid and the legacy 2fa-required', () => {
    const { seedCodes } = facts;
    expect(seedCodes).toHaveLength(16);
    const referenceCodes = [...mainRows.map((row) => unquote(row[0] ?? '')), 'code-invalid', '2fa-required'];
    expect(referenceCodes.sort()).toEqual(catalogCodes);
    expect([...seedCodes, 'code-invalid', '2fa-required'].sort()).toEqual(catalogCodes);
    expect(catalogCodes).toEqual(Object.values(IcloudExtractCode).sort());
    expect(extraRows.map((row) => row[0])).toEqual(expect.arrayContaining(['`code-invalid`', '`2fa-required` (legacy v1/v2 only)']));
  });

  it.each(mainRows.map((row) => [unquote(row[0] ?? ''), row[2] ?? '', row[3] ?? ''] as const))('%s: channel and status match the reference row', (code, where, http) => {
    const entry = IcloudExtractCatalog[code as keyof typeof IcloudExtractCatalog];
    expect(entry.code).toBe(code);
    // Where the code reaches the client.
    if (where.includes('HTTP error body')) expect(entry.channels).toContain('http');
    if (where.includes('session.error')) expect(entry.channels).toContain('session');
    if (where.includes('task.error')) expect(entry.channels).toContain('task');
    // The status: a best guess, never presented as documented.
    expect(entry.statusDocumented).toBe(false);
    const statuses = [...http.matchAll(/\b[1-5]\d\d\b/g)].map((match) => Number(match[0]));
    // For resource codes the reference's "n/a (inferred)" marks the channel itself as a guess.
    expect(entry.channelsVerified).toBe(!(statuses.length === 0 ? where + http : where).includes('inferred'));
    if (statuses.length === 0) {
      expect(http).toMatch(/^n\/a/);
      expect(entry.httpStatus).toBeUndefined();
      expect(entry.statusEvidence).toBe('not-http');
    } else {
      expect(entry.httpStatus).toBe(statuses[0]);
      for (const status of statuses) expect(entry.statusNote).toContain(String(status));
      expect(entry.statusEvidence).toBe(http.includes('high') ? 'inferred-high' : 'inferred-low');
    }
  });

  it('records the legacy 409 as seen in fixtures, and code-invalid as a session error', () => {
    const legacy = extraRows.find((row) => row[0]?.includes('2fa-required'));
    expect(legacy?.[1]).toContain('409');
    expect(IcloudExtractCatalog['2fa-required']).toMatchObject({ httpStatus: 409, statusEvidence: 'recorded', statusDocumented: false, channels: ['legacy-http'] });
    expect(legacy?.[2]).toContain('responses_registration.py');
    expect(IcloudExtractCatalog['2fa-required'].sources.join(' ')).toContain('responses_registration.py');
    expect(extraRows.find((row) => row[0] === '`code-invalid`')?.[1]).toContain('session.error');
    expect(IcloudExtractCatalog['code-invalid'].channels).toEqual(['session']);
  });

  it('gives every entry sources, a summary, a check date, and the parser\'s own rule', () => {
    for (const entry of Object.values(IcloudExtractCatalog)) {
      expect(entry.sources.length).toBeGreaterThan(0);
      expect(entry.summary.length).toBeGreaterThan(10);
      expect(entry.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const rule = RULES[entry.code];
      expect([entry.kind, entry.action, entry.nextStep, entry.minWaitMs]).toEqual([rule.kind, rule.action, rule.step, rule.waitMs]);
      expect(entry.retryable).toBe(entry.action === 'retry' || entry.action === 'retry-after');
    }
  });

  it('follows the docs on advice: an hour for code-rate-limited, retry for outages and task errors', () => {
    expect(facts.advice.codeRateLimited).toContain('waiting at least an hour');
    expect(facts.advice.codeRateLimited).toContain('`code-rate-limited`');
    expect(IcloudExtractCatalog['code-rate-limited'].minWaitMs).toBe(3_600_000);
    expect(IcloudExtractCatalog['icloud-service-outage'].retryable).toBe(true);
    expect(IcloudExtractCatalog['task-error'].retryable).toBe(true);
    expect(facts.advice.taskError).toContain('Retrying the poll or task might resolve the issue');
  });
});
