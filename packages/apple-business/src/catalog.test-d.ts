import type { Catalog, CatalogEntry, CodePolicy } from '@errata/core/vendor';
import { describe, expectTypeOf, it } from 'vitest';
import {
  appleBusinessCatalog,
  appleBusinessReasonCatalog,
  appleBusinessStatusCatalog,
  describeAppleBusinessCode,
  type AppleBusinessCatalogEntry,
  type AppleBusinessListEntry,
  type AppleBusinessOAuthEntry,
  type AppleBusinessResourceEntry,
} from './index.ts';
import { appleBusiness, appleBusinessResourceCatalog } from './index.ts';
import type { AppleBusinessKnownCode, AppleBusinessKnownReason } from './types.ts';

describe('the catalogs', () => {
  it('are the kit catalogs of the known codes and reasons', () => {
    expectTypeOf(appleBusinessCatalog).toEqualTypeOf<Catalog<AppleBusinessCatalogEntry>>();
    expectTypeOf<AppleBusinessCatalogEntry>().toExtend<CatalogEntry<AppleBusinessKnownCode>>();
    expectTypeOf(appleBusinessReasonCatalog.entries[0]?.code).toEqualTypeOf<AppleBusinessKnownReason | undefined>();
    expectTypeOf(appleBusinessStatusCatalog.get(404)?.policy).toEqualTypeOf<CodePolicy | undefined>();
    expectTypeOf(appleBusinessResourceCatalog.get('LOCATION')).toEqualTypeOf<AppleBusinessResourceEntry | undefined>();
  });

  it('describe takes anything and narrows its entry by format', () => {
    expectTypeOf(describeAppleBusinessCode).parameter(0).toBeUnknown();
    const entry = describeAppleBusinessCode('LOCATION__NOT_FOUND');
    expectTypeOf(entry).toEqualTypeOf<AppleBusinessCatalogEntry | undefined>();
    if (entry?.format === 'error-list') expectTypeOf(entry).toEqualTypeOf<AppleBusinessListEntry>();
    if (entry?.format === 'oauth') expectTypeOf(entry.responses).toEqualTypeOf<AppleBusinessOAuthEntry['responses']>();
  });
});

describe('the module', () => {
  it('answers detect with a specificity number', () => {
    expectTypeOf(appleBusiness.detect).returns.toEqualTypeOf<number>();
  });
});
