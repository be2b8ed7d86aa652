import { parseHttpDate } from './httpDate.ts';

/** Longest wait errata reports unless told otherwise: one day. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 86_400_000;
// Longer values are refused unread: no real delay or date needs more.
const MAX_VALUE_LENGTH = 64;
// The longest span a Date can express; `maxMs` is held under it so `retryAt` stays a valid time.
const LONGEST_MS = 8_640_000_000_000_000;
// More integer digits than this is more seconds than any cap: read as "as long as allowed".
const MAX_EXACT_DIGITS = 16;

/**
 * Delta-seconds (`1*DIGIT`, with an optional fraction some APIs send) as seconds: `Infinity` when
 * the integer part is longer than any cap needs, `undefined` when the text is not that form (a
 * sign, an exponent, a bare point). One pass, no regular expression, any length.
 */
export function parseDeltaSeconds(text: string): number | undefined {
  const { length } = text;
  let index = 0;
  while (index < length && isDigit(text.charCodeAt(index))) index++;
  const integerDigits = index;
  if (integerDigits === 0) return undefined;
  if (index < length && text.charCodeAt(index) === 46) {
    const fractionStart = ++index;
    while (index < length && isDigit(text.charCodeAt(index))) index++;
    if (index === fractionStart) return undefined;
  }
  if (index !== length) return undefined;
  // Nine fraction digits are more precision than a millisecond result needs.
  return integerDigits > MAX_EXACT_DIGITS ? Infinity : Number(text.slice(0, integerDigits + 10));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Parses a `Retry-After` value, either delta-seconds or an HTTP-date, into a wait in milliseconds,
 * clamped to `maxMs`. Fractions of a second are accepted (some APIs send them); a delay too long to
 * represent waits `maxMs` (as RFC 9111 §1.2.2 asks of caches); past dates become 0. Values over
 * 64 characters are refused without being scanned. A negative delay is not delta-seconds and is ignored, as is an HTTP-date with
 * an unknown day name (see `parseHttpDate`). `undefined` when the value is absent or unreadable.
 * An invalid `maxMs` (NaN, negative, not a number) gives the default.
 */
export function parseRetryAfter(
  value: string | undefined | null,
  now: number = Date.now(),
  maxMs: number = DEFAULT_MAX_RETRY_AFTER_MS,
): number | undefined {
  if (typeof value !== 'string' || value.length > MAX_VALUE_LENGTH) return undefined;
  const text = value.trim();
  const cap = typeof maxMs === 'number' && maxMs >= 0 ? Math.min(maxMs, LONGEST_MS) : DEFAULT_MAX_RETRY_AFTER_MS;
  const seconds = parseDeltaSeconds(text);
  let delay: number | undefined;
  if (seconds !== undefined) {
    delay = seconds * 1000;
  } else {
    const at = parseHttpDate(text, now);
    delay = at === undefined ? undefined : at - now;
  }
  if (delay === undefined || Number.isNaN(delay)) return undefined;
  return Math.round(Math.min(Math.max(delay, 0), cap));
}
