import type { Action, Kind } from '@errata/core';
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

/** How the parser treats one code. The catalog adds statuses and provenance on top of this. */
export interface CodeRule {
  readonly kind: Kind;
  readonly action: Action;
  readonly step: NextStepName;
  /** The vendor's documented minimum wait, when it gives one: a shorter Retry-After is not taken. Retryable codes only. */
  readonly waitMs?: number;
  /** A wait for when the response names none; the docs suggest one but set no floor, so Retry-After wins. */
  readonly defaultWaitMs?: number;
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

// Kept apart from the catalog so the parser does not carry provenance notes in its bundle.
export const RULES: Readonly<Record<KnownCode, CodeRule>> = {
  'invalid-body': { kind: 'invalid-argument', action: 'fix-request', step: 'fix-request' },
  'invalid-parameter': { kind: 'invalid-argument', action: 'fix-request', step: 'fix-request' },
  unconfigured: { kind: 'failed-precondition', action: 'contact-support', step: 'contact-support' },
  'missing-scope': { kind: 'permission-denied', action: 'contact-support', step: 'contact-support' },
  // A quota (accounts per month) by default; with Retry-After the server says when it lifts.
  'limit-exceeded': { kind: 'resource-exhausted', action: 'contact-support', step: 'contact-support', retryWithHeader: true },
  'session-expired': { kind: 'unauthenticated', action: 'reauthenticate', step: 'recreate-session' },
  'invalid-credentials': { kind: 'unauthenticated', action: 'reauthenticate', step: 'recreate-session' },
  'source-locked': { kind: 'failed-precondition', action: 'user-action', step: 'unlock-source' },
  'code-required': { kind: 'unauthenticated', action: 'user-action', step: 'provide-code' },
  'code-rate-limited': { kind: 'resource-exhausted', action: 'retry-after', step: 'wait-and-retry', waitMs: CODE_RATE_LIMIT_WAIT_MS },
  'choice-required': { kind: 'unauthenticated', action: 'user-action', step: 'choose-device' },
  'code-invalid': { kind: 'invalid-argument', action: 'user-action', step: 'provide-code' },
  'task-error': { kind: 'internal', action: 'retry', step: 'retry' },
  'icloud-terms-not-accepted': { kind: 'failed-precondition', action: 'user-action', step: 'accept-terms' },
  'icloud-account-not-verified': { kind: 'failed-precondition', action: 'user-action', step: 'verify-email' },
  'icloud-service-not-activated': { kind: 'failed-precondition', action: 'user-action', step: 'enable-service' },
  'icloud-service-outage': { kind: 'unavailable', action: 'retry-after', step: 'wait-and-retry', defaultWaitMs: SERVICE_OUTAGE_WAIT_MS },
  '2fa-required': { kind: 'unauthenticated', action: 'user-action', step: 'choose-device' },
};

/** True for the rule's actions that mean "the same request may be sent again". */
export function isRetryAction(action: Action): boolean {
  return action === 'retry' || action === 'retry-after';
}

/** A known code's rule and end-user message. */
export type CodeEntry = readonly [rule: CodeRule, publicMessage: string | undefined];

let entries: Map<string, CodeEntry> | undefined;

/**
 * The rule and end-user message of a known code, in one lookup. A `Map` (built on first use) hashes
 * the body's fresh string once; looking it up as an object key twice per table costs more than that.
 */
export function entryOf(code: string): CodeEntry | undefined {
  if (entries === undefined) {
    entries = new Map();
    for (const known of Object.keys(RULES) as KnownCode[]) entries.set(known, [RULES[known], PUBLIC_MESSAGES[known]]);
  }
  return entries.get(code);
}
