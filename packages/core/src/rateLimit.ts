import { readHeaders, type HeaderInput, type HeaderReader } from './headers.ts';
import type { RateLimitSnapshot } from './rateLimitSnapshot.ts';
import { parseDeltaSeconds } from './retryAfter.ts';
import { parseStructuredField, type FieldMember } from './structuredField.ts';

const MAX_TEXT = 256;

/** A non-negative decimal header value (at most 16 integer digits), or `undefined`. */
export function parseDecimal(value: string | undefined | null): number | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const number = text.length <= 32 ? parseDeltaSeconds(text) : undefined;
  return number === Infinity ? undefined : number;
}

/**
 * `X-RateLimit-Reset` is an epoch in seconds for Discord and GitHub but a delay in seconds for
 * others; values too large to be a sensible delay are read as epochs (seconds, or milliseconds).
 */
export function resetToEpochMs(value: number, now: number): number {
  if (value >= 1e12) return Math.round(value);
  if (value >= 1e9) return Math.round(value * 1000);
  return Math.round(now + value * 1000);
}

function text(value: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' || trimmed.length > MAX_TEXT ? undefined : trimmed;
}

function param(member: FieldMember | undefined, name: string): number | undefined {
  return parseDecimal(member?.params.get(name));
}

function dictionaryValue(members: readonly FieldMember[], name: string): number | undefined {
  return parseDecimal(members.find((member) => member.name.toLowerCase() === name)?.value);
}

// Every header parseRateLimit reads.
const RATE_LIMIT_HEADERS = [
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'x-ratelimit-reset-after',
  'x-ratelimit-global',
  'x-ratelimit-bucket',
  'x-ratelimit-scope',
  'ratelimit',
  'ratelimit-policy',
  'ratelimit-reset',
  'ratelimit-limit',
  'ratelimit-remaining',
];

function definedOnly(snapshot: Record<string, number | string | boolean | undefined>): RateLimitSnapshot | undefined {
  const out: Record<string, number | string | boolean> = {};
  let any = false;
  for (const key in snapshot) {
    const value = snapshot[key];
    if (value !== undefined) {
      out[key] = value;
      any = true;
    }
  }
  return any ? out : undefined;
}

/**
 * Reads a rate-limit snapshot from response headers: the `X-RateLimit-*` family (limit, remaining,
 * reset, reset-after, bucket, global, scope), the IETF `RateLimit` + `RateLimit-Policy` fields
 * (`"policy";r=…;t=…` and `;q=…;w=…`), and the older `RateLimit-Limit/-Remaining/-Reset` drafts.
 * Where several say the same thing, `X-RateLimit-*` wins, then the IETF fields. Takes any header
 * container (`Headers`, a record, Node's incoming headers, pairs, or a `HeaderReader`); never throws,
 * and its work is linear in the headers' length (structured fields are capped, see `parseStructuredField`).
 */
export function parseRateLimit(input: HeaderReader | HeaderInput | undefined | null, now: number = Date.now()): RateLimitSnapshot | undefined {
  const headers = readHeaders(input);
  // Most error responses carry none of these: a miss is a cheap lookup, the parse below is not.
  if (RATE_LIMIT_HEADERS.every((name) => headers.get(name) === undefined)) return undefined;
  if (typeof now !== 'number' || !Number.isFinite(now)) now = Date.now();
  const limitHeader = parseDecimal(headers.get('x-ratelimit-limit'));
  const remainingHeader = parseDecimal(headers.get('x-ratelimit-remaining'));
  const resetHeader = parseDecimal(headers.get('x-ratelimit-reset'));
  const resetAfterHeader = parseDecimal(headers.get('x-ratelimit-reset-after'));
  const globalHeader = headers.get('x-ratelimit-global');

  const ietfValue = headers.get('ratelimit');
  const ietf = ietfValue === undefined ? [] : parseStructuredField(ietfValue);
  const policyValue = headers.get('ratelimit-policy');
  const policies = policyValue === undefined ? [] : parseStructuredField(policyValue);
  // draft-07+: `"name";r=…;t=…`; the policy of the same name gives quota and window.
  const current = ietf.find((member) => member.params.has('r'));
  const policy = policies.find((member) => member.name === current?.name) ?? policies[0];

  const oldReset = parseDecimal(headers.get('ratelimit-reset')) ?? dictionaryValue(ietf, 'reset') ?? param(current, 't');
  const resetAfterSeconds = resetAfterHeader ?? oldReset;

  return definedOnly({
    limit: limitHeader ?? parseDecimal(headers.get('ratelimit-limit')) ?? dictionaryValue(ietf, 'limit') ?? param(policy, 'q') ?? parseDecimal(policy?.name),
    remaining: remainingHeader ?? parseDecimal(headers.get('ratelimit-remaining')) ?? dictionaryValue(ietf, 'remaining') ?? param(current, 'r'),
    resetAt:
      resetHeader === undefined
        ? resetAfterSeconds === undefined
          ? undefined
          : Math.round(now + resetAfterSeconds * 1000)
        : resetToEpochMs(resetHeader, now),
    resetAfterMs: resetAfterSeconds === undefined ? undefined : Math.round(resetAfterSeconds * 1000),
    bucket: text(headers.get('x-ratelimit-bucket')) ?? (current === undefined ? undefined : text(current.name)),
    scope: text(headers.get('x-ratelimit-scope')),
    global: globalHeader === undefined ? undefined : globalHeader.trim().toLowerCase() === 'true',
    windowMs: param(policy, 'w') === undefined ? undefined : (param(policy, 'w') ?? 0) * 1000,
  });
}
