import type { Redactor } from './redact.ts';

/**
 * The request an error came from, as a client that made it records it (`@errata/fetch`, your own
 * retry loop): no headers and no body, the URL with its credentials masked. `toJSON()` writes it,
 * `toProblem()` writes it as the `request` extension member, `rehydrate` and `fromProblem` read
 * it back.
 */
export interface RequestContext {
  /** The request method (`GET`, `POST`…), when known. */
  readonly method?: string;
  /** The request URL, always redacted: user info, credential query and fragment values, token path segments. */
  readonly url?: string;
  /** Attempts made, the failing one included. */
  readonly attempts: number;
  /** Milliseconds spent waiting between attempts. */
  readonly totalDelayMs: number;
}

/** Longest method kept: longer is not a method anyone sends. */
const MAX_METHOD_LENGTH = 32;
/** Longest URL kept (after redaction), in UTF-16 code units. */
export const MAX_CONTEXT_URL_LENGTH = 8192;

/** An RFC 9110 `token` (what a method is: visible ASCII, no delimiter), up to `MAX_METHOD_LENGTH` long. */
function isToken(text: string): boolean {
  if (text === '' || text.length > MAX_METHOD_LENGTH) return false;
  for (const char of text) if (char <= ' ' || char > '~' || '"(),/:;<=>?@[\\]{}'.includes(char)) return false;
  return true;
}

/**
 * A request context read from anything (typed init, `toJSON` output, a problem member, a copy):
 * `undefined` unless it is an object whose `attempts` is an integer >= 0 and whose `totalDelayMs`
 * is a finite number >= 0; a method that is not a token is left out; the URL is redacted with
 * `redactor` (the whole URL, then cut to `MAX_CONTEXT_URL_LENGTH`, so a cut cannot hide a secret
 * from the scan). Never throws: a throwing getter or Proxy reads as no context. Internal.
 */
export function requestContextOf(value: unknown, redactor: Redactor): RequestContext | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    // Typed as the shape it should have; every field is checked below before it is used.
    const { method, url, attempts, totalDelayMs } = value as { method: unknown; url: unknown; attempts: number; totalDelayMs: number };
    // `Number.isInteger` and `Number.isFinite` are false for anything that is not a number.
    if (!(Number.isInteger(attempts) && attempts >= 0 && Number.isFinite(totalDelayMs) && totalDelayMs >= 0)) return undefined;
    return {
      ...(typeof method === 'string' && isToken(method) ? { method } : {}),
      ...(typeof url === 'string' ? { url: redactor.url(url).slice(0, MAX_CONTEXT_URL_LENGTH) } : {}),
      attempts,
      totalDelayMs,
    };
  } catch {
    return undefined;
  }
}
