import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeIcloudExtractCode, icloudExtractCatalog } from './catalog.ts';
import { IcloudExtractCode } from './icloudExtractCode.ts';
import { POLICIES } from './policy.ts';

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
const catalogCodes = icloudExtractCatalog.entries.map((entry) => entry.code).sort();
// The entry of a code the catalog must know.
const entryOf = (code: string) => {
  const entry = describeIcloudExtractCode(code);
  if (entry === undefined) throw new Error(`not in the catalog: ${code}`);
  return entry;
};

describe('icloudExtractCatalog against the reference data', () => {
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
    const entry = entryOf(code);
    expect(entry.code).toBe(code);
    // Where the code reaches the client.
    if (where.includes('HTTP error body')) expect(entry.channels).toContain('http');
    if (where.includes('session.error')) expect(entry.channels).toContain('session');
    if (where.includes('task.error')) expect(entry.channels).toContain('task');
    // The status: a best guess, never presented as documented.
    expect(['inferred-high', 'inferred-low', 'recorded', 'not-http']).toContain(entry.statusEvidence);
    const statuses = [...http.matchAll(/\b[1-5]\d\d\b/g)].map((match) => Number(match[0]));
    // For resource codes the reference's "n/a (inferred)" marks the channel itself as a guess.
    expect(entry.channelsVerified).toBe(!(statuses.length === 0 ? where + http : where).includes('inferred'));
    if (statuses.length === 0) {
      expect(http).toMatch(/^n\/a/);
      expect(entry.statuses).toEqual([]);
      expect(entry.statusEvidence).toBe('not-http');
    } else {
      expect(entry.statuses).toEqual([statuses[0]]);
      for (const status of statuses) expect(entry.note).toContain(String(status));
      expect(entry.statusEvidence).toBe(http.includes('high') ? 'inferred-high' : 'inferred-low');
    }
  });

  it('records the legacy 409 as seen in fixtures, and code-invalid as a session error', () => {
    const legacy = extraRows.find((row) => row[0]?.includes('2fa-required'));
    expect(legacy?.[1]).toContain('409');
    expect(entryOf('2fa-required')).toMatchObject({ statuses: [409], statusEvidence: 'recorded', channels: ['legacy-http'] });
    expect(legacy?.[2]).toContain('responses_registration.py');
    expect(entryOf('2fa-required').provenance.source).toContain('responses_registration.py');
    expect(extraRows.find((row) => row[0] === '`code-invalid`')?.[1]).toContain('session.error');
    expect(entryOf('code-invalid').channels).toEqual(['session']);
  });

  it('gives every entry sources, a summary, a check date, and the parser\'s own rule', () => {
    for (const entry of icloudExtractCatalog.entries) {
      expect(entry.provenance.source.length).toBeGreaterThan(0);
      expect(entry.message.length).toBeGreaterThan(10);
      expect(entry.provenance.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // The parser's own policy object, not a copy that could drift.
      expect(entry.policy).toBe(POLICIES[entry.code]);
      expect(entry.policy.retryable).toBe(entry.policy.action === 'retry' || entry.policy.action === 'retry-after');
      // The constant's name in IcloudExtractCode.
      expect((IcloudExtractCode as Record<string, string>)[entry.name]).toBe(entry.code);
      expect(describeIcloudExtractCode(entry.code)).toBe(entry);
    }
  });

  it('follows the docs on advice: an hour for code-rate-limited, retry for outages and task errors', () => {
    expect(facts.advice.codeRateLimited).toContain('waiting at least an hour');
    expect(facts.advice.codeRateLimited).toContain('`code-rate-limited`');
    expect(entryOf('code-rate-limited').policy).toMatchObject({ minWaitMs: 3_600_000, waitMs: 3_600_000 });
    expect(entryOf('icloud-service-outage').policy.retryable).toBe(true);
    expect(entryOf('task-error').policy.retryable).toBe(true);
    expect(facts.advice.taskError).toContain('Retrying the poll or task might resolve the issue');
  });
});
