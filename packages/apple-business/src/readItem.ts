import { isJsonObject, stringField, type JsonObject } from '@errata/core/vendor';
import { renderMessage } from './renderMessage.ts';
import { splitCode } from './splitCode.ts';
import type { AppleBusinessContextValue, AppleBusinessFieldValue, AppleBusinessItem, AppleBusinessItemDetails } from './types.ts';

type ContextMap = Record<string, AppleBusinessContextValue>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const EMPTY_CONTEXT: Readonly<ContextMap> = /* @__PURE__ */ Object.freeze(Object.create(null) as ContextMap);
const NO_VALUES: readonly AppleBusinessFieldValue[] = /* @__PURE__ */ Object.freeze([]);
type ListName = 'submitted' | 'expected' | 'compared';

/** Most context entries (and undocumented details keys) kept per item. */
export const MAX_CONTEXT_KEYS = 256;
/** Most entries read from each of an item's submitted / expected / compared lists. */
export const MAX_FIELD_VALUES = 10_000;

function contextValue(value: unknown): AppleBusinessContextValue | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : undefined;
    case 'object':
      return value as AppleBusinessContextValue;
    default:
      // Only reachable for already-parsed bodies: functions, symbols and the like are not JSON.
      return undefined;
  }
}

/**
 * Copies `context` into a map without a prototype, so keys such as `__proto__` stay plain data.
 * At most `MAX_CONTEXT_KEYS` keys are kept: a message names a handful.
 */
export function readContext(raw: unknown): Readonly<ContextMap> {
  if (!isJsonObject(raw)) return EMPTY_CONTEXT;
  let map: ContextMap | undefined;
  // Object.keys lists own enumerable keys only (a `__proto__` key from JSON.parse included).
  const keys = Object.keys(raw);
  const count = Math.min(keys.length, MAX_CONTEXT_KEYS);
  for (let index = 0; index < count; index++) {
    const key = keys[index] ?? '';
    const kept = contextValue(raw[key]);
    if (kept === undefined) continue;
    map ??= Object.create(null) as ContextMap;
    map[key] = kept;
  }
  return map ?? EMPTY_CONTEXT;
}

export function readValues(raw: unknown): readonly AppleBusinessFieldValue[] {
  if (!Array.isArray(raw) || raw.length === 0) return NO_VALUES;
  const out: AppleBusinessFieldValue[] = [];
  // By index, up to a cap: a sparse array claiming 2³² slots is not walked whole.
  const count = Math.min(raw.length, MAX_FIELD_VALUES);
  for (let index = 0; index < count; index++) {
    const entry: unknown = (raw as unknown[])[index];
    if (!isJsonObject(entry)) continue;
    const field = stringField(entry, 'field');
    if (field === undefined) continue;
    const sent = Object.hasOwn(entry, 'value') ? entry.value : undefined;
    // The docs type `value` as a string; numbers and booleans are kept in their text form.
    const value = typeof sent === 'string' ? sent : typeof sent === 'number' || typeof sent === 'boolean' ? String(sent) : undefined;
    out.push(value === undefined ? { field } : { field, value });
  }
  return out;
}

function readDetails(raw: JsonObject): AppleBusinessItemDetails {
  let createdDate: string | undefined;
  const lists: Record<ListName, readonly AppleBusinessFieldValue[]> = { submitted: NO_VALUES, expected: NO_VALUES, compared: NO_VALUES };
  let other: Record<string, unknown> | undefined;
  let kept = 0;
  for (const key of Object.keys(raw)) {
    if (key === 'submitted' || key === 'expected' || key === 'compared') {
      lists[key] = readValues(raw[key]);
      continue;
    }
    // Past the cap, keys are only compared, never read.
    if (key !== 'createdDate' && kept >= MAX_CONTEXT_KEYS) continue;
    const value = raw[key];
    if (key === 'createdDate' && typeof value === 'string') {
      createdDate = value;
    } else if (kept < MAX_CONTEXT_KEYS) {
      // Undocumented keys (a real 401 sends `{"header":"Authorization"}`) are kept, not dropped.
      kept++;
      other ??= Object.create(null) as Record<string, unknown>;
      other[key] = value;
    }
  }
  return {
    ...(createdDate === undefined ? {} : { createdDate }),
    ...lists,
    ...(other === undefined ? {} : { other }),
  };
}

/** Reads one element of the error array. Objects without a string `code` get an empty code. */
export function readItem(raw: JsonObject): AppleBusinessItem {
  const code = stringField(raw, 'code') ?? '';
  const { resource, reason } = splitCode(code);
  const template = stringField(raw, 'message');
  const context = readContext(Object.hasOwn(raw, 'context') ? raw.context : undefined);
  const severity = stringField(raw, 'severity');
  const details = Object.hasOwn(raw, 'details') ? raw.details : undefined;
  const item: Mutable<AppleBusinessItem> = {
    code,
    resource,
    reason,
    message: template === undefined ? code : context === EMPTY_CONTEXT ? template : renderMessage(template, context),
    template,
    context,
  };
  // Optional fields are added only when present (no `undefined` members in toJSON output).
  if (severity !== undefined) item.severity = severity;
  if (isJsonObject(details)) item.details = readDetails(details);
  return item;
}
