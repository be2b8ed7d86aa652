import type { Action, Kind } from '@errata/core';
import { isRetryableStatus, kindOfStatus, oauthPolicyOf, type CodePolicy } from '@errata/core/vendor';

/**
 * The kind each documented status implies. Differs from core's generic mapping in two places:
 * 405 is `unimplemented` (the method is not offered on that resource) and 412 is `aborted`
 * (a stale `If-Match` etag: re-read the resource, then send the change again).
 */
export function kindOfAppleStatus(status: number): Kind {
  switch (status) {
    case 405:
      return 'unimplemented';
    case 412:
      return 'aborted';
    default:
      return kindOfStatus(status);
  }
}

/** A reason more precise than its status, e.g. ALREADY_EXISTS arrives as a plain 400. */
function kindOfReason(reason: string): Kind | undefined {
  switch (reason) {
    case 'ALREADY_EXISTS':
    case 'LOCATION_ALREADY_EXISTS':
      return 'already-exists';
    case 'NOT_FOUND':
      return 'not-found';
    case 'ALREADY_ACCEPTED':
    case 'MARKED_DELETED':
    case 'LOCATION_MARKED_DELETED':
    case 'RESOURCE_HAS_NO_NEW_CHANGES':
      return 'failed-precondition';
    case 'Unauthorized':
      return 'unauthenticated';
    default:
      return undefined;
  }
}

/**
 * The next step for a kind when the request is not retried. Apple differs from the kit's default
 * (`actionOf`) where a person or a re-read must come first, so every kind is spelled out here.
 */
function actionOfKind(kind: Kind, reason: string): Action {
  switch (kind) {
    case 'unauthenticated':
      return 'reauthenticate';
    // Access is granted by a person (the business delegating to the partner), not by retrying.
    case 'permission-denied':
      return 'user-action';
    case 'failed-precondition':
      // Nothing left to do for an override already accepted or an update that changes nothing;
      // a deleted resource must be undeleted before the request can succeed.
      return reason === 'ALREADY_ACCEPTED' || reason === 'RESOURCE_HAS_NO_NEW_CHANGES' ? 'none' : 'fix-request';
    case 'invalid-argument':
    case 'already-exists':
    case 'aborted':
    case 'unimplemented':
    case 'out-of-range':
      return 'fix-request';
    default:
      // not-found, and server-side kinds whose status is not worth retrying.
      return 'none';
  }
}

/**
 * The policy of a resource-endpoint error: the reason refines the status (5xx statuses win over
 * any reason), and only statuses worth sending again (500 and 503 among Apple's documented ones)
 * are retryable. The retry advice then comes from the kit's `retryAdviceOf` (honouring Retry-After).
 */
export function policyOf(status: number, resource: string | undefined, reason: string): CodePolicy {
  const kind = status >= 500 ? kindOfAppleStatus(status) : (kindOfReason(reason) ?? (resource === 'VALIDATION' ? 'invalid-argument' : kindOfAppleStatus(status)));
  return { kind, action: actionOfKind(kind, reason), retryable: isRetryableStatus(status) };
}

/**
 * The policy of an OAuth token-endpoint error. Apple's own readings come first (documented
 * descriptions and its `internal_server_error` extension code); the other RFC 6749 / 6750 / 7009
 * values read as the kit classifies them for every vendor; anything else by its status.
 */
export function oauthPolicyOfApple(status: number, error: string, description: string | undefined): CodePolicy {
  const retryable = isRetryableStatus(status);
  if (status >= 500) {
    const kind = kindOfAppleStatus(status);
    return { kind, action: actionOfKind(kind, error), retryable };
  }
  switch (error) {
    case 'invalid_grant':
      // Apple uses invalid_grant both for a dead refresh token and for a bad grant_type value.
      if (description?.startsWith('grant_type') === true) return { kind: 'invalid-argument', action: 'fix-request', retryable };
      break;
    case 'invalid_request':
    case 'invalid_scope':
      // The docs list a 404 for an unknown OAuth path.
      if (status === 404) return { kind: 'not-found', action: 'fix-request', retryable };
      break;
    case 'internal_server_error':
      return { kind: 'internal', action: 'none', retryable };
    default:
      break;
  }
  const standard = oauthPolicyOf(error);
  if (standard !== undefined) return standard;
  const kind = kindOfAppleStatus(status);
  return { kind, action: actionOfKind(kind, error), retryable };
}
