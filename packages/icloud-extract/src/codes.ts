/** The constants of `IcloudExtractCode`: PascalCase name → riCloud code. */
export interface IcloudExtractCodes {
  // Request errors (HTTP error bodies).
  readonly InvalidBody: 'invalid-body';
  readonly InvalidParameter: 'invalid-parameter';
  readonly Unconfigured: 'unconfigured';
  readonly MissingScope: 'missing-scope';
  readonly LimitExceeded: 'limit-exceeded';
  readonly SessionExpired: 'session-expired';
  // Session creation (the error of a failed session).
  readonly InvalidCredentials: 'invalid-credentials';
  readonly SourceLocked: 'source-locked';
  readonly CodeRequired: 'code-required';
  readonly CodeRateLimited: 'code-rate-limited';
  readonly ChoiceRequired: 'choice-required';
  /** Reincubate Relay (`rirelay.instance`) sources: the pairing code was not recognised. */
  readonly CodeInvalid: 'code-invalid';
  // Tasks.
  readonly TaskError: 'task-error';
  // iCloud service errors.
  readonly IcloudTermsNotAccepted: 'icloud-terms-not-accepted';
  readonly IcloudAccountNotVerified: 'icloud-account-not-verified';
  readonly IcloudServiceNotActivated: 'icloud-service-not-activated';
  readonly IcloudServiceOutage: 'icloud-service-outage';
  /** Legacy (v1/v2) log-in answer: HTTP 409 with the trusted devices under `data.trustedDevices`. */
  readonly TwoFactorRequired: '2fa-required';
}

/** A riCloud error code the catalog knows; `IcloudExtractError['code']` also admits unknown ones. */
export type IcloudExtractCode = IcloudExtractCodes[keyof IcloudExtractCodes];

// Every code, once. The constant names are derived from the codes at load time rather than
// written out: shipping each code once instead of twice keeps a guard plus the constants
// under the 0.6 kB budget. codes.test.ts checks every name against the interface above.
const CODES: readonly IcloudExtractCode[] = [
  'invalid-body',
  'invalid-parameter',
  'unconfigured',
  'missing-scope',
  'limit-exceeded',
  'session-expired',
  'invalid-credentials',
  'source-locked',
  'code-required',
  'code-rate-limited',
  'choice-required',
  'code-invalid',
  'task-error',
  'icloud-terms-not-accepted',
  'icloud-account-not-verified',
  'icloud-service-not-activated',
  'icloud-service-outage',
  '2fa-required',
];

// `code-rate-limited` → `CodeRateLimited`; the one code starting with a digit is spelled out.
function constantsOf(codes: readonly IcloudExtractCode[]): IcloudExtractCodes {
  const out: Record<string, string> = {};
  for (const code of codes) out[code === '2fa-required' ? 'TwoFactorRequired' : code.replace(/(?:^|-)(.)/g, (_, c: string) => c.toUpperCase())] = code;
  return out as unknown as IcloudExtractCodes;
}

/** The riCloud error codes as constants, e.g. `IcloudExtractCode.CodeRequired` (no enum). */
export const IcloudExtractCode: IcloudExtractCodes = /* @__PURE__ */ constantsOf(CODES);
