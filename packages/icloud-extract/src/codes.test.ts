import { describe, expect, it } from 'vitest';
import { IcloudExtractCode } from './icloudExtractCode.ts';

describe('IcloudExtractCode', () => {
  it('names every code in PascalCase', () => {
    // Spread: a module namespace object is not a plain object to toEqual.
    expect({ ...IcloudExtractCode }).toEqual({
      InvalidBody: 'invalid-body',
      InvalidParameter: 'invalid-parameter',
      Unconfigured: 'unconfigured',
      MissingScope: 'missing-scope',
      LimitExceeded: 'limit-exceeded',
      SessionExpired: 'session-expired',
      InvalidCredentials: 'invalid-credentials',
      SourceLocked: 'source-locked',
      CodeRequired: 'code-required',
      CodeRateLimited: 'code-rate-limited',
      ChoiceRequired: 'choice-required',
      CodeInvalid: 'code-invalid',
      TaskError: 'task-error',
      IcloudTermsNotAccepted: 'icloud-terms-not-accepted',
      IcloudAccountNotVerified: 'icloud-account-not-verified',
      IcloudServiceNotActivated: 'icloud-service-not-activated',
      IcloudServiceOutage: 'icloud-service-outage',
      TwoFactorRequired: '2fa-required',
    });
  });

  it('spells each name from its code (the one code starting with a digit is spelled out)', () => {
    for (const [name, code] of Object.entries(IcloudExtractCode)) {
      const expected = code === '2fa-required' ? 'TwoFactorRequired' : code.replace(/(?:^|-)(.)/g, (_, c: string) => c.toUpperCase());
      expect(name, code).toBe(expected);
    }
  });
});
