import { describe, expect, it } from 'vitest';
import { IcloudExtractCode } from './codes.ts';

describe('IcloudExtractCode', () => {
  it('names every code in PascalCase', () => {
    expect(IcloudExtractCode).toEqual({
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
});
