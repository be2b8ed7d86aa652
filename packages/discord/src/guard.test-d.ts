import { describe, expectTypeOf, it } from 'vitest';
import { DiscordCode, isDiscordError, type DiscordError } from './index.ts';

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
});
