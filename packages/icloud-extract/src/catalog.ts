import type { Action, Kind } from '@errata/core';
import { isRetryAction, RULES, type NextStepName } from './rules.ts';
import type { KnownCode } from './types.ts';

/** Where a code reaches the client. */
export type IcloudChannel =
  /** An HTTP error body `{error, message, params?}`. */
  | 'http'
  /** The `error` of a session whose `state` is `failed` (or `expired`). */
  | 'session'
  /** The `error` of a task whose `state` is `failed`. */
  | 'task'
  /** The legacy (v1/v2) log-in answer. */
  | 'legacy-http';

/**
 * How much is known about the code's HTTP status. riCloud documents none of them per code, so
 * guards and `nextStep` switch on the code, never on the status.
 */
export type StatusEvidence =
  /** Guessed from the meaning of the code and the generic status table; likely right. */
  | 'inferred-high'
  /** Guessed, and more than one status is plausible (see `statusNote`). */
  | 'inferred-low'
  /** Seen in a recorded response (the official client's test fixtures), not in the docs. */
  | 'recorded'
  /** The code arrives as a resource attribute, not as an HTTP error. */
  | 'not-http';

export interface CatalogEntry {
  readonly code: KnownCode;
  /** What the code means, in our words. */
  readonly summary: string;
  readonly kind: Kind;
  readonly action: Action;
  readonly retryable: boolean;
  /** The vendor's documented minimum wait before retrying. */
  readonly minWaitMs?: number;
  /** The wait used when the response names none (a suggestion from the docs, not a floor). */
  readonly defaultWaitMs?: number;
  /** True when a `Retry-After` header makes the code retryable although `retryable` is false. */
  readonly retryWithHeader?: true;
  /** The `step` `nextStep` gives for this code. */
  readonly nextStep: NextStepName;
  readonly channels: readonly IcloudChannel[];
  /** False when where the code appears is itself inferred. */
  readonly channelsVerified: boolean;
  /** The most likely HTTP status, when the code arrives over HTTP at all. */
  readonly httpStatus: number | undefined;
  /** Always false: the API documents statuses only generically, never per code. */
  readonly statusDocumented: false;
  readonly statusEvidence: StatusEvidence;
  readonly statusNote: string;
  /** Where the facts come from. */
  readonly sources: readonly string[];
  /** When the sources were last checked (ISO date). */
  readonly checked: string;
}

const CHECKED = '2026-11-22';
const ERRORS_PAGE = 'https://reincubate.com/support/ricloud/errors/ (seed 000_c44bd972831b499b.txt)';
const CLIENT = 'github.com/reincubate/ricloud ricloud/exceptions.py (reads error, message, params)';
const SESSIONS_PAGE = 'https://reincubate.com/support/ricloud/sessions/';
const TASKS_PAGE = 'https://reincubate.com/support/ricloud/tasks';
const ICLOUD_SAMPLE = 'github.com/reincubate/ricloud ricloud/samples/icloud.py';
const RIRELAY_SAMPLE = 'github.com/reincubate/ricloud ricloud/samples/rirelay.py';
const V1_FIXTURES = 'github.com/reincubate/ricloud branch v1 ricloud/api.py, ricloud/tests/responses_registration.py';
const V2_SAMPLE = 'github.com/reincubate/ricloud branch v2 ricloud/samples/icloud_sample.py';
const NOT_HTTP = 'Not an HTTP error: read from the resource, which has no status of its own (errors carry status 0).';

type Facts = Omit<CatalogEntry, 'code' | 'kind' | 'action' | 'retryable' | 'minWaitMs' | 'defaultWaitMs' | 'retryWithHeader' | 'nextStep' | 'statusDocumented' | 'checked'>;

function entry(code: KnownCode, facts: Facts): CatalogEntry {
  const rule = RULES[code];
  return {
    code,
    summary: facts.summary,
    kind: rule.kind,
    action: rule.action,
    retryable: isRetryAction(rule.action),
    ...(rule.waitMs === undefined ? {} : { minWaitMs: rule.waitMs }),
    ...(rule.defaultWaitMs === undefined ? {} : { defaultWaitMs: rule.defaultWaitMs }),
    ...(rule.retryWithHeader === undefined ? {} : { retryWithHeader: rule.retryWithHeader }),
    nextStep: rule.step,
    channels: facts.channels,
    channelsVerified: facts.channelsVerified,
    httpStatus: facts.httpStatus,
    statusDocumented: false,
    statusEvidence: facts.statusEvidence,
    statusNote: facts.statusNote,
    sources: facts.sources,
    checked: CHECKED,
  };
}

function resourceCode(code: KnownCode, summary: string, channels: readonly IcloudChannel[], channelsVerified: boolean, sources: readonly string[]): CatalogEntry {
  return entry(code, { summary, channels, channelsVerified, httpStatus: undefined, statusEvidence: 'not-http', statusNote: NOT_HTTP, sources });
}

/**
 * Everything known about each riCloud code: behaviour (kind, action, retry, next step), where it
 * appears, its likely HTTP status and how sure that is, and the sources. Import it only where you
 * need it (docs, dashboards, tests): the parser and guards do not depend on it.
 */
export const IcloudExtractCatalog: Readonly<Record<KnownCode, CatalogEntry>> = {
  'invalid-body': /* @__PURE__ */ entry('invalid-body', {
    summary: 'The request body could not be read; it must be valid JSON.',
    channels: ['http'],
    channelsVerified: true,
    httpStatus: 400,
    statusEvidence: 'inferred-high',
    statusNote: '400 inferred (high confidence): a malformed request.',
    sources: [ERRORS_PAGE, CLIENT],
  }),
  'invalid-parameter': /* @__PURE__ */ entry('invalid-parameter', {
    summary: 'Body parameters failed validation; `params` says which (its shape is undocumented).',
    channels: ['http'],
    channelsVerified: true,
    httpStatus: 400,
    statusEvidence: 'inferred-high',
    statusNote: '400 inferred (high confidence): a malformed request.',
    sources: [ERRORS_PAGE, CLIENT],
  }),
  unconfigured: /* @__PURE__ */ entry('unconfigured', {
    summary: 'The organisation lacks configuration this request needs; the message names it.',
    channels: ['http'],
    channelsVerified: true,
    httpStatus: 400,
    statusEvidence: 'inferred-low',
    statusNote: '400 or 403 inferred (low confidence).',
    sources: [ERRORS_PAGE],
  }),
  'missing-scope': /* @__PURE__ */ entry('missing-scope', {
    summary: 'The organisation, key or user lacks the permission scope for this request.',
    channels: ['http'],
    channelsVerified: true,
    httpStatus: 403,
    statusEvidence: 'inferred-high',
    statusNote: '403 inferred (high confidence): insufficient permissions.',
    sources: [ERRORS_PAGE],
  }),
  'limit-exceeded': /* @__PURE__ */ entry('limit-exceeded', {
    summary: 'The request would break a limit on the organisation, key or user (e.g. accounts per month).',
    channels: ['http'],
    channelsVerified: true,
    httpStatus: 403,
    statusEvidence: 'inferred-low',
    statusNote: '403 or 429 inferred (low confidence). A Retry-After header (e.g. on a 429) makes it retryable after that wait.',
    sources: [ERRORS_PAGE],
  }),
  'session-expired': /* @__PURE__ */ entry('session-expired', {
    summary: 'The session used by the request has expired; create a new one.',
    channels: ['http', 'session'],
    channelsVerified: true,
    httpStatus: 400,
    statusEvidence: 'inferred-low',
    statusNote: '400 or 403 inferred (low confidence). An expired session object also reads as this code.',
    sources: [ERRORS_PAGE, SESSIONS_PAGE],
  }),
  'invalid-credentials': /* @__PURE__ */ resourceCode(
    'invalid-credentials',
    'The external service rejected the source or its credentials (unknown user or wrong password).',
    ['session'],
    false,
    [ERRORS_PAGE, SESSIONS_PAGE],
  ),
  'source-locked': /* @__PURE__ */ resourceCode('source-locked', 'The external service has locked the source; the message says how to unlock it.', ['session'], false, [
    ERRORS_PAGE,
    SESSIONS_PAGE,
  ]),
  'code-required': /* @__PURE__ */ resourceCode('code-required', 'MFA is on: a code was sent; create the session again with it in `payload.code`.', ['session'], true, [
    ERRORS_PAGE,
    ICLOUD_SAMPLE,
  ]),
  'code-rate-limited': /* @__PURE__ */ resourceCode(
    'code-rate-limited',
    'Too many invalid codes: the service throttled the user, who should wait at least an hour.',
    ['session'],
    false,
    [ERRORS_PAGE],
  ),
  'choice-required': /* @__PURE__ */ resourceCode(
    'choice-required',
    '2SV is on: pick one of the listed devices to receive the code (the list\'s field is undocumented).',
    ['session'],
    false,
    [ERRORS_PAGE, V1_FIXTURES],
  ),
  'code-invalid': /* @__PURE__ */ resourceCode('code-invalid', 'The Reincubate Relay pairing code was not recognised.', ['session'], true, [RIRELAY_SAMPLE]),
  'task-error': /* @__PURE__ */ resourceCode('task-error', 'A generic task failure; retrying the poll or task may help.', ['task'], true, [ERRORS_PAGE, TASKS_PAGE]),
  'icloud-terms-not-accepted': /* @__PURE__ */ resourceCode(
    'icloud-terms-not-accepted',
    'The account has not accepted the latest iCloud terms.',
    ['session', 'task'],
    false,
    [ERRORS_PAGE],
  ),
  'icloud-account-not-verified': /* @__PURE__ */ resourceCode(
    'icloud-account-not-verified',
    'The primary email of the iCloud account is not verified.',
    ['session', 'task'],
    false,
    [ERRORS_PAGE],
  ),
  'icloud-service-not-activated': /* @__PURE__ */ resourceCode(
    'icloud-service-not-activated',
    'The iCloud service the operation needs is off for the account (e.g. iCloud Photo Library).',
    ['task'],
    false,
    [ERRORS_PAGE],
  ),
  'icloud-service-outage': /* @__PURE__ */ resourceCode(
    'icloud-service-outage',
    'A transient iCloud outage; retrying within minutes usually works (a minute is the default wait).',
    ['session', 'task'],
    false,
    [ERRORS_PAGE],
  ),
  '2fa-required': /* @__PURE__ */ entry('2fa-required', {
    summary: 'Legacy (v1/v2) log-in: two-factor is on; the trusted devices are under `data.trustedDevices`.',
    channels: ['legacy-http'],
    channelsVerified: true,
    httpStatus: 409,
    statusEvidence: 'recorded',
    statusNote: '409 recorded in the official client\'s v1 test fixtures; not in the v3 docs.',
    sources: [V1_FIXTURES, V2_SAMPLE],
  }),
};
