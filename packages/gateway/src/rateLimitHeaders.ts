import type { RateLimitSnapshot } from '@errata/core';

/** The IETF rate-limit fields (draft-ietf-httpapi-ratelimit-headers, -07 and later) for a snapshot. */
export interface RateLimitFields {
  /** `RateLimit: "name";r=<remaining>;t=<seconds to reset>` */
  readonly rateLimit?: string;
  /** `RateLimit-Policy: "name";q=<quota>;w=<window seconds>` */
  readonly policy?: string;
}

// Structured-field integers have at most 15 digits.
const MAX_INTEGER = 999_999_999_999_999;
const MAX_NAME_LENGTH = 64;

function integer(value: number, round: (n: number) => number): number | undefined {
  if (!Number.isFinite(value)) return undefined;
  return Math.min(MAX_INTEGER, Math.max(0, round(value)));
}

/** The policy name as a structured-field string; the vendor's bucket when it is printable ASCII. */
function policyName(bucket: string | undefined): string {
  if (bucket === undefined || bucket === '' || bucket.length > MAX_NAME_LENGTH) return '"default"';
  for (let i = 0; i < bucket.length; i++) {
    const code = bucket.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return '"default"';
  }
  return `"${bucket.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** Seconds until the window resets, from the delay or the reset time. */
function resetSeconds(snapshot: RateLimitSnapshot, now: number): number | undefined {
  const ms = snapshot.resetAfterMs ?? (snapshot.resetAt === undefined ? undefined : snapshot.resetAt - now);
  return ms === undefined ? undefined : integer(ms / 1000, Math.ceil);
}

/**
 * Writes a snapshot in the IETF form, whatever form the upstream used (`X-RateLimit-*`, body
 * fields, older drafts). `RateLimit` needs the remaining count; `RateLimit-Policy` the quota.
 */
export function rateLimitFields(snapshot: RateLimitSnapshot | undefined, now: number): RateLimitFields {
  if (snapshot === undefined) return {};
  const name = policyName(snapshot.bucket);
  const remaining = snapshot.remaining === undefined ? undefined : integer(snapshot.remaining, Math.floor);
  const quota = snapshot.limit === undefined ? undefined : integer(snapshot.limit, Math.floor);
  const window = snapshot.windowMs === undefined ? undefined : integer(snapshot.windowMs / 1000, Math.ceil);
  const reset = resetSeconds(snapshot, now);
  return {
    ...(remaining === undefined ? {} : { rateLimit: `${name};r=${String(remaining)}${reset === undefined ? '' : `;t=${String(reset)}`}` }),
    ...(quota === undefined ? {} : { policy: `${name};q=${String(quota)}${window === undefined ? '' : `;w=${String(window)}`}` }),
  };
}

/** `Retry-After` in whole seconds, rounded up so a client never comes back early. */
export function retryAfterSeconds(retryAfterMs: number | undefined): string | undefined {
  if (retryAfterMs === undefined) return undefined;
  const seconds = integer(retryAfterMs / 1000, Math.ceil);
  return seconds === undefined ? undefined : String(seconds);
}
