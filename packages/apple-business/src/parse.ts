import {
  actionOf,
  createApiError,
  isJsonObject,
  requestIdOf,
  retryAdviceOf,
  stringField,
  type CodePolicy,
  type JsonObject,
  type ParseContext,
  type ResponseView,
} from '@errata/core/vendor';
import { issuesOf } from './issues.ts';
import { oauthPolicyOfApple, policyOf } from './policy.ts';
import { readItem } from './readItem.ts';
import { VENDOR, type AppleBusinessDetails, type AppleBusinessError, type AppleBusinessItem, type AppleBusinessListDetails } from './types.ts';

/** The header Apple puts its request id in; quote it to Apple support. */
export const REQUEST_ID_HEADER = 'apple-request-id';
/** The vendor's request-id headers, as the module and `requestIdOf` take them (one list, not one per parse). */
export const REQUEST_ID_HEADERS: readonly string[] = [REQUEST_ID_HEADER];

/** Most items read from one body; the rest are counted in `details.omitted`. */
export const MAX_ITEMS = 1000;

/** How specific a claim on a body only Apple sends is (see the kit's `Specificity`). */
const APPLE_SHAPE = 2;

function looksLikeItem(value: unknown): boolean {
  return isJsonObject(value) && typeof value.code === 'string' && (typeof value.message === 'string' || isJsonObject(value.context));
}

/** True for an RFC 6749 error object, the shape of the OAuth token endpoint's errors. */
function isOAuthBody(body: JsonObject): boolean {
  return typeof body.error === 'string' && Object.hasOwn(body, 'error');
}

/**
 * Which of Apple's shapes a body has. Total: an already-parsed body that throws when its shape is
 * read (a proxy, a getter) has none.
 */
function shapeOf(body: unknown): 'list' | 'oauth' | 'item' | undefined {
  try {
    if (Array.isArray(body)) return 'list';
    if (!isJsonObject(body)) return undefined;
    if (isOAuthBody(body)) return 'oauth';
    // Not the device-management product's `{"errors": [...]}`, which has no top-level code.
    return typeof body.code === 'string' && Object.hasOwn(body, 'code') ? 'item' : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How specific a claim on this response is: 2 for an array of `{code, message | context}` items
 * (no other vendor answers with a bare array), and for a lone item or an OAuth body that carries
 * `apple-request-id`; 0 otherwise. The OAuth shape alone is generic RFC 6749, and a lone
 * `{code, message}` looks like other vendors' bodies, so neither is claimed without the header.
 */
export function detect(view: ResponseView): number {
  try {
    const body = view.json();
    if (Array.isArray(body)) return looksLikeItem(body[0]) ? APPLE_SHAPE : 0;
    // The shape first: most bodies a registry asks about are not Apple's, and need no header read.
    return isJsonObject(body) && (isOAuthBody(body) || looksLikeItem(body)) && view.headers.get(REQUEST_ID_HEADER) !== undefined ? APPLE_SHAPE : 0;
  } catch {
    // An already-parsed body that throws when read is not one we can claim.
    return 0;
  }
}

/** Apple's error for a response, or `undefined` when the body is none of Apple's shapes. */
export function parseView(view: ResponseView, context: ParseContext): AppleBusinessError | undefined {
  const body = view.json();
  switch (shapeOf(body)) {
    case 'list':
      return parseErrorList(view, context, body as readonly unknown[]);
    case 'oauth':
      return parseOAuth(view, context, body as JsonObject);
    case 'item':
      return parseErrorList(view, context, [body]);
    default:
      return undefined;
  }
}

/**
 * The item the error is named after: the first one that blocks the request. Validation items
 * with severity INFO or WARNING can ride along in an error array but did not cause it.
 */
function primaryIndex(items: readonly AppleBusinessItem[]): number {
  let first = -1;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (item === undefined || item.code === '') continue;
    if (item.severity !== 'INFO' && item.severity !== 'WARNING') return index;
    if (first === -1) first = index;
  }
  return first;
}

// The array's length; 0 when a proxy's `length` throws or is not a count.
function lengthOf(raw: readonly unknown[]): number {
  try {
    const { length } = raw;
    return Number.isSafeInteger(length) && length > 0 ? length : 0;
  } catch {
    return 0;
  }
}

/**
 * The items of the array, read by index up to `MAX_ITEMS` (a sparse array claiming 2³² slots is
 * not walked whole). An element that throws when read (only an already-parsed body can hold one)
 * is skipped like any element that is not an object.
 */
function readItems(raw: readonly unknown[], length: number): AppleBusinessItem[] {
  const items: AppleBusinessItem[] = [];
  const count = Math.min(length, MAX_ITEMS);
  for (let index = 0; index < count; index++) {
    try {
      const entry = raw[index];
      if (isJsonObject(entry)) items.push(readItem(entry));
    } catch {
      // Skipped.
    }
  }
  return items;
}

/**
 * The one construction site: retry advice and the action from the policy, the request id from the
 * response. Every member, in the kit's order (see `ApiErrorInit`): one object shape for every vendor.
 */
function build(
  view: ResponseView,
  context: ParseContext,
  policy: CodePolicy,
  code: string,
  message: string,
  issues: AppleBusinessError['issues'] | undefined,
  details: AppleBusinessDetails,
): AppleBusinessError {
  const retry = retryAdviceOf(view, context, policy);
  return createApiError({
    vendor: VENDOR,
    errorName: 'AppleBusinessError',
    code,
    kind: policy.kind,
    status: view.status,
    message,
    publicMessage: undefined,
    retry,
    action: actionOf(policy.kind, retry, policy.action),
    rateLimit: undefined,
    issues,
    requestId: requestIdOf(view.headers, REQUEST_ID_HEADERS),
    details,
    source: view,
  });
}

/** Builds the error for an array body (or a lone item object). `undefined` when no item has a code. */
function parseErrorList(view: ResponseView, context: ParseContext, raw: readonly unknown[]): AppleBusinessError | undefined {
  const length = lengthOf(raw);
  const items = readItems(raw, length);
  const primary = primaryIndex(items);
  const main = items[primary];
  if (main === undefined) return undefined;
  const omitted = length > MAX_ITEMS ? length - MAX_ITEMS : 0;
  const more = items.length - 1 + omitted;
  const details: { -readonly [K in keyof AppleBusinessListDetails]: AppleBusinessListDetails[K] } = {
    format: 'error-list',
    resource: main.resource,
    reason: main.reason,
    primary,
    errors: items,
  };
  if (omitted !== 0) details.omitted = omitted;
  const message = more === 0 ? main.message : `${main.message} (and ${String(more)} more)`;
  return build(view, context, policyOf(view.status, main.resource, main.reason), main.code, message, issuesOf(items), details);
}

/** Builds the error for a token-endpoint body `{ error, error_description }`. */
function parseOAuth(view: ResponseView, context: ParseContext, body: JsonObject): AppleBusinessError | undefined {
  const error = stringField(body, 'error');
  if (error === undefined || error === '') return undefined;
  const description = stringField(body, 'error_description');
  const message = description === undefined || description === '' ? error : `${error}: ${description}`;
  return build(view, context, oauthPolicyOfApple(view.status, error, description), error, message, undefined, { format: 'oauth', resource: undefined, reason: error, description });
}
