import { parseHttpDate } from './httpDate.ts';

/** Longest wait errata reports unless told otherwise: one day. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 86_400_000;
const MAX_VALUE_LENGTH = 64;
const SECONDS = /^-?\d{1,12}(?:\.\d{1,9})?$/;

/**
 * Parses a `Retry-After` value, either delta-seconds or an HTTP-date, into a wait in milliseconds.
 * Fractions of a second are accepted (some APIs send them); negative values and past dates become 0;
 * waits are clamped to `maxMs`. `undefined` when the value is absent or unreadable.
 */
export function parseRetryAfter(
  value: string | undefined | null,
  now: number = Date.now(),
  maxMs: number = DEFAULT_MAX_RETRY_AFTER_MS,
): number | undefined {
  if (typeof value !== 'string' || value.length > MAX_VALUE_LENGTH) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  let delay: number | undefined;
  if (SECONDS.test(text)) {
    delay = Number(text) * 1000;
  } else {
    const at = parseHttpDate(text, now);
    delay = at === undefined ? undefined : at - now;
  }
  if (delay === undefined || Number.isNaN(delay)) return undefined;
  return Math.round(Math.min(Math.max(delay, 0), maxMs));
}
