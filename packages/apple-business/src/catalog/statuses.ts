import type { Action, Kind } from '@errata/core';
import { CHECKED, ERRORS_PAGE, type Provenance } from './evidence.ts';

export interface AppleBusinessStatusInfo extends Provenance {
  readonly phrase: string;
  readonly kind: Kind;
  /** The action when no reason says more; server errors take theirs from the retry advice. */
  readonly action: Action;
  readonly retryable: boolean;
  readonly description: string;
}

const documented = { evidence: 'verified', source: ERRORS_PAGE, checked: CHECKED } as const;

type StatusTable = Readonly<Record<400 | 401 | 403 | 404 | 405 | 412 | 413 | 415 | 500 | 503, AppleBusinessStatusInfo>>;

// Built inside a pure call so bundlers drop the whole table when it is not imported.
/** The error statuses Apple documents, with how errata reads each. */
export const appleBusinessStatuses: StatusTable = /* @__PURE__ */ ((): StatusTable => ({
  400: { ...documented, phrase: 'Bad Request', kind: 'invalid-argument', action: 'fix-request', retryable: false, description: 'The request is malformed or conflicts with existing data; Apple also uses 400 for duplicates.' },
  401: { ...documented, phrase: 'Unauthorized', kind: 'unauthenticated', action: 'reauthenticate', retryable: false, description: 'The access token is missing, expired or invalid.' },
  403: {
    ...documented,
    phrase: 'Forbidden',
    kind: 'permission-denied',
    action: 'user-action',
    retryable: false,
    description: 'The caller may not act on this resource.',
    note: 'No code is known for 403; missing delegation or permission is the likely cause.',
  },
  404: { ...documented, phrase: 'Not Found', kind: 'not-found', action: 'none', retryable: false, description: 'No resource has that Apple-generated id.' },
  405: { ...documented, phrase: 'Method Not Allowed', kind: 'unimplemented', action: 'fix-request', retryable: false, description: 'The resource does not offer that HTTP method.' },
  412: {
    ...documented,
    phrase: 'Precondition Failed',
    kind: 'aborted',
    action: 'fix-request',
    retryable: false,
    description: 'The If-Match etag no longer matches: read the resource again, then resend the change.',
    note: 'The etag reading is inferred: updates, deletes and undeletes require If-Match, and no 412 code is known.',
  },
  413: { ...documented, phrase: 'Payload Too Large', kind: 'invalid-argument', action: 'fix-request', retryable: false, description: 'The body (for example an uploaded image) is too large.' },
  415: { ...documented, phrase: 'Unsupported Media Type', kind: 'invalid-argument', action: 'fix-request', retryable: false, description: 'The body is not sent as JSON.' },
  500: { ...documented, phrase: 'Internal Server Error', kind: 'internal', action: 'retry', retryable: true, description: 'Apple failed to handle the request; retry with backoff.' },
  503: { ...documented, phrase: 'Service Unavailable', kind: 'unavailable', action: 'retry', retryable: true, description: 'The service is down or overloaded; retry later (honouring Retry-After).' },
}))();
