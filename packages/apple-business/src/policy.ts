import { Action, isRetryableStatus, Kind, kindOfStatus, NO_RETRY, RETRY, retryFromHeaders, type HeaderReader, type ParseContext, type RetryAdvice } from '@errata/core';

export interface Outcome {
  readonly kind: Kind;
  readonly action: Action | undefined;
}

/**
 * The kind each documented status implies. Differs from core's generic mapping in two places:
 * 405 is `unimplemented` (the method is not offered on that resource) and 412 is `aborted`
 * (a stale `If-Match` etag: re-read the resource, then send the change again).
 */
export function kindOfAppleStatus(status: number): Kind {
  switch (status) {
    case 405:
      return Kind.Unimplemented;
    case 412:
      return Kind.Aborted;
    default:
      return kindOfStatus(status);
  }
}

/** A reason more precise than its status, e.g. ALREADY_EXISTS arrives as a plain 400. */
function kindOfReason(reason: string): Kind | undefined {
  switch (reason) {
    case 'ALREADY_EXISTS':
    case 'LOCATION_ALREADY_EXISTS':
      return Kind.AlreadyExists;
    case 'NOT_FOUND':
      return Kind.NotFound;
    case 'ALREADY_ACCEPTED':
    case 'MARKED_DELETED':
    case 'LOCATION_MARKED_DELETED':
    case 'RESOURCE_HAS_NO_NEW_CHANGES':
      return Kind.FailedPrecondition;
    case 'Unauthorized':
      return Kind.Unauthenticated;
    default:
      return undefined;
  }
}

function actionOfKind(kind: Kind, reason: string): Action | undefined {
  switch (kind) {
    case Kind.Unauthenticated:
      return Action.Reauthenticate;
    // Access is granted by a person (the business delegating to the partner), not by retrying.
    case Kind.PermissionDenied:
      return Action.UserAction;
    case Kind.NotFound:
      return Action.None;
    case Kind.FailedPrecondition:
      // Nothing left to do for an override already accepted or an update that changes nothing;
      // a deleted resource must be undeleted before the request can succeed.
      return reason === 'ALREADY_ACCEPTED' || reason === 'RESOURCE_HAS_NO_NEW_CHANGES' ? Action.None : Action.FixRequest;
    case Kind.InvalidArgument:
    case Kind.AlreadyExists:
    case Kind.Aborted:
    case Kind.Unimplemented:
    case Kind.OutOfRange:
      return Action.FixRequest;
    default:
      // Server-side kinds: the retry advice decides (retry or retry-after).
      return undefined;
  }
}

/** Kind and action for a resource-endpoint error. 5xx statuses win over any reason. */
export function outcomeOf(status: number, resource: string | undefined, reason: string): Outcome {
  const kind = status >= 500 ? kindOfAppleStatus(status) : (kindOfReason(reason) ?? (resource === 'VALIDATION' ? Kind.InvalidArgument : kindOfAppleStatus(status)));
  return { kind, action: actionOfKind(kind, reason) };
}

/** Kind and action for an OAuth token-endpoint error. */
export function oauthOutcomeOf(status: number, error: string, description: string | undefined): Outcome {
  if (status >= 500) return { kind: kindOfAppleStatus(status), action: undefined };
  switch (error) {
    case 'invalid_grant':
      // Apple uses invalid_grant both for a dead refresh token and for a bad grant_type value.
      return description?.startsWith('grant_type') === true
        ? { kind: Kind.InvalidArgument, action: Action.FixRequest }
        : { kind: Kind.Unauthenticated, action: Action.Reauthenticate };
    // Wrong client id or secret: configuration to fix, new tokens would not help.
    case 'invalid_client':
      return { kind: Kind.Unauthenticated, action: Action.FixRequest };
    case 'invalid_request':
    case 'invalid_scope':
    case 'unsupported_response_type':
      return { kind: status === 404 ? Kind.NotFound : Kind.InvalidArgument, action: Action.FixRequest };
    case 'internal_server_error':
    case 'server_error':
      return { kind: Kind.Internal, action: undefined };
    default: {
      const kind = kindOfAppleStatus(status);
      return { kind, action: actionOfKind(kind, error) };
    }
  }
}

/**
 * Retry advice: only statuses worth sending again (500 and 503 among Apple's documented ones);
 * `Retry-After` is honoured when sent. The clock is read only when there is a header to measure from.
 */
export function retryOf(status: number, headers: HeaderReader, context: ParseContext): RetryAdvice {
  if (!isRetryableStatus(status)) return NO_RETRY;
  return headers.get('retry-after') === undefined ? RETRY : retryFromHeaders(status, headers, context.now);
}
