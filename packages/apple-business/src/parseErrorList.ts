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

/** Most items read from one body; the rest are counted in `details.omitted`. */
export const MAX_ITEMS = 1000;

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

/** Builds the error for an array body (or a lone item object). `undefined` when no item has a code. */
export function parseErrorList(view: ResponseView, context: ParseContext, raw: readonly unknown[]): AppleBusinessError | undefined {
  const length = lengthOf(raw);
  const items = readItems(raw, length);
  const primary = primaryIndex(items);
  const main = items[primary];
  if (main === undefined) return undefined;
  const { status } = view;
  const { kind, action } = outcomeOf(status, main.resource, main.reason);
  const omitted = length > MAX_ITEMS ? length - MAX_ITEMS : 0;
  const more = items.length - 1 + omitted;
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
    details: { format: 'error-list', resource: main.resource, reason: main.reason, primary, errors: items, ...(omitted === 0 ? {} : { omitted }) },
    source: view,
  });
}
