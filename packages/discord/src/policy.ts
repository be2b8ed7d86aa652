import type { Action, Kind } from '@errata/core';

/** How errata treats one code: its normalized kind, the caller's next step, and whether a retry can succeed. */
export type CodeClass = readonly [kind: Kind, action: Action, retryable: boolean];

/*
 * The per-code behaviour table, kept apart from the message table so the parser stays small.
 *
 * How a code gets its class (scripts/generateCatalog.mjs applies these, first match wins):
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
 * Only codes in classes marked retryable are retried; no other code is retried whatever its status.
 *
 * Encoding: codes are grouped by `Math.floor(code / 10000)`. `GROUPS` holds each group's usual
 * class as `<group><letter>`; `EXCEPTIONS` the codes whose class differs from their group's, as
 * `<gap from the previous listed code><letter>`; numbers in base 36. A code the catalog does not
 * know yet takes its group's usual class (a new 10xxx code is most likely another "Unknown …").
 */
// <encoded>
const GROUPS = "0A1B2E3G4D5C6L7L8D9CaDbIcEdIeGfDgDhCiDjDkClDmCnDoCqDrDsDtDvByEzD10D12E13D14E15E16J1eM1gD1hF1kC1lD1nD1qB1rC1tE1uD1vD1xBelB";

const EXCEPTIONS =
  "fflQ1Q9D2D2K1H3K2P1H1C2R3H1H2C1H1C4K2R3C2DeR4K7o8LnD2J6H3H2H4H6C9CfDppH1H6xzF1P1H1I1C1I1E1J3K1F1P2K1I8J3J1K1J4J3J2J1J2J2I1JgJ1J1H6E1I4L1J1J2I4C1C6E6G8G6J2E67Q7gkE3D3E4G2E1F2O2L7F2F4J3O3LdJ1J7D2EaK1KeO7J3E2D4D5E1D6G6D2D8K4J3E3B7B6DcDeP6DmGqM5J4E1O1OzE8yE795J1K1P1P2F3F1K2D3P4D7pgP1J1K7pkE3B2K1J6K7pgE1E1D7pqB1C1C1J1C1K2C2C1J6C1K3C2C1C5F5C6C6C1K1N3C1C2L2K3B3C7C1M6M3I3CcC2J1JfcvJ1Gn5dK1B3J3J7B2E7pcE2J2G1G1B1E7prI7plC1M1KrpIenuI3E7pqK8P8N1K6K1K12k8J7J7piP1I4M1G7ppE7pqB1G3J2LffdP2H1Duv3Kuv3B1C8G7piFffnG2D1K1B255lErtB1JrsM666E4C2M6DaDn4uJ1aakF1J12kyG1B4CfffH";

const CLASSES: readonly CodeClass[] = [
  ["unknown", "none", false],
  ["not-found", "none", false],
  ["invalid-argument", "fix-request", false],
  ["failed-precondition", "none", false],
  ["permission-denied", "none", false],
  ["unauthenticated", "reauthenticate", false],
  ["resource-exhausted", "none", false],
  ["resource-exhausted", "retry", true],
  ["unavailable", "retry", true],
  ["already-exists", "none", false],
  ["failed-precondition", "user-action", false],
  ["invalid-argument", "user-action", false],
  ["internal", "retry", true],
  ["internal", "contact-support", false],
  ["out-of-range", "fix-request", false],
  ["permission-denied", "user-action", false],
  ["permission-denied", "fix-request", false],
  ["failed-precondition", "contact-support", false],
];
// </encoded>

let groups: Map<number, CodeClass> | undefined;
let exceptions: Map<number, CodeClass> | undefined;

function decode(text: string, delta: boolean): Map<number, CodeClass> {
  const map = new Map<number, CodeClass>();
  let key = 0;
  for (const [, number = '0', letter = 'A'] of text.matchAll(/([0-9a-z]+)([A-Z])/g)) {
    key = (delta ? key : 0) + parseInt(number, 36);
    const codeClass = CLASSES[letter.charCodeAt(0) - 65];
    if (codeClass !== undefined) map.set(key, codeClass);
  }
  return map;
}

/** The class of a code: its own, else its group's usual one; `undefined` for codes of unknown groups. */
export function classOf(code: number): CodeClass | undefined {
  if (groups === undefined || exceptions === undefined) {
    groups = decode(GROUPS, false);
    exceptions = decode(EXCEPTIONS, true);
  }
  return exceptions.get(code) ?? groups.get(Math.floor(code / 10_000));
}
