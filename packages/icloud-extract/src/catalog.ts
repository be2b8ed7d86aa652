import { defineCatalog, type Catalog, type CatalogEntry } from '@errata/core/vendor';
import { POLICIES, type IcloudCodePolicy } from './policy.ts';
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
  /** Guessed, and more than one status is plausible (see `note`). */
  | 'inferred-low'
  /** Seen in a recorded response (the official client's test fixtures), not in the docs. */
  | 'recorded'
  /** The code arrives as a resource attribute, not as an HTTP error. */
  | 'not-http';

/**
 * One riCloud code: core's catalog entry (`code`, `name`, `message`, `statuses`, `policy`,
 * `provenance`, `note`) with riCloud's policy (`step`, `minWaitMs`, `retryWithHeader`) and where
 * the code appears. `statuses` holds the most likely status, when the code arrives over HTTP at
 * all; `note` says how sure that status is.
 */
export interface IcloudExtractCatalogEntry extends CatalogEntry<KnownCode> {
  readonly policy: IcloudCodePolicy;
  readonly note: string;
  /** Where the code reaches the client. */
  readonly channels: readonly IcloudChannel[];
  /** False when where the code appears is itself inferred. */
  readonly channelsVerified: boolean;
  /** How the status in `statuses` is known; never `documented`: the API gives statuses only generically. */
  readonly statusEvidence: StatusEvidence;
}

// The day every entry was last checked against its sources.
const VERIFIED = '2026-11-22';
const ERRORS_PAGE = 'https://reincubate.com/support/ricloud/errors/ (seed 000_c44bd972831b499b.txt)';
const CLIENT = 'github.com/reincubate/ricloud ricloud/exceptions.py (reads error, message, params)';
const SESSIONS_PAGE = 'https://reincubate.com/support/ricloud/sessions/';
const TASKS_PAGE = 'https://reincubate.com/support/ricloud/tasks';
const ICLOUD_SAMPLE = 'github.com/reincubate/ricloud ricloud/samples/icloud.py';
const RIRELAY_SAMPLE = 'github.com/reincubate/ricloud ricloud/samples/rirelay.py';
const V1_FIXTURES = 'github.com/reincubate/ricloud branch v1 ricloud/api.py, ricloud/tests/responses_registration.py';
const V2_SAMPLE = 'github.com/reincubate/ricloud branch v2 ricloud/samples/icloud_sample.py';
const NOT_HTTP = 'Not an HTTP error: read from the resource, which has no status of its own (errors carry status 0).';

interface Facts {
  readonly message: string;
  readonly channels: readonly IcloudChannel[];
  readonly channelsVerified: boolean;
  readonly status: number | undefined;
  readonly statusEvidence: StatusEvidence;
  readonly note: string;
  readonly sources: readonly string[];
}

/* @__NO_SIDE_EFFECTS__ */
function entry(code: KnownCode, name: string, facts: Facts): IcloudExtractCatalogEntry {
  return {
    code,
    name,
    message: facts.message,
    statuses: facts.status === undefined ? [] : [facts.status],
    policy: POLICIES[code],
    provenance: { source: facts.sources.join('; '), verified: VERIFIED },
    note: facts.note,
    channels: facts.channels,
    channelsVerified: facts.channelsVerified,
    statusEvidence: facts.statusEvidence,
  };
}

/* @__NO_SIDE_EFFECTS__ */
function resourceCode(code: KnownCode, name: string, message: string, channels: readonly IcloudChannel[], channelsVerified: boolean, sources: readonly string[]): IcloudExtractCatalogEntry {
  return entry(code, name, { message, channels, channelsVerified, status: undefined, statusEvidence: 'not-http', note: NOT_HTTP, sources });
}

/**
 * Everything known about each riCloud code, in the kit's catalog shape: `entries` in the order of
 * the docs, and `get(code)`. Each entry has the code's policy (kind, action, retry, next step),
 * where it appears, its likely HTTP status and how sure that is, and its sources. Import it only
 * where you need it (docs, dashboards, tests): the parser and guards do not depend on it.
 */
export const icloudExtractCatalog: Catalog<IcloudExtractCatalogEntry> = /* @__PURE__ */ defineCatalog<IcloudExtractCatalogEntry>([
  entry('invalid-body', 'InvalidBody', {
    message: 'The request body could not be read; it must be valid JSON.',
    channels: ['http'],
    channelsVerified: true,
    status: 400,
    statusEvidence: 'inferred-high',
    note: '400 inferred (high confidence): a malformed request.',
    sources: [ERRORS_PAGE, CLIENT],
  }),
  entry('invalid-parameter', 'InvalidParameter', {
    message: 'Body parameters failed validation; `params` says which (its shape is undocumented).',
    channels: ['http'],
    channelsVerified: true,
    status: 400,
    statusEvidence: 'inferred-high',
    note: '400 inferred (high confidence): a malformed request.',
    sources: [ERRORS_PAGE, CLIENT],
  }),
  entry('unconfigured', 'Unconfigured', {
    message: 'The organisation lacks configuration this request needs; the message names it.',
    channels: ['http'],
    channelsVerified: true,
    status: 400,
    statusEvidence: 'inferred-low',
    note: '400 or 403 inferred (low confidence).',
    sources: [ERRORS_PAGE],
  }),
  entry('missing-scope', 'MissingScope', {
    message: 'The organisation, key or user lacks the permission scope for this request.',
    channels: ['http'],
    channelsVerified: true,
    status: 403,
    statusEvidence: 'inferred-high',
    note: '403 inferred (high confidence): insufficient permissions.',
    sources: [ERRORS_PAGE],
  }),
  entry('limit-exceeded', 'LimitExceeded', {
    message: 'The request would break a limit on the organisation, key or user (e.g. accounts per month).',
    channels: ['http'],
    channelsVerified: true,
    status: 403,
    statusEvidence: 'inferred-low',
    note: '403 or 429 inferred (low confidence). A Retry-After header (e.g. on a 429) makes it retryable after that wait.',
    sources: [ERRORS_PAGE],
  }),
  entry('session-expired', 'SessionExpired', {
    message: 'The session used by the request has expired; create a new one.',
    channels: ['http', 'session'],
    channelsVerified: true,
    status: 400,
    statusEvidence: 'inferred-low',
    note: '400 or 403 inferred (low confidence). An expired session object also reads as this code.',
    sources: [ERRORS_PAGE, SESSIONS_PAGE],
  }),
  resourceCode('invalid-credentials', 'InvalidCredentials',
    'The external service rejected the source or its credentials (unknown user or wrong password).',
    ['session'],
    false,
    [ERRORS_PAGE, SESSIONS_PAGE],
  ),
  resourceCode('source-locked', 'SourceLocked', 'The external service has locked the source; the message says how to unlock it.', ['session'], false, [
    ERRORS_PAGE,
    SESSIONS_PAGE,
  ]),
  resourceCode('code-required', 'CodeRequired', 'MFA is on: a code was sent; create the session again with it in `payload.code`.', ['session'], true, [
    ERRORS_PAGE,
    ICLOUD_SAMPLE,
  ]),
  resourceCode('code-rate-limited', 'CodeRateLimited',
    'Too many invalid codes: the service throttled the user, who should wait at least an hour.',
    ['session'],
    false,
    [ERRORS_PAGE],
  ),
  resourceCode('choice-required', 'ChoiceRequired',
    '2SV is on: pick one of the listed devices to receive the code (the list\'s field is undocumented).',
    ['session'],
    false,
    [ERRORS_PAGE, V1_FIXTURES],
  ),
  resourceCode('code-invalid', 'CodeInvalid', 'The Reincubate Relay pairing code was not recognised.', ['session'], true, [RIRELAY_SAMPLE]),
  resourceCode('task-error', 'TaskError', 'A generic task failure; retrying the poll or task may help.', ['task'], true, [ERRORS_PAGE, TASKS_PAGE]),
  resourceCode('icloud-terms-not-accepted', 'IcloudTermsNotAccepted',
    'The account has not accepted the latest iCloud terms.',
    ['session', 'task'],
    false,
    [ERRORS_PAGE],
  ),
  resourceCode('icloud-account-not-verified', 'IcloudAccountNotVerified',
    'The primary email of the iCloud account is not verified.',
    ['session', 'task'],
    false,
    [ERRORS_PAGE],
  ),
  resourceCode('icloud-service-not-activated', 'IcloudServiceNotActivated',
    'The iCloud service the operation needs is off for the account (e.g. iCloud Photo Library).',
    ['task'],
    false,
    [ERRORS_PAGE],
  ),
  resourceCode('icloud-service-outage', 'IcloudServiceOutage',
    'A transient iCloud outage; retrying within minutes usually works (a minute is the default wait).',
    ['session', 'task'],
    false,
    [ERRORS_PAGE],
  ),
  entry('2fa-required', 'TwoFactorRequired', {
    message: 'Legacy (v1/v2) log-in: two-factor is on; the trusted devices are under `data.trustedDevices`.',
    channels: ['legacy-http'],
    channelsVerified: true,
    status: 409,
    statusEvidence: 'recorded',
    note: '409 recorded in the official client\'s v1 test fixtures; not in the v3 docs.',
    sources: [V1_FIXTURES, V2_SAMPLE],
  }),
]);

/**
 * What the catalog knows about a code: its entry, or `undefined` for a code it does not know (or a
 * value that is not a code). Never throws.
 */
export function describeIcloudExtractCode(code: KnownCode): IcloudExtractCatalogEntry;
export function describeIcloudExtractCode(code: unknown): IcloudExtractCatalogEntry | undefined;
export function describeIcloudExtractCode(code: unknown): IcloudExtractCatalogEntry | undefined {
  return icloudExtractCatalog.get(code);
}
