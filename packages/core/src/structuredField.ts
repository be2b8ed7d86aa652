/** One member of an HTTP structured-field list or dictionary (RFC 9651), as far as errata needs it. */
export interface FieldMember {
  /** The item (token, string or number) of a list member, or the key of a dictionary member. */
  readonly name: string;
  /** The value of a dictionary member (`limit=100`); `undefined` for list members. */
  readonly value: string | undefined;
  /** Parameters (`;r=50;t=30`), names lower-cased. */
  readonly params: ReadonlyMap<string, string>;
}

export const MAX_STRUCTURED_FIELD_LENGTH = 4096;
const MAX_MEMBERS = 64;

const SPACE = 32;
const TAB = 9;
const QUOTE = 34;
const BACKSLASH = 92;
const SEMICOLON = 59;
const COMMA = 44;
const EQUALS = 61;

/**
 * A lenient single-pass reader for the list and dictionary forms used by the IETF RateLimit
 * headers. Each character is visited once; malformed members are skipped up to the next comma.
 */
export function parseStructuredField(input: string): FieldMember[] {
  const members: FieldMember[] = [];
  if (input.length > MAX_STRUCTURED_FIELD_LENGTH) return members;
  const length = input.length;
  let index = 0;

  const skipSpace = (): void => {
    while (index < length) {
      const code = input.charCodeAt(index);
      if (code !== SPACE && code !== TAB) break;
      index++;
    }
  };
  const bareItem = (): string => {
    if (input.charCodeAt(index) === QUOTE) {
      index++;
      let out = '';
      while (index < length) {
        const code = input.charCodeAt(index++);
        if (code === QUOTE) return out;
        if (code === BACKSLASH && index < length) out += input.charAt(index++);
        else out += String.fromCharCode(code);
      }
      return out;
    }
    const start = index;
    while (index < length) {
      const code = input.charCodeAt(index);
      if (code === SEMICOLON || code === COMMA || code === EQUALS || code === SPACE || code === TAB) break;
      index++;
    }
    return input.slice(start, index);
  };
  const skipToComma = (): void => {
    while (index < length && input.charCodeAt(index) !== COMMA) index++;
  };

  while (index < length && members.length < MAX_MEMBERS) {
    skipSpace();
    const name = bareItem();
    let value: string | undefined;
    if (input.charCodeAt(index) === EQUALS) {
      index++;
      value = bareItem();
    }
    const params = new Map<string, string>();
    skipSpace();
    while (input.charCodeAt(index) === SEMICOLON) {
      index++;
      skipSpace();
      const key = bareItem().toLowerCase();
      let paramValue = '?1';
      if (input.charCodeAt(index) === EQUALS) {
        index++;
        paramValue = bareItem();
      }
      if (key !== '' && !params.has(key)) params.set(key, paramValue);
      skipSpace();
    }
    if (name !== '') members.push({ name, value, params });
    skipToComma();
    index++;
  }
  return members;
}
