import type { HeaderInput, ResponseParts } from '@errata/core';
import { buildResponse, toHeaders } from '@errata/core/testing';
import { IDENTITY_REGISTRATION_ERROR_NAMES } from './names.ts';
import type { IdentityRegistrationError } from './types.ts';
import { identityRegistration } from './vendor.ts';

/** Describes one Registration error response. Everything but `code` has a realistic default. */
export interface RegistrationErrorSpec {
  readonly code: number;
  /** The `error` string. Default: the catalog's name for the code, or `unexpected_error`. */
  readonly error?: string;
  /** Default: a description naming the error string. */
  readonly description?: string;
  /** HTTP status. Default 200, or 400 for `oauth`: the API reports most errors with HTTP 200. */
  readonly status?: number;
  /** Default `error`; pass `Error`, `fail` or `ok` to test the edges. */
  readonly stat?: string;
  /** Build the OAuth-style variant: `error: "invalid_request"` plus `sub_error`. */
  readonly oauth?: boolean;
  /** Default a 16-character id; `null` leaves the field out. */
  readonly requestId?: string | null;
  /** The body field that carries the id. Default `request_id`, the name real responses use. */
  readonly requestIdField?: 'request_id' | 'request_token';
  /** Extra wire fields, e.g. `{ argument_name: 'uuid' }` or `{ invalid_fields: { … } }`. */
  readonly fields?: Readonly<Record<string, unknown>>;
  readonly headers?: HeaderInput;
}

/** The request id builders use unless told otherwise. */
export const TEST_REQUEST_ID = 'abcdefgh12345678';

function nameOf(code: number): string {
  return (IDENTITY_REGISTRATION_ERROR_NAMES as Readonly<Record<number, string>>)[code] ?? 'unexpected_error';
}

/** The JSON body of a Registration error, shaped as the API sends it. */
export function identityRegistrationErrorBody(spec: RegistrationErrorSpec): Record<string, unknown> {
  const name = spec.error ?? nameOf(spec.code);
  const body: Record<string, unknown> = {
    stat: spec.stat ?? 'error',
    code: spec.code,
    error: spec.oauth === true ? 'invalid_request' : name,
    error_description: spec.description ?? `${name.replaceAll('_', ' ')} (test)`,
  };
  if (spec.oauth === true) body.sub_error = name;
  const requestId = spec.requestId === undefined ? TEST_REQUEST_ID : spec.requestId;
  if (requestId !== null) body[spec.requestIdField ?? 'request_id'] = requestId;
  // defineProperty, not assignment, so a `__proto__` test field stays an own data property.
  for (const [key, value] of Object.entries(spec.fields ?? {})) Object.defineProperty(body, key, { value, enumerable: true, writable: true, configurable: true });
  return body;
}

/** The status, headers and body text of the spec, as the API would send them. */
function wireOf(spec: RegistrationErrorSpec): { status: number; headers: Headers; body: string } {
  const headers = toHeaders(spec.headers);
  if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  return { status: spec.status ?? (spec.oauth === true ? 400 : 200), headers, body: JSON.stringify(identityRegistrationErrorBody(spec)) };
}

/** Already-read parts for the synchronous `identityRegistration.parse(parts)`. */
export function identityRegistrationParts(spec: RegistrationErrorSpec): ResponseParts {
  return wireOf(spec);
}

/** A real fetch `Response` for the spec: HTTP 200 with `stat: "error"` unless told otherwise. */
export function buildIdentityRegistrationResponse(spec: RegistrationErrorSpec): Response {
  return buildResponse(wireOf(spec));
}

/** A successful response (`stat: "ok"`), for testing that successes parse as `undefined`. */
export function buildIdentityRegistrationSuccess(result: unknown = {}): Response {
  return buildResponse({ status: 200, body: { stat: 'ok', result } });
}

/** A ready error value, parsed from the same wire form the builders produce. Throws if the spec is not an error. */
export function buildIdentityRegistrationError(spec: RegistrationErrorSpec): IdentityRegistrationError {
  const error = identityRegistration.parse(identityRegistrationParts(spec));
  if (error?.vendor !== 'identity-registration') throw new TypeError('the spec does not describe a Registration error (check stat)');
  return error;
}
