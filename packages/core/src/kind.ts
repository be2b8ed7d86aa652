/**
 * The normalized error categories: the canonical status codes of gRPC and Google AIP-193,
 * spelled in kebab-case. Every vendor code maps to exactly one of these.
 */
export const Kind = {
  InvalidArgument: 'invalid-argument',
  FailedPrecondition: 'failed-precondition',
  OutOfRange: 'out-of-range',
  Unauthenticated: 'unauthenticated',
  PermissionDenied: 'permission-denied',
  NotFound: 'not-found',
  AlreadyExists: 'already-exists',
  Aborted: 'aborted',
  ResourceExhausted: 'resource-exhausted',
  Cancelled: 'cancelled',
  DeadlineExceeded: 'deadline-exceeded',
  Unavailable: 'unavailable',
  Unimplemented: 'unimplemented',
  Internal: 'internal',
  DataLoss: 'data-loss',
  Unknown: 'unknown',
} as const;

export type Kind = (typeof Kind)[keyof typeof Kind];

// The HTTP mapping AIP-193 documents for each canonical code.
const STATUS_OF_KIND: Readonly<Record<Kind, number>> = {
  'invalid-argument': 400,
  'failed-precondition': 400,
  'out-of-range': 400,
  unauthenticated: 401,
  'permission-denied': 403,
  'not-found': 404,
  'already-exists': 409,
  aborted: 409,
  'resource-exhausted': 429,
  cancelled: 499,
  'deadline-exceeded': 504,
  unavailable: 503,
  unimplemented: 501,
  internal: 500,
  'data-loss': 500,
  unknown: 500,
};

/** The HTTP status a gateway should answer with for a kind (500 for a string that is not a kind). */
export function statusOfKind(kind: Kind): number {
  return isKind(kind) ? STATUS_OF_KIND[kind] : 500;
}

/** True when `value` is one of the sixteen kind strings. */
export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && Object.hasOwn(STATUS_OF_KIND, value);
}

/** The kind an HTTP status implies when the body says nothing more precise. */
export function kindOfStatus(status: number): Kind {
  switch (status) {
    case 400:
    case 405:
    case 411:
    case 413:
    case 414:
    case 415:
    case 422:
    case 431:
      return Kind.InvalidArgument;
    case 401:
      return Kind.Unauthenticated;
    case 402:
    case 412:
    case 428:
      return Kind.FailedPrecondition;
    case 403:
      return Kind.PermissionDenied;
    case 404:
    case 410:
      return Kind.NotFound;
    case 408:
    case 504:
    case 524:
      return Kind.DeadlineExceeded;
    case 409:
      return Kind.Aborted;
    case 416:
      return Kind.OutOfRange;
    case 429:
      return Kind.ResourceExhausted;
    case 499:
      return Kind.Cancelled;
    case 501:
      return Kind.Unimplemented;
    case 502:
    case 503:
    case 507:
    case 520:
    case 521:
    case 522:
    case 523:
      return Kind.Unavailable;
    default:
      if (status >= 500 && status <= 599) return Kind.Internal;
      if (status >= 400 && status <= 499) return Kind.InvalidArgument;
      return Kind.Unknown;
  }
}
