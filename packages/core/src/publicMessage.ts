import type { Kind } from './kind.ts';

// Written for end users: no vendor names, codes or internals.
const PUBLIC_MESSAGES: Readonly<Record<Kind, string>> = {
  'invalid-argument': 'The request contains invalid information.',
  'failed-precondition': 'This action cannot be completed right now.',
  'out-of-range': 'A value is outside the allowed range.',
  unauthenticated: 'Please sign in again.',
  'permission-denied': 'You do not have permission to do this.',
  'not-found': 'The requested item was not found.',
  'already-exists': 'This item already exists.',
  aborted: 'The action conflicted with another change. Please try again.',
  'resource-exhausted': 'Too many requests. Please wait and try again.',
  cancelled: 'The request was cancelled.',
  'deadline-exceeded': 'The service took too long to respond. Please try again.',
  unavailable: 'The service is temporarily unavailable. Please try again later.',
  unimplemented: 'This action is not supported.',
  internal: 'Something went wrong on our side. Please try again later.',
  'data-loss': 'Something went wrong on our side. Please try again later.',
  unknown: 'Something went wrong. Please try again later.',
};

/** A generic end-user message for a kind, used when a vendor catalog has nothing better. */
export function publicMessageOf(kind: Kind): string {
  return PUBLIC_MESSAGES[kind];
}
