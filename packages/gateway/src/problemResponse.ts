import { problemType, redactWith, statusOfKind, type ApiError, type ProblemDetails, type Redactor } from '@errata/core';
import { REDACTED, redactHeaderValue, requestIdOf, SENSITIVE_HEADERS, type HeaderReader } from '@errata/core/vendor';
import { rateLimitFields, retryAfterSeconds } from './rateLimitHeaders.ts';
import { containsAny, coreRedactorChanges, isEmpty, maskHeaderValue, maskText, maskValue, mayContainSecret, mayContainSecretOtherwise, type SecretSet } from './secrets.ts';

/** Everything besides the error that shapes a problem response. */
export interface ProblemSettings {
  readonly typeBase: string | undefined;
  readonly exposeDetail: boolean;
  /** Lower-case names of upstream headers copied onto problems. */
  readonly keepHeaders: readonly string[];
  /** True for the default list: `www-authenticate` is then kept on 401 and 403 answers only. */
  readonly challengeOnAuthOnly: boolean;
  readonly statusOf: ((error: ApiError) => number | undefined) | undefined;
  /** Most characters of the serialized vendor `details` member; larger details are left out. */
  readonly maxDetailsLength: number;
}

/** A problem ready to send: status, headers as `[name, value, name, value, ...]`, and the JSON body. */
export interface RenderedProblem {
  readonly problem: ProblemDetails;
  readonly status: number;
  readonly headers: string[];
  readonly body: string;
  /** Core's redactor for the exchange was attached to the error (see `renderProblem`). */
  readonly redacted: boolean;
}

/** What a problem is rendered for besides the error. */
export interface ProblemExchange {
  /** The status the gateway answers with. */
  readonly status: number;
  readonly settings: ProblemSettings;
  /** The upstream's headers, when it answered. */
  readonly upstreamHeaders: HeaderReader | undefined;
  /** The exchange's secrets, masked in the body and in kept headers. */
  readonly secrets: SecretSet;
  /** The route lets vendor details through. */
  readonly withDetails: boolean;
  /** The clock, for rate-limit reset times. */
  readonly now: number;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

// Headers that describe the upstream's body or connection, not ours.
const NEVER_KEPT: ReadonlySet<string> = /* @__PURE__ */ new Set(['content-length', 'content-encoding', 'content-type', 'transfer-encoding', 'connection', 'keep-alive', 'trailer', 'upgrade']);
// A challenge only means something on the statuses that ask for credentials (RFC 9110 11.6.1, RFC 6750 3.1).
const CHALLENGE_STATUSES: ReadonlySet<number> = /* @__PURE__ */ new Set([401, 403]);
// Set from the problem itself; a kept header of the same name would contradict it.
const OWN_HEADERS: ReadonlySet<string> = /* @__PURE__ */ new Set(['cache-control', 'retry-after', 'ratelimit', 'ratelimit-policy', 'x-upstream-request-id']);
// Problem members errata writes from closed vocabularies, its own clock or numbers: never upstream text.
const STRUCTURAL: ReadonlySet<string> = /* @__PURE__ */ new Set(['type', 'status', 'vendor', 'kind', 'action', 'retryable', 'retryAfterMs', 'retryAt', 'upstreamStatus']);
// Errors made by errata itself carry no vendor details worth sending (a generic error's details hold a body excerpt).
const NOT_VENDORS: ReadonlySet<string> = /* @__PURE__ */ new Set(['http', 'network', 'gateway']);

function validStatus(status: number | undefined): status is number {
  return status !== undefined && Number.isInteger(status) && status >= 400 && status <= 599;
}

/**
 * The status a gateway answers with. A network failure has no upstream status: a timeout is 504
 * and an unreachable upstream 502 (the gateway's own failure to get an answer), a cancelled
 * request 499. Otherwise the upstream's error status is kept, and an error sent with a success
 * status gets the status of its kind.
 */
export function problemStatus(error: ApiError, statusOf: ProblemSettings['statusOf']): number {
  let chosen: number | undefined;
  try {
    chosen = statusOf?.(error);
  } catch {
    chosen = undefined;
  }
  if (validStatus(chosen)) return chosen;
  if (error.vendor === 'network') return error.kind === 'deadline-exceeded' ? 504 : error.kind === 'cancelled' ? 499 : 502;
  if (validStatus(error.status)) return error.status;
  return statusOfKind(error.kind);
}

/** HTAB, SP, VCHAR and obs-text only (RFC 9110 5.5): what a header value may carry. */
function isFieldValue(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f || code > 0xff) return false;
  }
  return true;
}

/**
 * The vendor's `details` as a problem extension member: JSON data, at most `maxLength` characters
 * serialized, or nothing. Core's `toProblem` may already have written it; otherwise the gateway
 * takes it from the error. Left out on 5xx unless `exposeDetail` (details can name internals).
 */
function vendorDetails(error: ApiError, fromCore: unknown, maxLength: number): unknown {
  if (NOT_VENDORS.has(error.vendor)) return undefined;
  let details: unknown = fromCore;
  if (details === undefined) {
    try {
      // Past the cap core's problem applies (a route allowing more): the serialized error's copy,
      // redacted by the error's own redactor as the problem's would have been.
      details = (error.toJSON() as { readonly details?: unknown }).details;
    } catch {
      return undefined;
    }
  }
  if (typeof details !== 'object' || details === null) return undefined;
  let text: string;
  try {
    text = JSON.stringify(details);
  } catch {
    // Cycles, BigInt, throwing getters: data that cannot travel as JSON stays behind.
    return undefined;
  }
  if (text === '{}' || text === '[]' || text.length > maxLength) return undefined;
  return JSON.parse(text) as unknown;
}

/** The problem object with secrets masked: every upstream-derived member, `type` rebuilt if `code` was masked. */
function maskProblem(problem: Record<string, unknown>, secrets: SecretSet, typeBase: string | undefined): Record<string, unknown> {
  const masked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(problem)) masked[key] = STRUCTURAL.has(key) ? value : maskValue(value, secrets);
  if (masked.code !== problem.code) {
    const code = typeof masked.code === 'string' || typeof masked.code === 'number' ? masked.code : REDACTED;
    masked.type = problemType(typeof problem.vendor === 'string' ? problem.vendor : 'unknown', code, typeBase);
  }
  return masked;
}

/**
 * A kept upstream header value, redacted: core's header-value redactor (credential patterns, URLs'
 * token parts; a value that is never a credential, such as a DPoP nonce, keeps its token shape),
 * then the exchange's own secrets.
 */
function keptValue(name: string, value: string, secrets: SecretSet): string | undefined {
  const redacted = redactHeaderValue(name, value);
  const masked = isEmpty(secrets) ? redacted : maskHeaderValue(redacted, secrets);
  // A value that is only the marker tells the client nothing: the header is left out.
  return masked !== undefined && masked !== REDACTED && isFieldValue(masked) ? masked : undefined;
}

/** A problem's members and JSON text as core and the error give them, before the exchange's secrets are masked. */
interface ProblemDraft {
  readonly members: Record<string, unknown>;
  readonly json: string;
  /**
   * The route wants vendor details and the error has some, but none are in the problem (too
   * large, or not JSON data): what core's redactor would have made of them cannot be read here.
   */
  readonly detailsLeftOut: boolean;
}

/** True when `error.details` is an object (what a problem can carry); a throwing getter counts as one. */
function hasObjectDetails(error: ApiError): boolean {
  try {
    const details: unknown = error.details;
    return typeof details === 'object' && details !== null;
  } catch {
    return true;
  }
}

/**
 * The problem for an error before masking: `toProblem` with the gateway's policy, the upstream
 * request id and vendor details (unless the route opts out), in core's member order.
 */
function draftProblem(error: ApiError, status: number, settings: ProblemSettings, upstreamHeaders: HeaderReader | undefined, withDetails: boolean): ProblemDraft {
  const exposeInternals = status < 500 || settings.exposeDetail;
  const wantDetails = withDetails && exposeInternals;
  // `includeDetails` asks a core that writes `details` itself to skip them when they are not wanted;
  // a core that does not know the option ignores it, and the gateway takes them from the error.
  const options = settings.typeBase === undefined ? { includeDetail: exposeInternals, includeDetails: wantDetails, status } : { typeBase: settings.typeBase, includeDetail: exposeInternals, includeDetails: wantDetails, status };
  const fromCore = error.toProblem(options) as unknown as Readonly<Record<string, unknown>>;
  // One copy, in core's member order, without the members the gateway decides on itself.
  const members: Record<string, unknown> = {};
  for (const key of Object.keys(fromCore)) {
    if (key !== 'upstreamStatus' && key !== 'details' && key !== 'requestId') members[key] = fromCore[key];
  }
  const { upstreamStatus } = fromCore;
  // Status 0 only says "no HTTP response", which `vendor: network` already says.
  if (typeof upstreamStatus === 'number' && upstreamStatus !== 0) members.upstreamStatus = upstreamStatus;
  // A vendor parser that does not look for a request id still lets the common headers speak.
  const requestId = typeof fromCore.requestId === 'string' ? fromCore.requestId : upstreamHeaders === undefined ? undefined : requestIdOf(upstreamHeaders);
  if (requestId !== undefined) members.requestId = requestId;
  const details = wantDetails ? vendorDetails(error, fromCore.details, settings.maxDetailsLength) : undefined;
  if (details !== undefined) members.details = details;
  return { members, json: JSON.stringify(members), detailsLeftOut: wantDetails && details === undefined && hasObjectDetails(error) };
}

/**
 * Renders an error as a problem response: `toProblem` with the gateway's policy, the upstream
 * request id, vendor details (unless the route opts out), the headers clients need, and none of
 * the exchange's secrets, in the body or in a kept header.
 *
 * `redactor` is core's redactor for the exchange's secrets (`coreRedactorOf`), which the error
 * gets (`redactWith`) before its problem is drafted. Attaching it costs about a third of an
 * error's handling, and it changes the problem only when a secret came back: given the secrets'
 * forms (`coreFormsOf`; `null` when they cannot be judged, and the redactor is then attached
 * first), the problem is drafted without it, and when the draft shows that it could have made a
 * difference (`coreRedactorChanges`, or vendor details left out), it is attached and the problem
 * drafted again. Either way the answer is the one drafted with the redactor attached.
 */
export function renderProblem(error: ApiError, exchange: ProblemExchange, redactor: Redactor | undefined, forms: readonly string[] | null): RenderedProblem {
  const { status, settings, upstreamHeaders, secrets, withDetails, now } = exchange;
  let redacted = false;
  if (redactor !== undefined && forms === null) {
    redactWith(error, redactor);
    redacted = true;
  }
  let draft = draftProblem(error, status, settings, upstreamHeaders, withDetails);
  // One search for the secrets serves both questions: core's redactor, and the gateway's own pass.
  let holdsNeedle = containsAny(draft.json, secrets.needles);
  if (redactor !== undefined && !redacted && forms !== null && (draft.detailsLeftOut || coreRedactorChanges(draft.json, secrets, forms, holdsNeedle))) {
    redactWith(error, redactor);
    redacted = true;
    draft = draftProblem(error, status, settings, upstreamHeaders, withDetails);
    holdsNeedle = containsAny(draft.json, secrets.needles);
  }
  let { members, json } = draft;
  // Searching the serialized text is cheaper than walking the problem, and secrets are rarely in it.
  if (holdsNeedle || (!isEmpty(secrets) && mayContainSecretOtherwise(json, secrets))) {
    members = maskProblem(members, secrets, settings.typeBase);
    json = JSON.stringify(members);
  }
  const masked = members as unknown as ProblemDetails;
  return { problem: masked, status, headers: problemHeaders(masked, error, status, settings, upstreamHeaders, secrets, now), body: json, redacted };
}

/** The headers of a problem response; nothing of the upstream's except what was asked for, redacted, and never a credential. */
function problemHeaders(
  problem: ProblemDetails,
  error: ApiError,
  status: number,
  settings: ProblemSettings,
  upstreamHeaders: HeaderReader | undefined,
  secrets: SecretSet,
  now: number,
): string[] {
  const headers: string[] = ['content-type', PROBLEM_CONTENT_TYPE, 'cache-control', 'no-store'];
  if (upstreamHeaders !== undefined) {
    for (const name of settings.keepHeaders) {
      if (SENSITIVE_HEADERS.has(name) || NEVER_KEPT.has(name) || OWN_HEADERS.has(name)) continue;
      if (name === 'www-authenticate' && settings.challengeOnAuthOnly && !CHALLENGE_STATUSES.has(status)) continue;
      const value = upstreamHeaders.get(name);
      if (value === undefined) continue;
      const kept = keptValue(name, value, secrets);
      if (kept !== undefined) headers.push(name, kept);
    }
  }
  const retryAfter = error.retry.retryable ? retryAfterSeconds(error.retry.retryAfterMs) : undefined;
  if (retryAfter !== undefined) headers.push('retry-after', retryAfter);
  const fields = rateLimitFields(problem.rateLimit, now);
  if (fields.rateLimit !== undefined) headers.push('ratelimit', fields.rateLimit);
  if (fields.policy !== undefined) headers.push('ratelimit-policy', fields.policy);
  const { requestId } = problem;
  // `mayContainSecret` false means `maskText` would leave it as it is: the cheaper question first.
  if (requestId !== undefined && requestId !== REDACTED && isFieldValue(requestId) && (isEmpty(secrets) || !mayContainSecret(requestId, secrets) || maskText(requestId, secrets) === requestId)) {
    headers.push('x-upstream-request-id', requestId);
  }
  return headers;
}

/** UTF-8 length of a string, without encoding it. */
export function utf8Length(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) {
      if (code < 0x800) length += 1;
      else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        // A surrogate pair: 4 bytes for 2 UTF-16 units.
        length += 2;
        i++;
      } else length += 2; // 3 bytes (a lone surrogate is written as U+FFFD, also 3)
    }
  }
  return length;
}
