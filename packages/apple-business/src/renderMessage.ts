/** Longest rendered message; a short template repeating a large context value could otherwise explode. */
export const MAX_RENDERED_LENGTH = 4096;
const MAX_KEY_LENGTH = 128;

/** What a `null` context value renders as: the API uses null for "not in the request". */
export const NULL_PLACEHOLDER = '(not provided)';

function json(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    // Cycles, BigInts, throwing getters or toJSON: values JSON cannot write render as nothing.
    text = undefined;
  }
  // Also undefined when a `toJSON` returns nothing.
  return text ?? '';
}

/**
 * The text of a context value, at most about `room` characters long: an array stops being joined
 * once that much is written, so a huge list costs no more than the message can show. Scalars are
 * written whole (the caller cuts them).
 */
function formatValue(value: unknown, room: number): string {
  if (typeof value === 'string') return value;
  if (value === null) return NULL_PLACEHOLDER;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'object') return '';
  if (!Array.isArray(value)) return json(value);
  let out = '';
  for (let index = 0; index < value.length && out.length <= room; index++) {
    const item: unknown = value[index];
    out += (index === 0 ? '' : ', ') + (typeof item === 'object' && item !== null ? json(item) : formatValue(item, room));
  }
  return out;
}

/** `context[key]` as text, or `undefined` when the key is absent or reading it throws. */
function lookup(context: Readonly<Record<string, unknown>>, key: string, room: number): string | undefined {
  try {
    return Object.hasOwn(context, key) ? formatValue(context[key], room) : undefined;
  } catch {
    // Only a context the caller built can throw here (a proxy, a getter): the placeholder stays.
    return undefined;
  }
}

/**
 * Fills `{{name}}` placeholders from `context`. The server sends templates unfilled and the values
 * separately, so readable text needs this step. Unknown placeholders stay as written; `null` (a
 * field left out of the request) renders as `(not provided)`; arrays are joined with `, `.
 * One forward scan, no regular expression; output is capped at `MAX_RENDERED_LENGTH`, and so is
 * the work: the scan stops there, and a value is formatted only as far as the cap. Never throws.
 */
export function renderMessage(template: string, context: Readonly<Record<string, unknown>>): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = template.indexOf('{{', from);
    if (open === -1) break;
    const close = template.indexOf('}}', open + 2);
    if (close === -1) break;
    // Only a short name can match a key: a long stretch between braces is copied, not trimmed.
    const key = close - open - 2 <= MAX_KEY_LENGTH + 64 ? template.slice(open + 2, close).trim() : undefined;
    const text = key === undefined || key.length > MAX_KEY_LENGTH ? undefined : lookup(context, key, MAX_RENDERED_LENGTH - out.length);
    out += text === undefined ? template.slice(from, close + 2) : template.slice(from, open) + text;
    from = close + 2;
    if (out.length > MAX_RENDERED_LENGTH) return `${out.slice(0, MAX_RENDERED_LENGTH)}…`;
  }
  out += template.slice(from);
  return out.length > MAX_RENDERED_LENGTH ? `${out.slice(0, MAX_RENDERED_LENGTH)}…` : out;
}
