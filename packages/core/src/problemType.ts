import type { Code } from './apiError.ts';

/** The default base of problem `type` URIs: `urn:errata:<vendor>:<code>`. */
export const DEFAULT_PROBLEM_TYPE_BASE = 'urn:errata:';

/** The stable problem `type` URI of a vendor code. */
export function problemType(vendor: string, code: Code, base: string = DEFAULT_PROBLEM_TYPE_BASE): string {
  return `${base}${encodeURIComponent(vendor)}:${encodeURIComponent(String(code))}`;
}

/** Reads vendor and code back out of a `type` built by `problemType` with the default base. */
export function parseProblemType(type: string): { vendor: string; code: string } | undefined {
  if (!type.startsWith(DEFAULT_PROBLEM_TYPE_BASE)) return undefined;
  const rest = type.slice(DEFAULT_PROBLEM_TYPE_BASE.length);
  const colon = rest.indexOf(':');
  if (colon <= 0) return undefined;
  try {
    return { vendor: decodeURIComponent(rest.slice(0, colon)), code: decodeURIComponent(rest.slice(colon + 1)) };
  } catch {
    return undefined;
  }
}
