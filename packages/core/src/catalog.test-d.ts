import { describe, expectTypeOf, it } from 'vitest';
import { defineCatalog, type CatalogEntry } from './catalog.ts';
import type { CodePolicy } from './policy.ts';

describe('defineCatalog types', () => {
  it('keeps the literal codes and entry types', () => {
    const catalog = defineCatalog([
      { code: 1, name: 'One', message: 'one', statuses: [400], policy: { kind: 'invalid-argument', action: 'fix-request', retryable: false }, provenance: { source: 's', verified: '2025-01-01' } },
      { code: 2, name: 'Two', message: 'two', statuses: [], policy: { kind: 'unknown', action: 'none', retryable: false }, provenance: { source: 's', verified: '2025-01-01' } },
    ]);
    expectTypeOf(catalog.entries[0]!.code).toEqualTypeOf<1 | 2>();
    expectTypeOf(catalog.get(1)).toExtend<CatalogEntry | undefined>();
    expectTypeOf(catalog.get(1)!.policy).toExtend<CodePolicy>();
  });

  it('refuses entries without provenance or policy', () => {
    // @ts-expect-error: provenance is required
    defineCatalog([{ code: 1, name: 'One', message: 'one', statuses: [], policy: { kind: 'unknown', action: 'none', retryable: false } }]);
    // @ts-expect-error: a kind must be one of the sixteen
    defineCatalog([{ code: 1, name: 'One', message: 'one', statuses: [], policy: { kind: 'teapot', action: 'none', retryable: false }, provenance: { source: 's', verified: 'd' } }]);
  });
});
