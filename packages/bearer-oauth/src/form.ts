// application/x-www-form-urlencoded bodies, as GitHub's token endpoint answers by default
// (`error=bad_verification_code&error_description=The+code+passed+is+incorrect+or+expired.&…`).
//
// Decoding is left to `URLSearchParams`, the web-standard implementation of the WHATWG parser: one
// pass, `+` as a space, `%XX` as UTF-8 bytes, and it never throws: a `%` without two hex digits
// stays as it is and a bad byte sequence becomes U+FFFD (unlike `decodeURIComponent`, which throws
// on both). The input is capped first, so the work is bounded whatever the body.

/** Characters of a form body read at most; an error body is a few hundred, the rest is ignored. */
export const MAX_FORM_LENGTH = 65_536;

/**
 * The wanted fields of a form body, in a null-prototype object. `wanted` maps each name to whether
 * its value is needed: `false` records only that the name is there (as `''`), so a field such as
 * `access_token` is never kept. The first occurrence of a name wins; names are compared after
 * decoding (`%65rror` is `error`).
 */
export function parseFormFields(text: string, wanted: ReadonlyMap<string, boolean>): Record<string, string> {
  const fields = Object.create(null) as Record<string, string>;
  const params = new URLSearchParams(text.length > MAX_FORM_LENGTH ? text.slice(0, MAX_FORM_LENGTH) : text);
  for (const [name, keep] of wanted) {
    const value = params.get(name);
    if (value !== null) fields[name] = keep ? value : '';
  }
  return fields;
}
