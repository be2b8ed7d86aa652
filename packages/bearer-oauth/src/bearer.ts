import type { Challenge } from './challenge/types.ts';

/** Splits a space-delimited list (`algs`, `acr_values`, RFC 6749 §3.3). Commas stay inside items; see `splitScopes` for scopes. */
export function splitSpaced(value: string | undefined): string[] {
  if (value === undefined) return [];
  const items: string[] = [];
  for (const item of value.split(' ')) if (item !== '') items.push(item);
  return items;
}

const SPACE = 0x20;
const COMMA = 0x2c;
const EQUALS = 0x3d;

/**
 * Splits a scope list on spaces (RFC 6749 §3.3) and on commas, which many servers use instead
 * (`scope="bot,user.read"` from LINE WORKS, GitHub's `repo,gist`). A comma after an `=` in the same
 * item stays in it, so a value list such as RFC 6750's `urn:example:rating=G,PG-13` stays one
 * scope. One pass, linear in the value.
 */
export function splitScopes(value: string | undefined): string[] {
  if (value === undefined) return [];
  const scopes: string[] = [];
  let start = 0;
  let equals = false;
  for (let i = 0; i <= value.length; i++) {
    const c = i < value.length ? value.charCodeAt(i) : SPACE;
    if (c === EQUALS) equals = true;
    if (c !== SPACE && (c !== COMMA || equals)) continue;
    if (i > start) scopes.push(value.slice(start, i));
    start = i + 1;
    if (c === SPACE) equals = false;
  }
  return scopes;
}

function isTokenScheme(challenge: Challenge): boolean {
  return challenge.scheme === 'bearer' || challenge.scheme === 'dpop';
}

/**
 * The Bearer or DPoP challenge that explains a failure: the first one carrying `error`, else the
 * first Bearer/DPoP challenge at all. RFC 9449 §7.2 resources send both schemes in one field.
 */
export function findTokenChallenge(challenges: readonly Challenge[]): Challenge | undefined {
  let first: Challenge | undefined;
  for (const challenge of challenges) {
    if (!isTokenScheme(challenge)) continue;
    if (challenge.params.error !== undefined) return challenge;
    first ??= challenge;
  }
  return first;
}
