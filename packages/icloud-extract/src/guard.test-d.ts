import type { ApiError } from '@errata/core';
import { describe, expectTypeOf, it } from 'vitest';
import { IcloudExtractCode } from './icloudExtractCode.ts';
import { isIcloudExtractError } from './guard.ts';
import type { IcloudDevice, IcloudExtractDetails, IcloudExtractError } from './types.ts';

describe('isIcloudExtractError', () => {
  it('narrows unknown to the vendor error', () => {
    const value: unknown = undefined;
    if (isIcloudExtractError(value)) {
      expectTypeOf(value).toEqualTypeOf<IcloudExtractError>();
      expectTypeOf(value.vendor).toEqualTypeOf<'icloud-extract'>();
      expectTypeOf(value.details).toEqualTypeOf<IcloudExtractDetails>();
      expectTypeOf(value.details.devices).toEqualTypeOf<readonly IcloudDevice[] | undefined>();
      // Codes autocomplete but unknown ones are still strings.
      expectTypeOf<'code-required'>().toExtend<typeof value.code>();
      expectTypeOf<'some-new-code'>().toExtend<typeof value.code>();
    }
  });

  it('narrows the code to one constant or a list of them', () => {
    const value: unknown = undefined;
    if (isIcloudExtractError(value, IcloudExtractCode.ChoiceRequired)) {
      expectTypeOf(value.code).toEqualTypeOf<'choice-required'>();
    }
    if (isIcloudExtractError(value, [IcloudExtractCode.CodeRequired, IcloudExtractCode.CodeInvalid])) {
      expectTypeOf(value.code).toEqualTypeOf<'code-required' | 'code-invalid'>();
    }
  });

  it('narrows a general ApiError too', () => {
    const error = {} as ApiError;
    if (isIcloudExtractError(error, 'task-error')) expectTypeOf(error.code).toEqualTypeOf<'task-error'>();
  });

  it('rejects codes of the wrong primitive type', () => {
    // @ts-expect-error: riCloud codes are strings
    isIcloudExtractError(undefined, 404);
  });

  it('types the constants as literals', () => {
    expectTypeOf(IcloudExtractCode.TwoFactorRequired).toEqualTypeOf<'2fa-required'>();
    expectTypeOf(IcloudExtractCode.CodeRateLimited).toEqualTypeOf<'code-rate-limited'>();
  });
});
