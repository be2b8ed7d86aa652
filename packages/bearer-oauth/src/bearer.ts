import type { Challenge } from './challenge/types.ts';

/** Splits a space-delimited list (`scope`, `algs`, `acr_values`, RFC 6749 §3.3). Commas stay inside items. */
export function splitSpaced(value: string | undefined): string[] {
  if (value === undefined) return [];
  const items: string[] = [];
  for (const item of value.split(' ')) if (item !== '') items.push(item);
  return items;
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
