import type { HeaderInput, ResponseParts } from '@errata/core';
import { buildResponse, toHeaders } from '@errata/core/testing';
import { describeIcloudExtractCode, type IcloudExtractCatalogEntry } from './catalog.ts';
import { isIcloudExtractError } from './guard.ts';
import { errorFromResource } from './resource.ts';
import type { IcloudExtractError, KnownCode } from './types.ts';
import { icloudExtract } from './vendor.ts';

/** What the builders describe. Only `code` is required; the rest defaults from the catalog. */
export interface IcloudErrorSpec {
  readonly code: KnownCode | (string & Record<never, never>);
  /** Defaults to the catalog's message (or a generic text for unknown codes). */
  readonly message?: string;
  /** The `params` of invalid-parameter, sent as given. */
  readonly params?: unknown;
  /** choice-required / 2fa-required devices; default one masked phone number, as the legacy API sent. */
  readonly devices?: readonly unknown[];
  /** Where the devices go: `devices` (default) or the legacy `data.trustedDevices`; always the latter for 2fa-required. */
  readonly devicesAt?: 'devices' | 'choices' | 'data.trustedDevices';
  /** Default: the catalog's likely status, 409 for 2fa-required, 400 for codes that are not HTTP errors. */
  readonly status?: number;
  readonly headers?: HeaderInput;
  /** Other body fields to add (they do not override `error`/`message`). */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** The masked device the legacy log-in fixtures recorded. */
export const SAMPLE_DEVICE = '********02';
/** The legacy log-in key from the same fixtures. */
export const SAMPLE_LEGACY_KEY = 'ae354ef8-b7b6-4a40-843f-96dddff3c64f';

function entryOf(code: string): IcloudExtractCatalogEntry | undefined {
  return describeIcloudExtractCode(code);
}

function bodyFields(spec: IcloudErrorSpec): Record<string, unknown> {
  const body: Record<string, unknown> = { ...spec.extra };
  body.error = spec.code;
  body.message = spec.message ?? entryOf(spec.code)?.message ?? `riCloud error ${spec.code}`;
  if (spec.params !== undefined) body.params = spec.params;
  const step = entryOf(spec.code)?.policy.step;
  if (step === 'choose-device' || spec.devices !== undefined) {
    const devices = spec.devices ?? [SAMPLE_DEVICE];
    const at = spec.code === '2fa-required' ? 'data.trustedDevices' : (spec.devicesAt ?? 'devices');
    if (at === 'data.trustedDevices') body.data = { trustedDevices: devices, ...(spec.code === '2fa-required' ? { key: SAMPLE_LEGACY_KEY } : {}) };
    else body[at] = devices;
  }
  return body;
}

/** The JSON body riCloud sends for a code: `{error, message, params?, …}`. */
export function icloudErrorBody(spec: IcloudErrorSpec): Record<string, unknown> {
  return bodyFields(spec);
}

/** The HTTP status the builders use for a code. */
export function icloudErrorStatus(spec: Pick<IcloudErrorSpec, 'code' | 'status'>): number {
  return spec.status ?? entryOf(spec.code)?.statuses[0] ?? 400;
}

/** Already-read response parts (JSON text body), for the synchronous `icloudExtract.parse`. */
export function icloudErrorParts(spec: IcloudErrorSpec): ResponseParts {
  const headers = toHeaders(spec.headers);
  headers.set('content-type', 'application/json');
  return { status: icloudErrorStatus(spec), headers, body: JSON.stringify(bodyFields(spec)) };
}

/** A real fetch `Response` carrying the error, as riCloud would send it. */
export function buildIcloudErrorResponse(spec: IcloudErrorSpec): Response {
  return buildResponse({ status: icloudErrorStatus(spec), headers: spec.headers ?? {}, body: bodyFields(spec) });
}

/** A ready error value, parsed from the same wire form the response builder sends. */
export function buildIcloudExtractError(spec: IcloudErrorSpec): IcloudExtractError {
  const error = icloudExtract.parse(icloudErrorParts(spec));
  if (!isIcloudExtractError(error)) throw new TypeError(`not a riCloud error spec: ${JSON.stringify(spec.code)}`);
  return error;
}

export interface IcloudResourceSpec extends Omit<IcloudErrorSpec, 'status' | 'headers' | 'params'> {
  readonly resource?: 'session' | 'task';
  /** Default `failed`. */
  readonly state?: string;
  readonly id?: string;
}

/** A failed session or task object as riCloud returns it (e.g. from `GET /sessions/{id}`). */
export function icloudResource(spec: IcloudResourceSpec): Record<string, unknown> {
  const resource = spec.resource ?? 'session';
  const fields = bodyFields({ ...spec, message: spec.message ?? '' });
  // Resources carry no message of their own unless the spec gives one.
  if (spec.message === undefined) delete fields.message;
  return { id: spec.id ?? `${resource}-0001`, resource, state: spec.state ?? 'failed', ...fields };
}

/** The error `errorFromResource` reads from `icloudResource(spec)`. */
export function buildIcloudResourceError(spec: IcloudResourceSpec, now?: number): IcloudExtractError {
  const error = errorFromResource(icloudResource(spec), now === undefined ? undefined : { now });
  if (error === undefined) throw new TypeError(`the resource has not failed: ${JSON.stringify(spec.state)}`);
  return error;
}
