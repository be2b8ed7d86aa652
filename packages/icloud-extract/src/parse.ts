import {
  actionOf,
  createApiError,
  isJsonObject,
  kindOfStatus,
  parseRateLimit,
  requestIdOf,
  stringField,
  type FieldIssue,
  type JsonObject,
  type ParseContext,
  type ResponseView,
} from '@errata/core/vendor';
import { devicesOf } from './devices.ts';
import { ownField } from './field.ts';
import { issuesOfParams } from './params.ts';
import { entryOf, POLICIES, retryOf } from './policy.ts';
import type { IcloudErrorOrigin, IcloudExtractDetails, IcloudExtractError } from './types.ts';

/** The vendor name on every error this package produces. */
export const VENDOR = 'icloud-extract';

/** Longest code accepted; riCloud's are under 32 characters. */
export const MAX_CODE_LENGTH = 64;

function isCodeChar(c: number, first: boolean): boolean {
  const lowerOrDigit = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  // `-` joins words (v3); `_` appears in the docs' `init_failed`.
  return lowerOrDigit || (!first && (c === 45 || c === 95));
}

/** True for a lower-case code such as `code-required` or `2fa-required`. One pass, no regex. */
export function isCodeString(value: string): boolean {
  if (value.length === 0 || value.length > MAX_CODE_LENGTH) return false;
  for (let i = 0; i < value.length; i++) if (!isCodeChar(value.charCodeAt(i), i === 0)) return false;
  return true;
}

/** The body's `error` when it is a riCloud-style code. Callers catch a throwing getter. */
export function codeOf(body: JsonObject): string | undefined {
  const error = stringField(body, 'error');
  // A known code needs no character check (and its lookup is then cached for `buildError`).
  return error !== undefined && (entryOf(error) !== undefined || isCodeString(error)) ? error : undefined;
}

/**
 * The code when `body` is a riCloud error body: `{"error": "<lower-case code>", …}`. OAuth bodies
 * also use `error`, but carry `error_description`; those are left to other vendors. Total: an
 * already-parsed body that throws when read is not ours.
 */
function claim(body: unknown): string | undefined {
  try {
    if (!isJsonObject(body)) return undefined;
    const code = codeOf(body);
    return code === undefined || Object.hasOwn(body, 'error_description') ? undefined : code;
  } catch {
    return undefined;
  }
}

/**
 * How specific a claim on the response is, for registries: 2 for riCloud's own shape, a
 * lower-case kebab-case `error` code with a `message` (OAuth's snake_case codes and bodies with
 * `error_description` are not claimed), else 0.
 */
export function detect(view: ResponseView): number {
  const body = view.json();
  return claim(body) !== undefined && typeof ownField(body, 'message') === 'string' ? 2 : 0;
}

/** The riCloud error of an HTTP response, or `undefined` when the body is not one. */
export function parseView(view: ResponseView, context: ParseContext): IcloudExtractError | undefined {
  const body = view.json();
  const code = claim(body);
  if (code === undefined) return undefined;
  return buildError({ code, body: body as JsonObject, status: view.status, origin: 'http', context, view });
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What both readers (HTTP bodies and session/task objects) hand to `buildError`. */
export interface ErrorParts {
  readonly code: string;
  readonly body: JsonObject;
  readonly status: number;
  readonly origin: IcloudErrorOrigin;
  readonly context: ParseContext;
  readonly view?: ResponseView;
  readonly resourceId?: string | undefined;
  readonly state?: string | undefined;
}

/** Builds the error for a code read from an HTTP body or a resource. */
export function buildError(parts: ErrorParts): IcloudExtractError {
  const { code, body, status, view, context } = parts;
  const entry = entryOf(code);
  const policy = entry?.[0] ?? (parts.state === 'expired' ? POLICIES['session-expired'] : undefined);
  const message = bodyMessage(body) ?? defaultMessage(code, parts.origin);
  let issues: FieldIssue[] | undefined;
  // Built in place: a literal with spreads for each optional member costs bytes and allocations.
  const details: Mutable<IcloudExtractDetails> = { origin: parts.origin };
  const params = code === 'invalid-parameter' ? ownField(body, 'params') : undefined;
  if (params !== undefined) {
    issues = issuesOfParams(params, message);
    details.params = params;
  } else if (policy?.step === 'choose-device') {
    const found = devicesOf(body);
    details.devices = found.devices;
    if (found.at !== undefined) details.devicesAt = found.at;
  }
  if (parts.resourceId !== undefined) details.resourceId = parts.resourceId;
  if (parts.state !== undefined) details.state = parts.state;
  const kind = policy?.kind ?? (status === 0 ? 'unknown' : kindOfStatus(status));
  const retry = retryOf(policy, status, view, context);
  return createApiError({
    vendor: VENDOR,
    errorName: 'IcloudExtractError',
    code,
    kind,
    status,
    message,
    publicMessage: entry?.[1],
    retry,
    // A code whose own action is not a retry can still be retried when the server sent a wait.
    action: actionOf(kind, retry, policy?.action),
    // The clock is read only when a rate-limit snapshot is plausible.
    rateLimit: view !== undefined && (status === 429 || kind === 'resource-exhausted') ? parseRateLimit(view.headers, context.now) : undefined,
    issues,
    requestId: view === undefined ? undefined : requestIdOf(view.headers),
    details,
    source: view,
  });
}

const MAX_MESSAGE = 2048;

function bodyMessage(body: JsonObject): string | undefined {
  const message = ownField(body, 'message');
  return typeof message === 'string' && message !== '' ? message.slice(0, MAX_MESSAGE) : undefined;
}

function defaultMessage(code: string, origin: IcloudErrorOrigin): string {
  return `riCloud ${origin} error "${code}"`;
}
