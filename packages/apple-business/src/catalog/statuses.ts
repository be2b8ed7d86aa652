import { defineCatalog, type Catalog, type CatalogEntry } from '@errata/core/vendor';
import { ERRORS_PAGE, from, type AppleBusinessEvidence } from './evidence.ts';

/** The error statuses Apple documents. */
export type AppleBusinessStatus = 400 | 401 | 403 | 404 | 405 | 412 | 413 | 415 | 500 | 503;

/**
 * A documented error status and how errata reads it when no reason says more: `code` is the
 * status, `name` its reason phrase. Server errors are retried (the action says `retry`).
 */
export interface AppleBusinessStatusEntry extends CatalogEntry<AppleBusinessStatus> {
  readonly evidence: AppleBusinessEvidence;
}

/* @__NO_SIDE_EFFECTS__ */
function status(
  code: AppleBusinessStatus,
  name: string,
  policy: AppleBusinessStatusEntry['policy'],
  message: string,
  note?: string,
): AppleBusinessStatusEntry {
  return { code, name, message, statuses: [code], policy, provenance: from(ERRORS_PAGE), evidence: 'verified', ...(note === undefined ? {} : { note }) };
}

// Built inside a pure call so bundlers drop the whole table when it is not imported.
/** The error statuses Apple documents, with how errata reads each. */
export const appleBusinessStatusCatalog: Catalog<AppleBusinessStatusEntry> = /* @__PURE__ */ ((): Catalog<AppleBusinessStatusEntry> =>
  defineCatalog<AppleBusinessStatusEntry>([
    status(400, 'Bad Request', { kind: 'invalid-argument', action: 'fix-request', retryable: false }, 'The request is malformed or conflicts with existing data; Apple also uses 400 for duplicates.'),
    status(401, 'Unauthorized', { kind: 'unauthenticated', action: 'reauthenticate', retryable: false }, 'The access token is missing, expired or invalid.'),
    status(
      403,
      'Forbidden',
      { kind: 'permission-denied', action: 'user-action', retryable: false },
      'The caller may not act on this resource.',
      'No code is known for 403; missing delegation or permission is the likely cause.',
    ),
    status(404, 'Not Found', { kind: 'not-found', action: 'none', retryable: false }, 'No resource has that Apple-generated id.'),
    status(405, 'Method Not Allowed', { kind: 'unimplemented', action: 'fix-request', retryable: false }, 'The resource does not offer that HTTP method.'),
    status(
      412,
      'Precondition Failed',
      { kind: 'aborted', action: 'fix-request', retryable: false },
      'The If-Match etag no longer matches: read the resource again, then resend the change.',
      'The etag reading is inferred: updates, deletes and undeletes require If-Match, and no 412 code is known.',
    ),
    status(413, 'Payload Too Large', { kind: 'invalid-argument', action: 'fix-request', retryable: false }, 'The body (for example an uploaded image) is too large.'),
    status(415, 'Unsupported Media Type', { kind: 'invalid-argument', action: 'fix-request', retryable: false }, 'The body is not sent as JSON.'),
    status(500, 'Internal Server Error', { kind: 'internal', action: 'retry', retryable: true }, 'Apple failed to handle the request; retry with backoff.'),
    status(503, 'Service Unavailable', { kind: 'unavailable', action: 'retry', retryable: true }, 'The service is down or overloaded; retry later (honouring Retry-After).'),
  ]))();
