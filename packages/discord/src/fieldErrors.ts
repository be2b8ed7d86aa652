import { isJsonObject, type FieldIssue, type JsonObject } from '@errata/core';

/** Most issues kept from one body; a real form never has this many, a hostile body might. */
export const MAX_FIELD_ISSUES = 200;

// Deeper trees are not walked: bodies are depth-capped already, but callers may pass their own objects.
const MAX_DEPTH = 64;

// Nodes visited per call: JSON is a tree, but a caller's own object may share or repeat children.
const MAX_NODES = 10_000;
let visited = 0;

type Path = (string | number)[];

// Keys of array elements arrive as strings ("0", "1", …); plain digit strings become indices.
const INDEX = /^(?:0|[1-9]\d{0,8})$/;

function segment(key: string): string | number {
  return INDEX.test(key) ? Number(key) : key;
}

function push(out: FieldIssue[], path: Path, code: string, message: string): void {
  if (out.length < MAX_FIELD_ISSUES) out.push({ path: path.slice(), code, message });
}

// A leaf is `{ code, message }`; pre-v8 bodies used bare strings, kept here with an empty code.
function leaf(out: FieldIssue[], path: Path, value: unknown): boolean {
  if (typeof value === 'string') {
    push(out, path, '', value);
    return true;
  }
  if (!isJsonObject(value) || typeof value.message !== 'string') return false;
  push(out, path, typeof value.code === 'string' ? value.code : '', value.message);
  return true;
}

// An `_errors` list: leaves belong to the field itself; a nested wrapper adds its list position.
function walkList(out: FieldIssue[], path: Path, list: unknown, depth: number): void {
  if (!Array.isArray(list)) {
    walkValue(out, path, list, depth);
    return;
  }
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    if (leaf(out, path, item)) continue;
    path.push(index);
    walkValue(out, path, item, depth);
    path.pop();
  }
}

function walkValue(out: FieldIssue[], path: Path, value: unknown, depth: number): void {
  if (leaf(out, path, value) || depth > MAX_DEPTH || ++visited > MAX_NODES) return;
  // Older bodies put a list of messages under a field: the same walk as an `_errors` list.
  if (Array.isArray(value)) walkList(out, path, value, depth + 1);
  else if (isJsonObject(value)) walkNode(out, path, value, depth + 1);
}

function walkNode(out: FieldIssue[], path: Path, node: JsonObject, depth: number): void {
  // Object.keys lists own keys only, so a `__proto__` key is just a field name here.
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (key === '_errors') {
      walkList(out, path, value, depth);
    } else {
      path.push(segment(key));
      walkValue(out, path, value, depth);
      path.pop();
    }
  }
}

/**
 * Flattens Discord's nested `errors` tree into field issues: object keys and array indices make
 * the path, `_errors` lists hold the `{ code, message }` leaves (`BASE_TYPE_REQUIRED`, …), and
 * `_errors` at the root gives issues with an empty path (errors about the whole request).
 * Never throws; stops after `MAX_FIELD_ISSUES` issues. Walks at most 64 levels, so cyclic objects are safe.
 */
export function flattenFieldErrors(errors: unknown): FieldIssue[] {
  const out: FieldIssue[] = [];
  visited = 0;
  walkValue(out, [], errors, 0);
  return out;
}
