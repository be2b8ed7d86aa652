import { isJsonObject, stringField, type JsonObject, type ResponseView } from '@errata/core/vendor';
import { codeValue } from './codeValue.ts';

// The wire says `error`; one Akamai table lists `Failed`, and clients compare loosely.
function isFailureStat(stat: string): boolean {
  if (stat.length > 6) return false;
  const lower = stat.toLowerCase();
  return lower === 'error' || lower === 'fail' || lower === 'failed';
}

function hasCode(body: JsonObject): boolean {
  return Object.hasOwn(body, 'code') && codeValue(body.code) !== undefined;
}

/**
 * The body when the response is a Registration error, else `undefined`. The HTTP status does not
 * decide: errors usually arrive with 200 and `stat: "error"`. A body with `stat` must say failure
 * and carry `code` or `error`; a body without `stat` counts only on an HTTP error status with an
 * integer (or numeric string) `code` and an `error` string (OAuth endpoints). The Social Login API's
 * `{"stat":"fail","err":{…}}` has its own code space and is left to the generic fallback.
 */
export function registrationBody(view: ResponseView): JsonObject | undefined {
  try {
    return recognize(view);
  } catch {
    // An already-parsed body whose `stat`, `error` or `code` cannot be read is not one we can claim.
    return undefined;
  }
}

function recognize(view: ResponseView): JsonObject | undefined {
  const body = view.json();
  if (!isJsonObject(body)) return undefined;
  const stat = stringField(body, 'stat');
  const hasError = stringField(body, 'error') !== undefined;
  if (stat !== undefined) return isFailureStat(stat) && (hasError || Object.hasOwn(body, 'code')) ? body : undefined;
  if (Object.hasOwn(body, 'stat')) return undefined;
  return view.status >= 400 && hasError && hasCode(body) ? body : undefined;
}
