import type { FieldIssue } from '@errata/core';
import { fieldPath } from './fieldPath.ts';
import type { AppleBusinessItem } from './types.ts';

const NO_ISSUES: readonly FieldIssue[] = /* @__PURE__ */ Object.freeze([]);

/** Most issues kept per error: enough for any form, and it bounds the work on a hostile body. */
export const MAX_ISSUES = 200;

const NO_FIELDS: readonly string[] = /* @__PURE__ */ Object.freeze([]);

function namedField(item: AppleBusinessItem): readonly string[] {
  // Validation messages document `field` as a special context key naming the offending field.
  const named = item.context.field;
  return typeof named === 'string' && named !== '' ? [named] : NO_FIELDS;
}

function fieldsOf(item: AppleBusinessItem): Iterable<string> {
  const { details } = item;
  // Most items carry no details: no set to build.
  if (details === undefined) return namedField(item);
  const seen = new Set<string>();
  for (const list of [details.submitted, details.expected, details.compared]) {
    for (const { field } of list) seen.add(field);
  }
  return seen.size === 0 ? namedField(item) : seen;
}

/**
 * One field issue per distinct field an item names (in its submitted, expected and compared
 * lists, else its `field` context key), carrying the item's code and rendered message.
 * Items that name no field (`LOCATION__NOT_FOUND`) add none, and neither do INFO or WARNING
 * validation items, which ride along without failing the request: all stay in `details.errors`.
 */
export function issuesOf(items: readonly AppleBusinessItem[]): readonly FieldIssue[] {
  let issues: FieldIssue[] | undefined;
  for (const item of items) {
    if (item.severity === 'INFO' || item.severity === 'WARNING') continue;
    for (const field of fieldsOf(item)) {
      if ((issues ??= []).length === MAX_ISSUES) return issues;
      issues.push({ path: fieldPath(field), code: item.code, message: item.message });
    }
  }
  return issues ?? NO_ISSUES;
}
