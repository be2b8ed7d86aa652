import { NO_RETRY, retryAdviceOf, retryAfter, retryFromHeaders, viewOf, type CodePolicy } from '@errata/core/vendor';
import type { Kind, ParseContext, ResponseView, RetryAdvice } from '@errata/core/vendor';
import { PUBLIC_MESSAGES } from './messages.ts';
import type { KnownCode } from './types.ts';

/** The names of the next steps `nextStep` returns; see `IcloudNextStep`. */
export type NextStepName =
  | 'provide-code'
  | 'choose-device'
  | 'accept-terms'
  | 'verify-email'
  | 'enable-service'
  | 'unlock-source'
  | 'recreate-session'
  | 'wait-and-retry'
  | 'retry'
  | 'fix-request'
  | 'contact-support';

/**
 * What one riCloud code means: the kit's `CodePolicy` (kind, action, retryable, and `waitMs`, the
 * wait when the response names none), plus what riCloud adds on top of it.
 */
export interface IcloudCodePolicy extends CodePolicy {
  /** The step `nextStep` gives for the code. */
  readonly step: NextStepName;
  /** The vendor's documented minimum wait: a shorter `Retry-After` is not taken. Retryable codes only. */
  readonly minWaitMs?: number;
  /**
   * True for a code the API also sends when a limit is hit for a while: a `Retry-After` header then
   * makes it retryable after that wait. Without the header it keeps its own (non-retry) action.
   */
  readonly retryWithHeader?: true;
}

/** The docs advise waiting at least an hour after code-rate-limited. */
export const CODE_RATE_LIMIT_WAIT_MS = 3_600_000;

/**
 * The wait before retrying after icloud-service-outage when the response names none. The docs say
 * outages are rare and transient and that retrying "within a few minutes" should work: a minute
 * is the first of those few minutes, not a documented floor.
 */
export const SERVICE_OUTAGE_WAIT_MS = 60_000;

const FIX_REQUEST: IcloudCodePolicy = { kind: 'invalid-argument', action: 'fix-request', retryable: false, step: 'fix-request' };
const RECREATE_SESSION: IcloudCodePolicy = { kind: 'unauthenticated', action: 'reauthenticate', retryable: false, step: 'recreate-session' };
/* @__NO_SIDE_EFFECTS__ */
function userAction(kind: Kind, step: NextStepName): IcloudCodePolicy {
  return { kind, action: 'user-action', retryable: false, step };
}

// Kept apart from the catalog so the parser does not carry provenance notes in its bundle.
export const POLICIES: Readonly<Record<KnownCode, IcloudCodePolicy>> = {
  'invalid-body': FIX_REQUEST,
  'invalid-parameter': FIX_REQUEST,
  unconfigured: { kind: 'failed-precondition', action: 'contact-support', retryable: false, step: 'contact-support' },
  'missing-scope': { kind: 'permission-denied', action: 'contact-support', retryable: false, step: 'contact-support' },
  // A quota (accounts per month) by default; with Retry-After the server says when it lifts.
  'limit-exceeded': { kind: 'resource-exhausted', action: 'contact-support', retryable: false, step: 'contact-support', retryWithHeader: true },
  'session-expired': RECREATE_SESSION,
  'invalid-credentials': RECREATE_SESSION,
  'source-locked': userAction('failed-precondition', 'unlock-source'),
  'code-required': userAction('unauthenticated', 'provide-code'),
  'code-rate-limited': {
    kind: 'resource-exhausted',
    action: 'retry-after',
    retryable: true,
    step: 'wait-and-retry',
    waitMs: CODE_RATE_LIMIT_WAIT_MS,
    minWaitMs: CODE_RATE_LIMIT_WAIT_MS,
  },
  'choice-required': userAction('unauthenticated', 'choose-device'),
  'code-invalid': userAction('invalid-argument', 'provide-code'),
  'task-error': { kind: 'internal', action: 'retry', retryable: true, step: 'retry' },
  'icloud-terms-not-accepted': userAction('failed-precondition', 'accept-terms'),
  'icloud-account-not-verified': userAction('failed-precondition', 'verify-email'),
  'icloud-service-not-activated': userAction('failed-precondition', 'enable-service'),
  // A default, not a floor: a shorter Retry-After wins.
  'icloud-service-outage': { kind: 'unavailable', action: 'retry-after', retryable: true, step: 'wait-and-retry', waitMs: SERVICE_OUTAGE_WAIT_MS },
  '2fa-required': userAction('unauthenticated', 'choose-device'),
};

/** A known code's policy and end-user message. */
export type CodeEntry = readonly [policy: IcloudCodePolicy, publicMessage: string | undefined];

let entries: Map<string, CodeEntry> | undefined;

/**
 * The policy and end-user message of a known code, in one lookup. A `Map` (built on first use) hashes
 * the body's fresh string once; looking it up as an object key twice per table costs more than that.
 */
export function entryOf(code: string): CodeEntry | undefined {
  if (entries === undefined) {
    entries = new Map();
    for (const known of Object.keys(POLICIES) as KnownCode[]) entries.set(known, [POLICIES[known], PUBLIC_MESSAGES[known]]);
  }
  return entries.get(code);
}

/** The policy for a code; an expired session with an unlisted reason is treated as session-expired. */
export function policyOf(code: string, state: string | undefined): IcloudCodePolicy | undefined {
  return entryOf(code)?.[0] ?? (state === 'expired' ? POLICIES['session-expired'] : undefined);
}

// A resource (session, task) has no headers: the kit's advice then comes from the policy alone.
let noHeaders: ResponseView | undefined;

/**
 * Retry advice for a code: the kit's `retryAdviceOf` (Retry-After, else the policy's wait), with
 * riCloud's two additions: a documented minimum wait (a shorter Retry-After is not taken), and
 * codes that become retryable only when the server says when (`retryWithHeader`). Codes the
 * catalog does not know go by the status, as any HTTP error does.
 */
export function retryOf(policy: IcloudCodePolicy | undefined, status: number, view: ResponseView | undefined, context: ParseContext): RetryAdvice {
  if (policy === undefined) return view === undefined ? NO_RETRY : retryFromHeaders(status, view.headers, context.now);
  if (!policy.retryable && policy.retryWithHeader !== true) return NO_RETRY;
  if (!policy.retryable) {
    // limit-exceeded is a quota unless the server says when it lifts (a 429 with Retry-After).
    const advice = view === undefined ? NO_RETRY : retryAdviceOf(view, context, RETRY_ON_HEADER);
    return advice.source === 'header' ? advice : NO_RETRY;
  }
  const advice = retryAdviceOf(view ?? (noHeaders ??= viewOf({ status: 0 })), context, policy);
  const floor = policy.minWaitMs;
  return floor !== undefined && (advice.retryAfterMs ?? 0) < floor ? retryAfter(floor, 'policy', context.now) : advice;
}

// Retryable with no wait of its own: the advice is the header's, or none.
const RETRY_ON_HEADER: CodePolicy = { kind: 'resource-exhausted', action: 'retry-after', retryable: true };

