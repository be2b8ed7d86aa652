import { isJsonObject, ownEntries, type FieldIssue } from '@errata/core';

/** Upper bound on issues taken from one body, so a hostile `invalid_fields` cannot balloon. */
export const MAX_ISSUES = 100;

function push(out: FieldIssue[], field: string, code: string, message: unknown): void {
  if (typeof message === 'string' && out.length < MAX_ISSUES) out.push({ path: [field], code, message });
}

/**
 * Turns `invalid_fields` (field name → list of messages, or one message) into field issues, each
 * tagged with the response's error string since the API sends no per-field code. Field names stay
 * whole path segments: the API's names are flat and splitting them would be guessing.
 */
export function invalidFieldIssues(value: unknown, code: string, out: FieldIssue[]): void {
  if (!isJsonObject(value)) return;
  for (const [field, messages] of ownEntries(value)) {
    if (out.length >= MAX_ISSUES) return;
    if (Array.isArray(messages)) for (const message of messages as unknown[]) push(out, field, code, message);
    else push(out, field, code, messages);
  }
}
