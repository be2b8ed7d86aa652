import {
  actionOfRetry,
  createApiError,
  kindOfStatus,
  NO_RETRY,
  parseRateLimit,
  parseRetryAfter,
  requestIdOf,
  RETRY,
  retryAfter,
  retryFromHeaders,
  type FieldIssue,
  type JsonObject,
  type ParseContext,
  type RetryAdvice,
  type ResponseView,
} from '@errata/core';
import { devicesOf } from './devices.ts';
import { ownField } from './field.ts';
import { issuesOfParams } from './params.ts';
import { entryOf, isRetryAction, RULES, type CodeRule } from './rules.ts';
import type { IcloudErrorOrigin, IcloudExtractDetails, IcloudExtractError } from './types.ts';

export const VENDOR = 'icloud-extract';

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

function retryOf(rule: CodeRule | undefined, parts: ErrorParts): RetryAdvice {
  const { view, status, context } = parts;
  if (rule === undefined) return view === undefined ? NO_RETRY : retryFromHeaders(status, view.headers, context.now);
  const retryable = isRetryAction(rule.action);
  if (!retryable && rule.retryWithHeader !== true) return NO_RETRY;
  const header = view?.headers.get('retry-after');
  const delay = header === undefined ? undefined : parseRetryAfter(header, context.now);
  // limit-exceeded is a quota unless the server says when it lifts (a 429 with Retry-After).
  if (!retryable) return delay === undefined ? NO_RETRY : retryAfter(delay, 'header', context.now);
  // A server delay wins unless it is shorter than the vendor's documented minimum.
  if (delay !== undefined && delay >= (rule.waitMs ?? 0)) return retryAfter(delay, 'header', context.now);
  const wait = rule.waitMs ?? rule.defaultWaitMs;
  return wait === undefined ? RETRY : retryAfter(wait, 'policy', context.now);
}

/** The rule for a code; an expired session with an unlisted reason is treated as session-expired. */
export function ruleOf(code: string, state: string | undefined): CodeRule | undefined {
  return entryOf(code)?.[0] ?? (state === 'expired' ? RULES['session-expired'] : undefined);
}

/** Builds the error for a code read from an HTTP body or a resource. */
export function buildError(parts: ErrorParts): IcloudExtractError {
  const { code, body, status, view } = parts;
  const entry = entryOf(code);
  const rule = entry?.[0] ?? (parts.state === 'expired' ? RULES['session-expired'] : undefined);
  const message = bodyMessage(body) ?? defaultMessage(code, parts.origin);
  let issues: FieldIssue[] | undefined;
  // Built in place: a literal with spreads for each optional member costs bytes and allocations.
  const details: Mutable<IcloudExtractDetails> = { origin: parts.origin };
  const params = code === 'invalid-parameter' ? ownField(body, 'params') : undefined;
  if (params !== undefined) {
    issues = issuesOfParams(params, message);
    details.params = params;
  } else if (rule?.step === 'choose-device') {
    const found = devicesOf(body);
    details.devices = found.devices;
    if (found.at !== undefined) details.devicesAt = found.at;
  }
  if (parts.resourceId !== undefined) details.resourceId = parts.resourceId;
  if (parts.state !== undefined) details.state = parts.state;
  const retry = retryOf(rule, parts);
  return createApiError({
    vendor: VENDOR,
    code,
    kind: rule?.kind ?? (status === 0 ? 'unknown' : kindOfStatus(status)),
    status,
    message,
    publicMessage: entry?.[1],
    retry,
    // A code whose own action is not a retry can still be retried when the server sent a wait.
    action: rule !== undefined && retry.retryable && !isRetryAction(rule.action) ? actionOfRetry(retry) : rule?.action,
    // The clock is read only when a rate-limit snapshot is plausible.
    rateLimit: view !== undefined && (status === 429 || rule?.kind === 'resource-exhausted') ? parseRateLimit(view.headers, parts.context.now) : undefined,
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
