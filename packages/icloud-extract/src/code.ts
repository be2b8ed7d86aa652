import { stringField, type JsonObject } from '@errata/core';
import { entryOf } from './rules.ts';

/** Longest code accepted; riCloud's are under 32 characters. */
export const MAX_CODE_LENGTH = 64;

function isCodeChar(c: number, first: boolean): boolean {
  const lowerOrDigit = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  // `-` joins words (v3); `_` appears in the docs' `init_failed`.
  return lowerOrDigit || (!first && (c === 45 || c === 95));
}

/** True for a lower-case code such as `code-required` or `2fa-required`. One pass, no regex. */
export function isCodeString(value: string): boolean {
  if (value.length === 0 || value.length > MAX_CODE_LENGTH) return false;
  for (let i = 0; i < value.length; i++) if (!isCodeChar(value.charCodeAt(i), i === 0)) return false;
  return true;
}

/** The body's `error` when it is a riCloud-style code. Callers catch a throwing getter. */
export function codeOf(body: JsonObject): string | undefined {
  const error = stringField(body, 'error');
  // A known code needs no character check (and its lookup is then cached for `buildError`).
  return error !== undefined && (entryOf(error) !== undefined || isCodeString(error)) ? error : undefined;
}
