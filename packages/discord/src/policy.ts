import { oauthPolicyOf, type CodePolicy } from '@errata/core/vendor';
import { RETRY_BACKOFF_MS } from './serverErrors.ts';
import type { DiscordEdgeCode } from './types.ts';

/*
 * The per-code behaviour table, kept apart from the message table so the parser stays small.
 *
 * How a code gets its policy (scripts/generateCatalog.mjs applies these, first match wins):
 * 1. A short list of codes decided one by one (e.g. 40333 Cloudflare block → permission-denied/fix-request,
 *    110000 index not ready → unavailable/retry, 50007 cannot DM this user → permission-denied).
 * 2. The message's wording: rate limits and "try again later" quotas → resource-exhausted/retry;
 *    "temporarily"/"unavailable" → unavailable/retry; "unknown …"/"not found" → not-found;
 *    "maximum number … reached" → resource-exhausted with no retry (a hard quota);
 *    "already …" → already-exists (or failed-precondition for states such as "already canceled");
 *    bad or expired credentials → unauthenticated/reauthenticate; 2FA, verification and consent
 *    requirements → permission-denied/user-action; payments, terms and ownership transfers →
 *    failed-precondition/user-action; wrong codes or passwords typed by a person → invalid-argument/user-action;
 *    "invalid …" → invalid-argument/fix-request; permissions, bans and account limits → permission-denied.
 * 3. Otherwise the code's group: validation issues → invalid-argument/fix-request, restrictions →
 *    permission-denied, everything stateful (billing, events, monetization, …) → failed-precondition.
 * Only codes whose policy is retryable are retried; no other code is retried whatever its status.
 *
 * Encoding: codes are grouped by `Math.floor(code / 10000)`. `GROUPS` holds each group's usual
 * policy as `<group><letter>`; `EXCEPTIONS` the codes whose policy differs from their group's, as
 * `<gap from the previous listed code><letter>`; numbers in base 36. A code the catalog does not
 * know yet takes its group's usual policy (a new 10xxx code is most likely another "Unknown …").
 */
// <encoded>
const GROUPS = "0A1B2E3G4D5C6L7L8D9CaDbIcEdIeGfDgDhCiDjDkClDmCnDoCqDrDsDtDvByEzD10D12E13D14E15E16J1eM1gD1hF1kC1lD1nD1qB1rC1tE1uD1vD1xBelB";

const EXCEPTIONS =
  "fflQ1Q9D2D2K1H3K2P1H1C2R3H1H2C1H1C4K2R3C2DeR4K7o8LnD2J6H3H2H4H6C9CfDppH1H6xzF1P1H1I1C1I1E1J3K1F1P2K1I8J3J1K1J4J3J2J1J2J2I1JgJ1J1H6E1I4L1J1J2I4C1C6E6G8G6J2E67Q7gkE3D3E4G2E1F2O2L7F2F4J3O3LdJ1J7D2EaK1KeO7J3E2D4D5E1D6G6D2D8K4J3E3B7B6DcDeP6DmGqM5J4E1O1OzE8yE795J1K1P1P2F3F1K2D3P4D7pgP1J1K7pkE3B2K1J6K7pgE1E1D7pqB1C1C1J1C1K2C2C1J6C1K3C2C1C5F5C6C6C1K1N3C1C2L2K3B3C7C1M6M3I3CcC2J1JfcvJ1Gn5dK1B3J3J7B2E7pcE2J2G1G1B1E7prI7plC1M1KrpIenuI3E7pqK8P8N1K6K1K12k8J7J7piP1I4M1G7ppE7pqB1G3J2LffdP2H1Duv3Kuv3B1C8G7piFffnG2D1K1B255lErtB1JrsM666E4C2M6DaDn4uJ1aakF1J12kyG1B4CfffH";

const POLICIES: readonly CodePolicy[] = [
  { kind: "unknown", action: "none", retryable: false },
  { kind: "not-found", action: "none", retryable: false },
  { kind: "invalid-argument", action: "fix-request", retryable: false },
  { kind: "failed-precondition", action: "none", retryable: false },
  { kind: "permission-denied", action: "none", retryable: false },
  { kind: "unauthenticated", action: "reauthenticate", retryable: false },
  { kind: "resource-exhausted", action: "none", retryable: false },
  { kind: "resource-exhausted", action: "retry", retryable: true },
  { kind: "unavailable", action: "retry", retryable: true },
  { kind: "already-exists", action: "none", retryable: false },
  { kind: "failed-precondition", action: "user-action", retryable: false },
  { kind: "invalid-argument", action: "user-action", retryable: false },
  { kind: "internal", action: "retry", retryable: true },
  { kind: "internal", action: "contact-support", retryable: false },
  { kind: "out-of-range", action: "fix-request", retryable: false },
  { kind: "permission-denied", action: "user-action", retryable: false },
  { kind: "permission-denied", action: "fix-request", retryable: false },
  { kind: "failed-precondition", action: "contact-support", retryable: false },
];
// </encoded>

let groups: Map<number, CodePolicy> | undefined;
let exceptions: Map<number, CodePolicy> | undefined;

// The encoded strings are our own constants, never untrusted text.
function decode(text: string, delta: boolean): Map<number, CodePolicy> {
  const map = new Map<number, CodePolicy>();
  let key = 0;
  for (const [, number = '0', letter = 'A'] of text.matchAll(/([0-9a-z]+)([A-Z])/g)) {
    key = (delta ? key : 0) + parseInt(number, 36);
    const policy = POLICIES[letter.charCodeAt(0) - 65];
    if (policy !== undefined) map.set(key, policy);
  }
  return map;
}

/**
 * The policy of a JSON error code: its own, else its group's usual one; `undefined` for code 0
 * and codes of unknown groups (the HTTP status decides).
 */
export function codePolicyOf(code: number): CodePolicy | undefined {
  if (groups === undefined || exceptions === undefined) {
    groups = decode(GROUPS, false);
    exceptions = decode(EXCEPTIONS, true);
  }
  return exceptions.get(code) ?? groups.get(Math.floor(code / 10_000));
}

/**
 * 423 Locked and the retryable 5xx (see `wantsBackoff`): retried whatever the code says, after
 * `Retry-After` when sent, else after our first backoff step. Only `retryable` and `waitMs` are read.
 */
export const BACKOFF_POLICY: CodePolicy = { kind: 'unavailable', action: 'retry', retryable: true, waitMs: RETRY_BACKOFF_MS };

/** errata's own codes for responses that carry none (see `DiscordEdgeCode`). */
const EDGE_POLICIES: Readonly<Record<DiscordEdgeCode, CodePolicy>> = {
  // A 429 from the API: wait as told (Retry-After, the body's retry_after or X-RateLimit-Reset-After).
  'rate-limited': { kind: 'resource-exhausted', action: 'retry-after', retryable: true },
  // Cloudflare's ban lasts until it is lifted: retried only when Cloudflare sends Retry-After.
  'cloudflare-ban': { kind: 'resource-exhausted', action: 'none', retryable: false },
};

/** The policy of a string code: errata's edge codes, then the RFC 6749/6750/7009 values (core's shared table). */
export function textCodePolicyOf(code: string): CodePolicy | undefined {
  return Object.hasOwn(EDGE_POLICIES, code) ? EDGE_POLICIES[code as DiscordEdgeCode] : oauthPolicyOf(code);
}
