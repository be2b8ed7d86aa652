import { isApiError } from '@errata/core';
import { REDACTED } from '@errata/core/vendor';

// The accessors read the error's `details` and nothing else (no private field, no raw response),
// because `details` is what survives `toJSON()` / `toProblem()` and core's `rehydrate` on the
// client side of a gateway. What they read may therefore have crossed a network: every value is
// checked, not trusted. Core masks what looks like a credential on those surfaces, and its marker
// is no scope and no nonce: sending `[redacted]` as a DPoP nonce would only fail again.

/** Most scopes returned; a real challenge names a handful. */
const MAX_SCOPES = 64;
const MAX_SCOPE_LENGTH = 1024;
/** Longest DPoP nonce accepted (RFC 9449 sets no limit; real ones are short). */
export const MAX_DPOP_NONCE_LENGTH = 512;

function detailOf(error: unknown, key: string): unknown {
  try {
    if (!isApiError(error) || error.vendor !== 'bearer-oauth') return undefined;
    const { details } = error as { readonly details: unknown };
    if (typeof details !== 'object' || details === null || !Object.hasOwn(details, key)) return undefined;
    return (details as Readonly<Record<string, unknown>>)[key];
  } catch {
    return undefined;
  }
}

/** True for RFC 9449's `nonce = 1*NQCHAR` (%x21 / %x23-5B / %x5D-7E), within the length cap. */
export function isDpopNonce(value: unknown): value is string {
  if (typeof value !== 'string' || value === '' || value.length > MAX_DPOP_NONCE_LENGTH) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || c === 0x22 || c === 0x5c) return false;
  }
  return true;
}

/**
 * The scopes an `insufficient_scope` error says the token needs (`details.requiredScopes`), or
 * `[]`. Works on parsed errors and on errors rebuilt by `rehydrate` from `toJSON()` or
 * `toProblem()`; anything that is not a bearer-oauth error gives `[]`. Never throws.
 */
export function requiredScopesOf(error: unknown): readonly string[] {
  const scopes = detailOf(error, 'requiredScopes');
  if (!Array.isArray(scopes)) return [];
  const valid: string[] = [];
  try {
    const count = Math.min(scopes.length, MAX_SCOPES);
    for (let i = 0; i < count; i++) {
      const scope: unknown = scopes[i];
      if (typeof scope === 'string' && scope !== '' && scope.length <= MAX_SCOPE_LENGTH && scope !== REDACTED) valid.push(scope);
    }
  } catch {
    // A hostile array gives the scopes read so far.
  }
  return valid;
}

/**
 * The `DPoP-Nonce` to put in the next DPoP proof (`details.dpopNonce`, RFC 9449 §8, §9), or
 * `undefined`. Works on parsed and rehydrated errors alike; a value that is not a valid nonce, or
 * that core masked on the way (a nonce shaped like a JWT), is ignored. Never throws.
 */
export function dpopNonceOf(error: unknown): string | undefined {
  const nonce = detailOf(error, 'dpopNonce');
  return isDpopNonce(nonce) && nonce !== REDACTED ? nonce : undefined;
}
