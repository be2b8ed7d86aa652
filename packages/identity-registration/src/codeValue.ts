/** Longest numeric string read as a code: Registration codes have three digits (the SDKs' offsets, four). */
export const MAX_CODE_DIGITS = 9;

/**
 * The Registration code a body field holds: an integer, or a string of decimal digits (`"210"`),
 * which some gateways and SDK re-serializations send. `undefined` for anything else (`12.5`,
 * `"21O"`, `"-1"`, an empty string). A string is read only up to `MAX_CODE_DIGITS` characters, so
 * a hostile one costs nothing.
 */
export function codeValue(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_CODE_DIGITS) return undefined;
  let code = 0;
  for (let index = 0; index < value.length; index++) {
    const digit = value.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return undefined;
    code = code * 10 + digit;
  }
  return code;
}
