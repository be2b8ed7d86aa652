/**
 * What a caller should do next. A client switches on this instead of re-deriving intent from
 * status codes and vendor codes.
 */
export const Action = {
  /** Try the same request again, with backoff. */
  Retry: 'retry',
  /** Try again, but not before `retry.retryAfterMs` has passed. */
  RetryAfter: 'retry-after',
  /** Credentials are missing, expired or revoked: obtain new ones, then retry. */
  Reauthenticate: 'reauthenticate',
  /** The request itself is wrong; sending it again unchanged will fail again. */
  FixRequest: 'fix-request',
  /** An end user must do something (enter an MFA code, accept terms, verify an email). */
  UserAction: 'user-action',
  /** Nothing the caller can do; escalate to the provider with the request id. */
  ContactSupport: 'contact-support',
  /** No follow-up is useful (e.g. the resource is gone). */
  None: 'none',
} as const;

export type Action = (typeof Action)[keyof typeof Action];

// Built on first use: a module-level `new Set(Object.values(…))` is a call bundlers must keep, so
// it would ride along with every import of this module (even a lone `isApiError`).
let actions: ReadonlySet<string> | undefined;

/** True when `value` is one of the action strings. */
export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && (actions ??= new Set(Object.values(Action))).has(value);
}
