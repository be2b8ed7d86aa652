import type { CodePolicy } from '@errata/core/vendor';
import type { __PASCAL__KnownCode } from './types.ts';

/** The wait, in milliseconds, before retrying a rate-limited request that names none. */
export const RATE_LIMIT_WAIT_MS = 1000;

/** What each known code means: kind, next action, whether a retry can help (core's `CodePolicy`). */
export const POLICIES: Readonly<Record<__PASCAL__KnownCode, CodePolicy>> = {
  NOT_FOUND: { kind: 'not-found', action: 'none', retryable: false },
  INVALID_ARGUMENT: { kind: 'invalid-argument', action: 'fix-request', retryable: false },
  UNAUTHENTICATED: { kind: 'unauthenticated', action: 'reauthenticate', retryable: false },
  RATE_LIMITED: { kind: 'resource-exhausted', action: 'retry-after', retryable: true, waitMs: RATE_LIMIT_WAIT_MS },
  INTERNAL: { kind: 'internal', action: 'retry', retryable: true },
};

/** The policy of a code; `undefined` for codes the table does not know (own keys only). */
export function policyOf(code: string): CodePolicy | undefined {
  return Object.hasOwn(POLICIES, code) ? POLICIES[code as __PASCAL__KnownCode] : undefined;
}
