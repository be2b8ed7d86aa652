import { policyOf } from './policy.ts';
import { publicMessageOfCode } from './publicMessage.ts';
import { knownCodesOf } from './names.ts';

/** Where a code is sent from, for the error strings more than one code shares. */
const ENDPOINT_MARKERS: ReadonlyMap<number, string> = /* @__PURE__ */ new Map([
  // password_unacceptable: the Authentication API (`/oauth/update_profile_native`) says 214, the
  // Entity API (`/entity.update`) 352.
  [214, '/oauth/'],
  [352, '/entity.'],
]);
/** URLs longer than this are not searched for an endpoint (a real one is far shorter). */
const MAX_URL_LENGTH = 2048;

export interface Recovered {
  /** The code the error string names, when it names exactly one (or the URL tells which). */
  readonly code?: number;
  /**
   * When the string names several codes that mean the same to a caller (same kind, action and
   * end-user message), one of them to take that meaning from while `code` stays 0.
   */
  readonly meaningOf?: number;
}

const NOTHING: Recovered = {};

function byEndpoint(candidates: readonly number[], url: string | undefined): number | undefined {
  if (url === undefined || url.length > MAX_URL_LENGTH) return undefined;
  let found: number | undefined;
  for (const code of candidates) {
    const marker = ENDPOINT_MARKERS.get(code);
    if (marker === undefined || !url.includes(marker)) continue;
    if (found !== undefined) return undefined;
    found = code;
  }
  return found;
}

/**
 * The code of an error whose body sent none (or one that is not an integer), from its error
 * string via the catalog: `invalid_credentials` is 210. `password_unacceptable` is 214 or 352;
 * the request URL decides when it names the endpoint, else the code stays unknown but its shared
 * meaning (kind, action, end-user message) is kept.
 */
export function recoverCode(name: string | undefined, url: string | undefined): Recovered {
  if (name === undefined) return NOTHING;
  const candidates = knownCodesOf(name);
  const [first] = candidates;
  if (first === undefined) return NOTHING;
  if (candidates.length === 1) return { code: first };
  const picked = byEndpoint(candidates, url);
  if (picked !== undefined) return { code: picked };
  const agree = candidates.every((code) => policyOf(code) === policyOf(first) && publicMessageOfCode(code) === publicMessageOfCode(first));
  return agree ? { meaningOf: first } : NOTHING;
}
