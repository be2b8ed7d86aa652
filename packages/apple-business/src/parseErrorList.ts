import { createApiError, isJsonObject, requestIdOf, type ParseContext, type ResponseView } from '@errata/core';
import { issuesOf } from './issues.ts';
import { outcomeOf, retryOf } from './policy.ts';
import { readItem } from './readItem.ts';
import { VENDOR, type AppleBusinessError, type AppleBusinessItem } from './types.ts';

/** The header Apple puts its request id in; quote it to Apple support. */
export const REQUEST_ID_HEADER = 'apple-request-id';
/** The vendor's request-id header, as `requestIdOf` takes it (one list, not one per parse). */
export const REQUEST_ID_HEADERS: readonly string[] = [REQUEST_ID_HEADER];

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

/** Builds the error for an array body (or a lone item object). `undefined` when no item has a code. */
export function parseErrorList(view: ResponseView, context: ParseContext, raw: readonly unknown[]): AppleBusinessError | undefined {
  const items: AppleBusinessItem[] = [];
  for (const entry of raw) if (isJsonObject(entry)) items.push(readItem(entry));
  const primary = primaryIndex(items);
  const main = items[primary];
  if (main === undefined) return undefined;
  const { status } = view;
  const { kind, action } = outcomeOf(status, main.resource, main.reason);
  const more = items.length - 1;
  return createApiError({
    vendor: VENDOR,
    code: main.code,
    kind,
    status,
    message: more === 0 ? main.message : `${main.message} (and ${String(more)} more)`,
    retry: retryOf(status, view.headers, context),
    action,
    issues: issuesOf(items),
    requestId: requestIdOf(view.headers, REQUEST_ID_HEADERS),
    details: { format: 'error-list', resource: main.resource, reason: main.reason, primary, errors: items },
    source: view,
  });
}
