import type { FieldIssue } from '@errata/core';
import { isJsonObject, stringField } from '@errata/core/vendor';
import { storedDevices } from './devices.ts';
import { ownField } from './field.ts';
import { policyOf, type NextStepName } from './policy.ts';
import type { IcloudDevice, IcloudExtractError } from './types.ts';

interface Step<TName extends NextStepName> {
  readonly step: TName;
  /** The error's code, for logs and for tailoring copy (e.g. code-invalid vs code-required). */
  readonly code: string;
}

/** Ask the user for the MFA code (code-required), or again after a wrong one (code-invalid). */
export interface ProvideCodeStep extends Step<'provide-code'> {
  /** True when the previous code was rejected. */
  readonly previousCodeRejected: boolean;
}

/** Let the user pick the device that should receive the 2SV code. */
export interface ChooseDeviceStep extends Step<'choose-device'> {
  /** May be empty: the v3 docs do not say where the list is, so it is found best effort. */
  readonly devices: readonly IcloudDevice[];
  /** Legacy 2fa-required only: the log-in key (`data.key`) to send back with the choice. */
  readonly legacyKey?: string;
}

export type AcceptTermsStep = Step<'accept-terms'>;
export type VerifyEmailStep = Step<'verify-email'>;

/** Ask the user to turn on the iCloud service the operation needs; `message` may name it. */
export interface EnableServiceStep extends Step<'enable-service'> {
  readonly message: string;
}

/** The account is locked by Apple; riCloud's message says how to unlock it. */
export interface UnlockSourceStep extends Step<'unlock-source'> {
  readonly instructions: string;
}

/** Create a new session; ask for the credentials again when they were rejected. */
export interface RecreateSessionStep extends Step<'recreate-session'> {
  readonly credentialsRejected: boolean;
}

/** Do not try again before `waitMs` (at least an hour for code-rate-limited). */
export interface WaitAndRetryStep extends Step<'wait-and-retry'> {
  readonly waitMs: number;
  /** Epoch milliseconds, when known. */
  readonly retryAt?: number;
}

/** Retry the same call (with backoff): transient outages and generic task errors. */
export type RetryStep = Step<'retry'>;

/** The request is wrong: fix it before sending it again. */
export interface FixRequestStep extends Step<'fix-request'> {
  readonly issues: readonly FieldIssue[];
}

/** Only the API provider (or the organisation's admin) can fix this; quote the request id. */
export interface ContactSupportStep extends Step<'contact-support'> {
  readonly requestId?: string;
}

/** What a client should do next. Switch on `step`; the union is closed, so the switch can be exhaustive. */
export type IcloudNextStep =
  | ProvideCodeStep
  | ChooseDeviceStep
  | AcceptTermsStep
  | VerifyEmailStep
  | EnableServiceStep
  | UnlockSourceStep
  | RecreateSessionStep
  | WaitAndRetryStep
  | RetryStep
  | FixRequestStep
  | ContactSupportStep;

function stepOf(error: IcloudExtractError, code: string, state: string | undefined): NextStepName {
  const policy = policyOf(code, state);
  // limit-exceeded is a quota unless the response said when to retry: then it is a wait like any other.
  if (policy !== undefined && !(policy.retryWithHeader === true && error.retry.retryable)) return policy.step;
  // A code the catalog does not know: go by the advice the parser derived from the status.
  if (error.retry.retryable) return error.retry.retryAfterMs === undefined ? 'retry' : 'wait-and-retry';
  return error.action === 'fix-request' || error.kind === 'invalid-argument' ? 'fix-request' : 'contact-support';
}

// The legacy log-in key stays in the non-enumerable body: it is not copied into details, so it is
// not serialized with the error (it lets whoever holds it continue the log-in). A client that got
// the error through JSON or a gateway has no key; the server that parsed the response does.
function legacyKeyOf(error: IcloudExtractError): string | undefined {
  try {
    const body = error.body;
    if (!isJsonObject(body) || !isJsonObject(body.data)) return undefined;
    return stringField(body.data, 'key');
  } catch {
    return undefined;
  }
}

/**
 * The next step for a riCloud error, as a discriminated union a UI can switch on exhaustively.
 * It looks only at the code (and the session state), never at the HTTP status, which riCloud does
 * not document per code.
 */
export function nextStep(error: IcloudExtractError): IcloudNextStep {
  // Everything comes from serializable fields, so the step is the same after `toJSON()` and
  // `rehydrate()`, or a gateway's problem+json and `fromProblem()`: details are read defensively.
  const { details } = error;
  const stored = ownField(details, 'state');
  const state = typeof stored === 'string' ? stored : undefined;
  const code = String(error.code);
  const name = stepOf(error, code, state);
  switch (name) {
    case 'provide-code':
      return { step: name, code, previousCodeRejected: code === 'code-invalid' };
    case 'choose-device': {
      const legacyKey = code === '2fa-required' ? legacyKeyOf(error) : undefined;
      return { step: name, code, devices: storedDevices(details), ...(legacyKey === undefined ? {} : { legacyKey }) };
    }
    case 'accept-terms':
    case 'verify-email':
    case 'retry':
      return { step: name, code };
    case 'enable-service':
      return { step: name, code, message: error.message };
    case 'unlock-source':
      return { step: name, code, instructions: error.message };
    case 'recreate-session':
      return { step: name, code, credentialsRejected: code === 'invalid-credentials' };
    case 'wait-and-retry': {
      const waitMs = Math.max(error.retry.retryAfterMs ?? 0, policyOf(code, state)?.minWaitMs ?? 0);
      const { retryAt } = error.retry;
      return { step: name, code, waitMs, ...(retryAt === undefined ? {} : { retryAt }) };
    }
    case 'fix-request':
      return { step: name, code, issues: error.issues };
    case 'contact-support':
      return { step: name, code, ...(error.requestId === undefined ? {} : { requestId: error.requestId }) };
  }
}
