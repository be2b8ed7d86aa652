import type { Catalog, CatalogEntry, CodePolicy } from '@errata/core/vendor';
import { describe, expectTypeOf, it } from 'vitest';
import { describeIcloudExtractCode, icloudExtractCatalog, type IcloudExtractCatalogEntry } from './catalog.ts';
import { IcloudExtractCode } from './icloudExtractCode.ts';
import type { NextStepName } from './policy.ts';

describe('icloudExtractCatalog', () => {
  it('is a core catalog of core entries, with riCloud fields on top', () => {
    expectTypeOf(icloudExtractCatalog).toExtend<Catalog>();
    expectTypeOf<IcloudExtractCatalogEntry>().toExtend<CatalogEntry>();
    expectTypeOf<IcloudExtractCatalogEntry['code']>().toEqualTypeOf<IcloudExtractCode>();
    expectTypeOf<IcloudExtractCatalogEntry['policy']>().toExtend<CodePolicy>();
    expectTypeOf<IcloudExtractCatalogEntry['policy']['step']>().toEqualTypeOf<NextStepName>();
  });

  it('describes a known code for sure, anything else maybe', () => {
    expectTypeOf(describeIcloudExtractCode(IcloudExtractCode.CodeRequired)).toEqualTypeOf<IcloudExtractCatalogEntry>();
    expectTypeOf(describeIcloudExtractCode('some-new-code')).toEqualTypeOf<IcloudExtractCatalogEntry | undefined>();
    expectTypeOf(describeIcloudExtractCode(42)).toEqualTypeOf<IcloudExtractCatalogEntry | undefined>();
  });
});
