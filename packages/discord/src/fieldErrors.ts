import { isJsonObject, type FieldIssue } from '@errata/core/vendor';

/** Most issues kept from one body; a real form never has this many, a hostile body might. */
export const MAX_FIELD_ISSUES = 200;

/**
 * Most characters all kept issues hold together (path keys, codes and messages). Paths repeat
 * their ancestors' keys, so without a total a small body could flatten into issues hundreds of
 * times its size (and so could a parsed object that shares one long string everywhere).
 */
export const MAX_FIELD_ISSUE_CHARS = 65_536;

// Deeper trees are not walked: bodies are depth-capped already, but callers may pass their own objects.
const MAX_DEPTH = 64;

// Values visited per call (nodes, list items and leaves): JSON is a tree, but a caller's own object
// may share or repeat children, which would make a walk of every path exponential.
const MAX_NODES = 10_000;

// Longest key, code and message kept; real ones are a few dozen characters.
const MAX_KEY_LENGTH = 256;
const MAX_CODE_LENGTH = 256;
const MAX_MESSAGE_LENGTH = 2048;

type Path = (string | number)[];

// One walk's state. An object per call rather than module variables: a getter on a caller's object
// may call flattenFieldErrors again, and must not reset the outer walk's budgets.
interface Walk {
  readonly issues: FieldIssue[];
  readonly path: Path;
  /** Values that may still be visited. */
  nodes: number;
  /** Characters issues may still take. */
  chars: number;
}

function cut(text: string, limit: number): string {
  return text.length > limit ? text.slice(0, limit) : text;
}

/**
 * Keys of array elements arrive as strings ("0", "1", …): a canonical decimal of at most nine
 * digits becomes a number ("007" and "1e3" stay keys). A character scan, no regular expression.
 */
function segment(key: string): string | number {
  const { length } = key;
  if (length === 0 || length > 9) return length > MAX_KEY_LENGTH ? key.slice(0, MAX_KEY_LENGTH) : key;
  let value = 0;
  for (let index = 0; index < length; index++) {
    const digit = key.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9 || (digit === 0 && index === 0 && length > 1)) return key;
    value = value * 10 + digit;
  }
  return value;
}

/** True when the walk must stop: enough issues, too many values, or the character budget spent. */
function spent(walk: Walk): boolean {
  return walk.nodes <= 0 || walk.chars <= 0 || walk.issues.length >= MAX_FIELD_ISSUES;
}

function push(walk: Walk, code: string, message: string): void {
  const kept = cut(code, MAX_CODE_LENGTH);
  const text = cut(message, MAX_MESSAGE_LENGTH);
  // A number segment counts as one character: at most nine digits, against keys of up to 256.
  let cost = kept.length + text.length;
  for (const part of walk.path) cost += typeof part === 'number' ? 1 : part.length;
  walk.chars -= cost;
  // An issue that does not fit is dropped, and `spent` ends the walk.
  if (walk.chars >= 0) walk.issues.push({ path: walk.path.slice(), code: kept, message: text });
}

// A leaf is `{ code, message }`; pre-v8 bodies used bare strings, kept here with an empty code.
function leaf(walk: Walk, value: unknown): boolean {
  if (typeof value === 'string') {
    push(walk, '', value);
    return true;
  }
  if (!isJsonObject(value)) return false;
  const { message } = value;
  if (typeof message !== 'string') return false;
  const { code } = value;
  push(walk, typeof code === 'string' ? code : '', message);
  return true;
}

// An `_errors` list: leaves belong to the field itself; a nested wrapper adds its list position.
function walkList(walk: Walk, list: unknown, depth: number): void {
  if (!Array.isArray(list)) {
    walkValue(walk, list, depth);
    return;
  }
  const { length } = list;
  for (let index = 0; index < length && !spent(walk); index++) {
    const item: unknown = list[index];
    walk.nodes--;
    if (leaf(walk, item)) continue;
    walk.path.push(index);
    walkValue(walk, item, depth);
    walk.path.pop();
  }
}

function walkValue(walk: Walk, value: unknown, depth: number): void {
  if (--walk.nodes < 0 || leaf(walk, value) || depth > MAX_DEPTH) return;
  // Older bodies put a list of messages under a field: the same walk as an `_errors` list.
  if (Array.isArray(value)) walkList(walk, value, depth + 1);
  else if (isJsonObject(value)) walkNode(walk, value, depth + 1);
}

function walkNode(walk: Walk, node: Readonly<Record<string, unknown>>, depth: number): void {
  // Object.keys lists own string keys only, so a `__proto__` key is just a field name here.
  for (const key of Object.keys(node)) {
    if (spent(walk)) return;
    const value = node[key];
    if (key === '_errors') {
      walkList(walk, value, depth);
    } else {
      walk.path.push(segment(key));
      walkValue(walk, value, depth);
      walk.path.pop();
    }
  }
}

/**
 * Flattens Discord's nested `errors` tree into field issues: object keys and array indices make
 * the path, `_errors` lists hold the `{ code, message }` leaves (`BASE_TYPE_REQUIRED`, …), and
 * `_errors` at the root gives issues with an empty path (errors about the whole request).
 *
 * Total and bounded on any value, including objects a caller built: it never throws (a getter or
 * Proxy that throws ends the walk with the issues found so far), walks at most 64 levels and
 * 10,000 values (so cycles and shared subtrees are safe), and keeps at most `MAX_FIELD_ISSUES`
 * issues holding `MAX_FIELD_ISSUE_CHARS` characters. Time is linear in the part of the tree walked.
 */
export function flattenFieldErrors(errors: unknown): FieldIssue[] {
  const walk: Walk = { issues: [], path: [], nodes: MAX_NODES, chars: MAX_FIELD_ISSUE_CHARS };
  try {
    walkValue(walk, errors, 0);
  } catch {
    // A hostile value (a throwing getter or Proxy trap): keep what was collected before it.
  }
  return walk.issues;
}
