import { isJsonObject, stringField, type JsonObject } from '@errata/core/vendor';
import { isAppleBusinessError } from './guard.ts';
import { MAX_CONTEXT_KEYS, readContext, readValues } from './readItem.ts';
import { splitCode } from './splitCode.ts';
import type { AppleBusinessItem, AppleBusinessItemDetails } from './types.ts';

/** Most items read back; a parsed error keeps at most this many. */
const MAX_ITEMS = 1000;

function field(value: JsonObject, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}

// A stored item's `details`: its lists re-read, `other` copied (keys only) into a map without a prototype.
function storedDetails(raw: JsonObject): AppleBusinessItemDetails {
  const createdDate = stringField(raw, 'createdDate');
  const rawOther = field(raw, 'other');
  let other: Record<string, unknown> | undefined;
  if (isJsonObject(rawOther)) {
    for (const key of Object.keys(rawOther).slice(0, MAX_CONTEXT_KEYS)) {
      other ??= Object.create(null) as Record<string, unknown>;
      other[key] = rawOther[key];
    }
  }
  return {
    ...(createdDate === undefined ? {} : { createdDate }),
    submitted: readValues(field(raw, 'submitted')),
    expected: readValues(field(raw, 'expected')),
    compared: readValues(field(raw, 'compared')),
    ...(other === undefined ? {} : { other }),
  };
}

// One stored item, rebuilt from its well-typed fields; `undefined` without a string code.
function storedItem(raw: unknown): AppleBusinessItem | undefined {
  if (!isJsonObject(raw)) return undefined;
  const code = stringField(raw, 'code');
  if (code === undefined) return undefined;
  // The stored split when it is well typed (it survives if a serializer masks the code), else the code's.
  const split = splitCode(code);
  const storedResource = field(raw, 'resource');
  const resource = typeof storedResource === 'string' ? storedResource : split.resource;
  const reason = stringField(raw, 'reason') ?? split.reason;
  const severity = stringField(raw, 'severity');
  const details = field(raw, 'details');
  return {
    code,
    resource,
    reason,
    message: stringField(raw, 'message') ?? code,
    template: stringField(raw, 'template'),
    context: readContext(field(raw, 'context')),
    ...(severity === undefined ? {} : { severity }),
    ...(isJsonObject(details) ? { details: storedDetails(details) } : {}),
  };
}

/**
 * Every item of an Apple Business error (`details.errors`), read back defensively: also after the
 * error crossed JSON (`toJSON()` and `rehydrate()`), `postMessage`, or a gateway's problem+json and
 * `fromProblem()`, when its details are whatever arrived. Items without a string `code` are
 * skipped, resource and reason come from the item (or are split from the code when they are not
 * strings), and only well-typed fields are kept
 * (at most 1,000 items). Empty for OAuth-format errors and anything that is not an Apple Business
 * error. Never throws.
 */
export function appleBusinessItems(error: unknown): readonly AppleBusinessItem[] {
  const items: AppleBusinessItem[] = [];
  try {
    if (!isAppleBusinessError(error)) return items;
    const details: unknown = error.details;
    const list = isJsonObject(details) ? field(details, 'errors') : undefined;
    if (!Array.isArray(list)) return items;
    const count = Math.min(list.length, MAX_ITEMS);
    for (let index = 0; index < count; index++) {
      try {
        const item = storedItem(list[index]);
        if (item !== undefined) items.push(item);
      } catch {
        // Skipped.
      }
    }
  } catch {
    // Keep what was read.
  }
  return items;
}
