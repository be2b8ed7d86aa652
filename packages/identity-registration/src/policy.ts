import type { Action, Kind } from '@errata/core';
import type { CodePolicy } from '@errata/core/vendor';
import { parentOf, rootOf } from './hierarchy.ts';

// Pure so bundlers can drop the table when only the hierarchy helpers are imported.
/* @__NO_SIDE_EFFECTS__ */
function policy(kind: Kind, action: Action, retryable = false): CodePolicy {
  return { kind, action, retryable };
}

// Shared values keep the table short; the reasons for each choice are in the README's table.
const BAD_ARGUMENT = policy('invalid-argument', 'fix-request');
const USER_INPUT = policy('invalid-argument', 'user-action');
const SIGN_IN_FAILED = policy('unauthenticated', 'user-action');
const NOT_FOUND = policy('not-found', 'fix-request');
const EXISTS = policy('already-exists', 'fix-request');
const EXPIRED = policy('unauthenticated', 'reauthenticate');

// A Map: it is looked up on every parse, and integer keys need no string conversion.
const POLICIES: ReadonlyMap<number, CodePolicy> = /* @__PURE__ */ new Map<number, CodePolicy>([
  [100, BAD_ARGUMENT],
  [200, BAD_ARGUMENT],
  [201, BAD_ARGUMENT],
  // The caller chose an auth method the operation refuses: new credentials will not help.
  [205, policy('unauthenticated', 'fix-request')],
  [210, SIGN_IN_FAILED],
  [211, policy('failed-precondition', 'user-action')],
  // Reported like a wrong password so the kind does not reveal which accounts exist.
  [212, SIGN_IN_FAILED],
  [213, SIGN_IN_FAILED],
  [214, USER_INPUT],
  [221, NOT_FOUND],
  [222, NOT_FOUND],
  [223, NOT_FOUND],
  [224, NOT_FOUND],
  // The flow is configured on the server side; the calling app cannot fix it.
  [226, policy('failed-precondition', 'contact-support')],
  [232, EXISTS],
  [233, EXISTS],
  [234, BAD_ARGUMENT],
  // The docs put all of 200–399 under "an argument is invalid".
  [300, BAD_ARGUMENT],
  // A deleted record: nothing to retry. In social sign-in the parser upgrades this to user-action.
  [310, policy('not-found', 'none')],
  [320, BAD_ARGUMENT],
  // Optimistic concurrency: re-read the record, then send the update again (gRPC's ABORTED).
  [330, policy('aborted', 'fix-request')],
  [340, BAD_ARGUMENT],
  [341, BAD_ARGUMENT],
  [342, BAD_ARGUMENT],
  [352, USER_INPUT],
  [360, BAD_ARGUMENT],
  [361, EXISTS],
  [362, BAD_ARGUMENT],
  [363, BAD_ARGUMENT],
  [380, policy('already-exists', 'user-action')],
  // The parser turns the "too many attempts" variant into resource-exhausted + retry.
  [390, USER_INPUT],
  // Wrong client id/secret or missing client permission is configuration, not an expired session.
  [402, policy('unauthenticated', 'fix-request')],
  [403, policy('permission-denied', 'fix-request')],
  [413, EXPIRED],
  [414, EXPIRED],
  [415, EXPIRED],
  [416, EXPIRED],
  [417, EXPIRED],
  [420, BAD_ARGUMENT],
  // Maintenance: documented as temporary, although it sits in the auth range.
  [480, policy('unavailable', 'retry', true)],
  [500, policy('internal', 'retry', true)],
  // Rate limiting, although it sits in the "unexpected internal" range.
  [510, policy('resource-exhausted', 'retry', true)],
  // Raised on purpose by the customer's flow: resending the same request gives the same answer.
  [540, policy('failed-precondition', 'none')],
]);

// 400 is a root without a code of its own; unknown auth codes get a cautious default that
// neither loops on re-authentication nor retries.
const AUTH_DEFAULT = policy('unauthenticated', 'none');
const OUTSIDE_SCHEME = policy('unknown', 'none');

/**
 * A 390 whose message reports too many sign-in attempts: the same code doubles as the sign-in
 * lockout, and waiting, not editing the form, is the fix.
 */
export const TOO_MANY_ATTEMPTS_POLICY: CodePolicy = /* @__PURE__ */ policy('resource-exhausted', 'retry', true);

/** The policy of a code: its own entry, else the nearest ancestor's, else its range's default. */
export function policyOf(code: number): CodePolicy {
  for (let next: number | undefined = code; next !== undefined; next = parentOf(next)) {
    const found = POLICIES.get(next);
    if (found !== undefined) return found;
  }
  return rootOf(code) === 400 ? AUTH_DEFAULT : OUTSIDE_SCHEME;
}
