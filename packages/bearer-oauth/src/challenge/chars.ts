/** Bit flags per ASCII code: `TCHAR` (RFC 9110 §5.6.2) and `TOKEN68` (§11.2, without the `=` padding). */
export const TCHAR = 1;
export const TOKEN68 = 2;

function classify(): Uint8Array {
  const table = new Uint8Array(128);
  const mark = (chars: string, flag: number): void => {
    for (let i = 0; i < chars.length; i++) {
      const c = chars.charCodeAt(i);
      table[c] = (table[c] ?? 0) | flag;
    }
  };
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  mark(alnum, TCHAR | TOKEN68);
  mark("!#$%&'*+-.^_`|~", TCHAR);
  mark('-._~+/', TOKEN68);
  return table;
}

/** Indexed by char code; codes of 128 and above belong to no class. */
export const CHAR_CLASS: Uint8Array = /* @__PURE__ */ classify();

/** True when `text` is a non-empty token (1*tchar). */
export function isToken(text: string): boolean {
  if (text === '') return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 || ((CHAR_CLASS[c] ?? 0) & TCHAR) === 0) return false;
  }
  return true;
}

/** True for control characters a field value must not carry (everything below SP except HTAB, and DEL). */
export function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09) || c === 0x7f;
}
