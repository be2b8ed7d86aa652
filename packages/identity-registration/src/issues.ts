import type { FieldIssue } from '@errata/core';
import { isJsonObject } from '@errata/core/vendor';

/** Upper bound on issues taken from one body, so a hostile `invalid_fields` cannot balloon. */
export const MAX_ISSUES = 100;
/** Most fields examined: a form has tens; fields with no usable message would otherwise all be read. */
export const MAX_FIELDS = 1000;

function push(out: FieldIssue[], field: string, code: string, message: unknown): void {
  if (typeof message === 'string' && out.length < MAX_ISSUES) out.push({ path: [field], code, message });
}

/**
 * Turns `invalid_fields` (field name → list of messages, or one message) into field issues, each
 * tagged with the response's error string since the API sends no per-field code. Field names stay
 * whole path segments: the API's names are flat and splitting them would be guessing.
 *
 * Bounded: at most `MAX_ISSUES` issues from the first `MAX_FIELDS` fields, and each list is read
 * by index up to `MAX_ISSUES` items (a sparse array claiming 2³² slots costs nothing). Total: a field that throws when read (only an
 * already-parsed body can) ends the walk with the issues found so far.
 */
export function invalidFieldIssues(value: unknown, code: string, out: FieldIssue[]): void {
  try {
    if (!isJsonObject(value)) return;
    const fields = Object.keys(value);
    const count = Math.min(fields.length, MAX_FIELDS);
    for (let position = 0; position < count && out.length < MAX_ISSUES; position++) {
      const field = fields[position] ?? '';
      const messages = value[field];
      if (!Array.isArray(messages)) {
        push(out, field, code, messages);
        continue;
      }
      const count = Math.min(messages.length, MAX_ISSUES);
      for (let index = 0; index < count && out.length < MAX_ISSUES; index++) push(out, field, code, messages[index]);
    }
  } catch {
    // Keep what was read.
  }
}
