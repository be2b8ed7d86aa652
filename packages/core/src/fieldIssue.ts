/** One problem with one input field, e.g. from Discord's nested `errors` tree. */
export interface FieldIssue {
  /** Path from the request body's root; numbers index arrays. Empty for the whole body. */
  readonly path: readonly (string | number)[];
  /** The vendor's code for this issue, e.g. `BASE_TYPE_REQUIRED`. */
  readonly code: string;
  readonly message: string;
}

/** `['embeds', 0, 'title']` → `embeds[0].title`, for log lines and messages. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${String(part)}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}
