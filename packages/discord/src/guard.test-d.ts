import { describe, expectTypeOf, it } from 'vitest';
import type { Catalog, CodePolicy } from '@errata/core/vendor';
import { DiscordCode, describeDiscordCode, discordCatalog, isDiscordError, type DiscordCatalogEntry, type DiscordError, type DiscordJsonCodeEntry, type DiscordTextCode, type DiscordTextCodeEntry } from './index.ts';

describe('isDiscordError', () => {
  it('narrows unknown to DiscordError', () => {
    const value: unknown = undefined;
    if (isDiscordError(value)) {
      expectTypeOf(value).toEqualTypeOf<DiscordError>();
      expectTypeOf(value.vendor).toEqualTypeOf<'discord'>();
      expectTypeOf(value.details.global).toEqualTypeOf<boolean | undefined>();
    }
  });

  it('narrows the code to one constant or a list', () => {
    const value: unknown = undefined;
    if (isDiscordError(value, DiscordCode.MissingPermissions)) expectTypeOf(value.code).toEqualTypeOf<50013>();
    if (isDiscordError(value, [DiscordCode.UnknownChannel, DiscordCode.UnknownGuild])) expectTypeOf(value.code).toEqualTypeOf<10003 | 10004>();
  });

  it('accepts codes the catalog does not know and keeps literals in the union', () => {
    const value: unknown = undefined;
    if (isDiscordError(value, 123_456)) expectTypeOf(value.code).toEqualTypeOf<123_456>();
    expectTypeOf<50035>().toExtend<DiscordCode>();
    expectTypeOf<typeof DiscordCode.InvalidFormBodyOrContentType>().toEqualTypeOf<50035>();
  });

  it('narrows the string codes: OAuth2 error values and errata edge codes, with autocompletion', () => {
    const value: unknown = undefined;
    if (isDiscordError(value, 'invalid_grant')) expectTypeOf(value.code).toEqualTypeOf<'invalid_grant'>();
    if (isDiscordError(value, ['rate-limited', 'cloudflare-ban'])) expectTypeOf(value.code).toEqualTypeOf<'rate-limited' | 'cloudflare-ban'>();
    if (isDiscordError(value, [DiscordCode.MissingPermissions, 'invalid_client'])) expectTypeOf(value.code).toEqualTypeOf<50013 | 'invalid_client'>();
    // Unknown strings are kept and accepted too.
    if (isDiscordError(value, 'some_new_oauth_error')) expectTypeOf(value.code).toEqualTypeOf<'some_new_oauth_error'>();
    expectTypeOf<'rate-limited'>().toExtend<DiscordError['code']>();
    expectTypeOf<'invalid_scope'>().toExtend<DiscordTextCode>();
    // The literals stay visible in the union (autocompletion), not swallowed by string or number.
    expectTypeOf<Extract<DiscordError['code'], 'cloudflare-ban'>>().toEqualTypeOf<'cloudflare-ban'>();
    expectTypeOf<Extract<DiscordError['code'], 50035>>().toEqualTypeOf<50035>();
  });

  it('still narrows a numeric code constant alone to its literal', () => {
    const value: unknown = undefined;
    if (isDiscordError(value, DiscordCode.UnknownChannel)) {
      expectTypeOf(value.code).toEqualTypeOf<10003>();
      expectTypeOf(value.code).not.toEqualTypeOf<string>();
    }
  });

  it('types catalog lookups by the kind of code', () => {
    expectTypeOf(describeDiscordCode(50013)).toEqualTypeOf<DiscordJsonCodeEntry | undefined>();
    expectTypeOf(describeDiscordCode('rate-limited')).toEqualTypeOf<DiscordTextCodeEntry | undefined>();
    const code = 0 as number | string;
    expectTypeOf(describeDiscordCode(code)).toEqualTypeOf<DiscordCatalogEntry | undefined>();
  });

  it('exposes the catalog through the kit types', () => {
    expectTypeOf(discordCatalog).toExtend<Catalog>();
    expectTypeOf<DiscordCatalogEntry['policy']>().toEqualTypeOf<CodePolicy>();
    const entry = describeDiscordCode(0 as unknown);
    if (entry?.origin === 'json') expectTypeOf(entry.code).toEqualTypeOf<number>();
    if (entry?.origin === 'errata') expectTypeOf(entry.code).toEqualTypeOf<DiscordTextCode>();
  });
});
