import type { FieldIssue, RateLimitSnapshot } from '@errata/core';
import { actionOf, createApiError, parseRateLimit, requestIdOf, retryAdviceOf, type ParseContext, type ResponseView, type Specificity } from '@errata/core/vendor';
import { readBody } from './details.ts';
import { invalidFieldIssues } from './issues.ts';
import { policyOf, TOO_MANY_ATTEMPTS_POLICY } from './policy.ts';
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

/**
 * How specific a claim on the response is (the kit's contract: 0 none, higher is more specific).
 * Every body `registrationBody` accepts pairs a Registration marker (`stat: "error"`, or an integer
 * `code` beside an `error` string on an error status) with the error fields: a shape only this API
 * sends, so 2, above the generic `{ error }` claim of an OAuth module.
 */
export function detectIdentityRegistration(view: ResponseView): Specificity {
  return registrationBody(view) === undefined ? 0 : 2;
}

/** The Registration error in a response, or `undefined` when the response is not one. */
export function parseIdentityRegistrationView(view: ResponseView, context: ParseContext): IdentityRegistrationError | undefined {
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

  let policy = policyOf(meaningOf ?? code);
  let { action } = policy;
  let publicMessage = publicMessageOfCode(meaningOf ?? code);
  if (code === 390 && mentionsTooManyAttempts([description, details.message], issues)) {
    details.tooManyAttempts = true;
    policy = TOO_MANY_ATTEMPTS_POLICY;
    publicMessage = TOO_MANY_ATTEMPTS;
  } else if (code === 310 && (details.preregAttributes !== undefined || details.preregFields !== undefined)) {
    // Social sign-in found no account: the user finishes two-step registration.
    action = 'user-action';
  }

  // The kit reads Retry-After (and the clock) only for policies that allow a retry.
  const retry = retryAdviceOf(view, context, policy);
  // Rate-limit headers are read only for the few codes worth retrying.
  const rateLimit: RateLimitSnapshot | undefined = policy.retryable ? parseRateLimit(view.headers, context.now) : undefined;

  return createApiError({
    vendor: 'identity-registration',
    errorName: 'IdentityRegistrationError',
    code,
    kind: policy.kind,
    status: view.status,
    message,
    publicMessage,
    retry,
    action: actionOf(policy.kind, retry, action),
    rateLimit,
    // An empty list is left to core, which shares one frozen empty array.
    issues: issues.length === 0 ? undefined : issues,
    // The docs call it `request_token`; every real response found says `request_id`.
    requestId: requestIdText(fields.requestId) ?? requestIdText(fields.requestToken) ?? requestIdOf(view.headers),
    details,
    source: view,
  });
}
