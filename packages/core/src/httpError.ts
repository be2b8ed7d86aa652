import { createApiError, type ApiError } from './apiError.ts';
import { isJsonObject, stringField, type JsonFailure, type JsonObject } from './json.ts';
import { kindOfStatus } from './kind.ts';
import { DEFAULT_REDACTOR, excerptOf } from './redact.ts';
import { parseRateLimit } from './rateLimit.ts';
import { requestIdOf } from './requestId.ts';
import { retryFromHeaders } from './statusRetry.ts';
import type { BodyError, ResponseView } from './view.ts';

/** What errata keeps of a response no vendor recognized. */
export interface HttpErrorDetails {
  /** The vendor the caller expected, when one was named. */
  readonly expectedVendor?: string;
  readonly contentType?: string;
  /** The start of the body, redacted, for logs (the full capped body is on `error.body`). */
  readonly excerpt?: string;
  /** Why the body was not usable JSON. */
  readonly jsonFailure?: JsonFailure;
  /**
   * Why the body could not be read whole, when it could not: a timeout, an abort, a failing
   * stream, or `consumed` (another consumer read it first, so nothing of it is known).
   */
  readonly bodyError?: BodyError;
  /** The `type` of an RFC 9457 body. */
  readonly problemType?: string;
}

/** The generic error for responses no vendor module claims: vendor `http`, code = HTTP status. */
export type HttpError = ApiError<'http', number, HttpErrorDetails>;

export const EXCERPT_LENGTH = 256;

function nestedMessage(body: JsonObject): string | undefined {
  const error = body.error;
  if (isJsonObject(error)) return stringField(error, 'message');
  return typeof error === 'string' ? (stringField(body, 'error_description') ?? error) : undefined;
}

function messageOf(body: unknown): string | undefined {
  if (!isJsonObject(body)) return undefined;
  return stringField(body, 'message') ?? nestedMessage(body) ?? stringField(body, 'detail') ?? stringField(body, 'title');
}

const BODY_ERRORS: Readonly<Record<BodyError, string>> = {
  timeout: 'the body did not arrive in time',
  aborted: 'reading the body was aborted',
  'stream-error': 'the body stream failed',
  consumed: 'the body was already read by another consumer (bodyUsed); pass what your client read as parse({ status, headers, body })',
  unreadable: 'the body could not be read',
};

// What the message says when the body itself says nothing.
function describeBody(label: string, body: unknown, jsonFailure: JsonFailure | undefined, bodyError: BodyError | undefined, contentType: string | undefined): string {
  if (body !== undefined) return `${label} with an unrecognized JSON body`;
  // A read that stopped early says why, whatever part of the body arrived.
  if (bodyError !== undefined && Object.hasOwn(BODY_ERRORS, bodyError)) return `${label}: ${BODY_ERRORS[bodyError]}`;
  if (jsonFailure === 'empty') return `${label} with an empty body`;
  return `${label} with a body that is not JSON${contentType === undefined ? '' : ` (${contentType})`}`;
}

/** Builds the generic error for a response: nothing is lost, the status and an excerpt are kept. */
export function httpErrorOf(view: ResponseView, now: number, expectedVendor?: string, requestIdHeaders?: readonly string[]): HttpError {
  const { status, headers } = view;
  const body = view.json();
  const contentType = headers.get('content-type');
  const { bodyError } = view;
  // A consumed body was never seen: there is no JSON verdict to give, only `bodyError`.
  const jsonFailure = body === undefined && bodyError !== 'consumed' ? view.jsonFailure() : undefined;
  // Redacted here, not only on the way out: cut first, a secret that straddles the cut would no
  // longer be recognizable. (This is the fallback path; vendor parses never come here.)
  const excerpt = view.text === undefined || view.text === '' ? undefined : excerptOf(view.text, EXCERPT_LENGTH, DEFAULT_REDACTOR);
  const problemType = contentType?.includes('problem+json') === true && isJsonObject(body) ? stringField(body, 'type') : undefined;
  const message = messageOf(body) ?? describeBody(status === 0 ? 'Response' : `HTTP ${String(status)}`, body, jsonFailure, bodyError, contentType);
  const details: HttpErrorDetails = {
    ...(expectedVendor === undefined ? {} : { expectedVendor }),
    ...(contentType === undefined ? {} : { contentType }),
    ...(excerpt === undefined ? {} : { excerpt }),
    ...(jsonFailure === undefined ? {} : { jsonFailure }),
    ...(bodyError === undefined ? {} : { bodyError }),
    ...(problemType === undefined ? {} : { problemType }),
  };
  return createApiError({
    vendor: 'http',
    code: status,
    kind: kindOfStatus(status),
    status,
    message,
    retry: retryFromHeaders(status, headers, now),
    rateLimit: parseRateLimit(headers, now),
    requestId: requestIdOf(headers, requestIdHeaders),
    details,
    source: view,
  });
}
