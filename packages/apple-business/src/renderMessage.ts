/** Longest rendered message; a short template repeating a large context value could otherwise explode. */
export const MAX_RENDERED_LENGTH = 4096;
const MAX_KEY_LENGTH = 128;

/** What a `null` context value renders as: the API uses null for "not in the request". */
export const NULL_PLACEHOLDER = '(not provided)';

function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null) return NULL_PLACEHOLDER;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((item: unknown) => (typeof item === 'object' && item !== null ? json(item) : formatValue(item))).join(', ');
  return typeof value === 'object' ? json(value) : '';
}

function json(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return '';
  }
}

/**
 * Fills `{{name}}` placeholders from `context`. The server sends templates unfilled and the values
 * separately, so readable text needs this step. Unknown placeholders stay as written; `null` (a
 * field left out of the request) renders as `(not provided)`; arrays are joined with `, `.
 * One forward scan, no regular expression; output is capped at `MAX_RENDERED_LENGTH`.
 */
export function renderMessage(template: string, context: Readonly<Record<string, unknown>>): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = template.indexOf('{{', from);
    if (open === -1) break;
    const close = template.indexOf('}}', open + 2);
    if (close === -1) break;
    const key = template.slice(open + 2, close).trim();
    if (key.length <= MAX_KEY_LENGTH && Object.hasOwn(context, key)) {
      out += template.slice(from, open) + formatValue(context[key]);
    } else {
      out += template.slice(from, close + 2);
    }
    from = close + 2;
    if (out.length > MAX_RENDERED_LENGTH) return `${out.slice(0, MAX_RENDERED_LENGTH)}…`;
  }
  out += template.slice(from);
  return out.length > MAX_RENDERED_LENGTH ? `${out.slice(0, MAX_RENDERED_LENGTH)}…` : out;
}
