import type { ResponseView } from '@errata/core/vendor';

/** How far into a body we look for Cloudflare's markers: its error pages say who they are early. */
const SCAN_LENGTH = 10_000;
// "error code: 1015" (plain text) or "Error 1015" / "Error code 1015" (HTML). No nested quantifiers.
const ERROR_NUMBER = /error(?: code)?:?\s{0,4}(1\d{3})\b/i;

const BAN_CODES: readonly number[] = [1006, 1007, 1008, 1015];

/** What we could tell about a body Cloudflare sent instead of the API. */
export interface EdgeBody {
  /** Cloudflare's error number, when the body names one. */
  readonly code: number | undefined;
}

/**
 * Recognizes Cloudflare's own responses in front of the API: the plain-text `error code: NNNN`
 * form and its HTML error pages. A 429 whose body is not JSON is also Cloudflare's: the API itself
 * always answers rate limits with JSON.
 */
export function edgeBodyOf(view: ResponseView): EdgeBody | undefined {
  const head = (view.text ?? '').slice(0, SCAN_LENGTH);
  const number = ERROR_NUMBER.exec(head)?.[1];
  const edge = { code: number === undefined ? undefined : Number(number) };
  const start = head.trimStart().slice(0, 11).toLowerCase();
  // The plain-text form, or an HTML page that names Cloudflare.
  if (start === 'error code:' || (start.startsWith('<') && /cloudflare/i.test(head))) return edge;
  return view.status === 429 ? edge : undefined;
}

/** Cloudflare numbers that mean "this client is rate limited or banned", not "this request is wrong". */
export function isBanCode(code: number | undefined): boolean {
  return code !== undefined && BAN_CODES.includes(code);
}
