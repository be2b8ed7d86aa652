import {
  actionOfRetry,
  createApiError,
  NO_RETRY,
  parseRateLimit,
  parseRetryAfter,
  RETRY,
  requestIdOf,
  retryAfter,
  type FieldIssue,
  type ParseContext,
  type RateLimitSnapshot,
  type ResponseView,
  type RetryAdvice,
} from '@errata/core';
import { readBody } from './details.ts';
import { invalidFieldIssues } from './issues.ts';
import { policyOf } from './policy.ts';
import { publicMessageOfCode, TOO_MANY_ATTEMPTS } from './publicMessage.ts';
import { registrationBody } from './recognize.ts';
import { recoverCode } from './recover.ts';
import type { IdentityRegistrationError } from './types.ts';

const MAX_ID_LENGTH = 256;

function requestIdText(value: string | undefined): string | undefined {
  const id = value?.trim();
  return id === undefined || id === '' || id.length > MAX_ID_LENGTH ? undefined : id;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

// The lockout message is short ("Too many attempts. Please try again later."): only the start of
// each text is searched, so huge messages (or one huge string shared by many issues) cost nothing.
const LOCKOUT_SEARCH_LENGTH = 256;

function mentionsTooManyAttempts(texts: readonly (string | undefined)[], issues: readonly FieldIssue[]): boolean {
  const hit = (text: string | undefined): boolean => text?.slice(0, LOCKOUT_SEARCH_LENGTH).toLowerCase().includes('too many attempts') === true;
  return texts.some(hit) || issues.some((issue) => hit(issue.message));
}

/** The Registration error in a response, or `undefined` when the response is not one. */
export function parseRegistrationView(view: ResponseView, context: ParseContext): IdentityRegistrationError | undefined {
  const body = registrationBody(view);
  if (body === undefined) return undefined;

  const fields = readBody(body);
  const { details } = fields;
  // OAuth-style errors move the Registration string to `sub_error`.
  const name = details.subError ?? details.error;
  // The docs promise an integer code on every error; a numeric string is read as one. Without a
  // usable code, the error string names it (through the catalog); a string two codes share is
  // settled by the endpoint or left at 0 (outside the scheme), never guessed.
  let code = fields.code;
  let meaningOf: number | undefined;
  if (code === undefined) {
    const recovered = recoverCode(name, view.url);
    code = recovered.code;
    meaningOf = recovered.meaningOf;
    if (code !== undefined) details.codeFromName = true;
  }
  code ??= 0;
  const issueCode = name ?? 'registration_error';
  const description = nonEmpty(fields.description);
  const message = description ?? nonEmpty(details.message) ?? name ?? `Registration error ${String(code)}`;

  const issues: FieldIssue[] = [];
  if (details.argumentName !== undefined) issues.push({ path: [details.argumentName], code: issueCode, message });
  invalidFieldIssues(fields.invalidFields, issueCode, issues);

  let { kind, action, retryable } = policyOf(meaningOf ?? code);
  let publicMessage = publicMessageOfCode(meaningOf ?? code);
  if (code === 390 && mentionsTooManyAttempts([description, details.message], issues)) {
    // The same code doubles as the sign-in lockout; waiting, not editing the form, is the fix.
    details.tooManyAttempts = true;
    kind = 'resource-exhausted';
    retryable = true;
    publicMessage = TOO_MANY_ATTEMPTS;
  } else if (code === 310 && (details.preregAttributes !== undefined || details.preregFields !== undefined)) {
    // Social sign-in found no account: the user finishes two-step registration.
    action = 'user-action';
  }

  let retry: RetryAdvice = NO_RETRY;
  let rateLimit: RateLimitSnapshot | undefined;
  if (retryable) {
    // Headers are read (and the clock consulted) only for the few codes worth retrying.
    const header = view.headers.get('retry-after');
    const delay = header === undefined ? undefined : parseRetryAfter(header, context.now);
    retry = delay === undefined ? RETRY : retryAfter(delay, 'header', context.now);
    action = actionOfRetry(retry);
    rateLimit = parseRateLimit(view.headers, context.now);
  }

  return createApiError({
    vendor: 'identity-registration',
    code,
    kind,
    status: view.status,
    message,
    publicMessage,
    retry,
    action,
    rateLimit,
    // An empty list is left to core, which shares one frozen empty array.
    issues: issues.length === 0 ? undefined : issues,
    // The docs call it `request_token`; every real response found says `request_id`.
    requestId: requestIdText(fields.requestId) ?? requestIdText(fields.requestToken) ?? requestIdOf(view.headers),
    details,
    source: view,
  });
}
