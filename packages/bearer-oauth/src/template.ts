import type { ApiTemplate } from './types.ts';

const INVALID = 'INVALID_';
const NOT_EXIST = '_NOT_EXIST';
const ALREADY_EXIST = '_ALREADY_EXIST';

/** A templated code split into the template and the resource it names. */
export interface TemplateMatch {
  readonly template: ApiTemplate;
  readonly resource: string;
}

function isUpperSnake(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f)) return false;
  }
  return true;
}

/**
 * Splits `USER_NOT_EXIST` into `{RESOURCE}_NOT_EXIST` + `USER`. Call it for codes the catalog does
 * not list (so `INVALID_PARAMETER` and `ALREADY_EXIST` stay fixed codes). A code that fits both a
 * prefix and a suffix template (`INVALID_USER_NOT_EXIST`) follows the status: 400 picks
 * `INVALID_{RESOURCE}`, anything else the suffix.
 */
export function matchTemplate(code: string, status?: number): TemplateMatch | undefined {
  if (code.length > 128 || !isUpperSnake(code)) return undefined;
  const invalid = code.startsWith(INVALID) && code.length > INVALID.length ? code.slice(INVALID.length) : undefined;
  if (invalid !== undefined && status === 400) return { template: 'INVALID_{RESOURCE}', resource: invalid };
  if (code.endsWith(ALREADY_EXIST) && code.length > ALREADY_EXIST.length) return { template: '{RESOURCE}_ALREADY_EXIST', resource: code.slice(0, -ALREADY_EXIST.length) };
  if (code.endsWith(NOT_EXIST) && code.length > NOT_EXIST.length) return { template: '{RESOURCE}_NOT_EXIST', resource: code.slice(0, -NOT_EXIST.length) };
  return invalid === undefined ? undefined : { template: 'INVALID_{RESOURCE}', resource: invalid };
}
