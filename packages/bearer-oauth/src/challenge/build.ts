import { CHAR_CLASS, isControl, isToken, TOKEN68 } from './chars.ts';

/** A challenge to write; parameters with an `undefined` value are left out. */
export interface ChallengeInit {
  readonly scheme: string;
  readonly token68?: string | undefined;
  readonly params?: Readonly<Record<string, string | undefined>> | undefined;
}

export interface BuildChallengeOptions {
  /**
   * `auto` (default) writes a value bare when it is a token and quotes it otherwise; `realm` is
   * always quoted, as RFC 9110 §11.5 requires. `always` quotes every value, for picky clients.
   */
  readonly quote?: 'auto' | 'always';
}

function isToken68(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c > 127 || ((CHAR_CLASS[c] ?? 0) & TOKEN68) === 0) break;
    i++;
  }
  if (i === 0) return false;
  while (i < text.length && text.charCodeAt(i) === 0x3d) i++;
  return i === text.length;
}

function quoted(value: string): string {
  for (let i = 0; i < value.length; i++) {
    // CR, LF and NUL would split or end the header: refuse instead of escaping.
    if (isControl(value.charCodeAt(i))) throw new TypeError('A challenge parameter value contains a control character');
  }
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * Writes one challenge (`Bearer realm="api", error=invalid_token`). Throws a `TypeError` for
 * input no header can carry: a scheme or name that is not a token, a malformed token68, control
 * characters in a value, a name given twice (ignoring case), or token68 together with parameters.
 */
export function buildChallenge(challenge: ChallengeInit, options?: BuildChallengeOptions): string {
  const { scheme, token68, params } = challenge;
  if (!isToken(scheme)) throw new TypeError(`Invalid auth-scheme: ${JSON.stringify(scheme)}`);
  const always = options?.quote === 'always';
  const parts: string[] = [];
  const seen = new Set<string>();
  if (params !== undefined) {
    for (const name of Object.keys(params)) {
      const value = params[name];
      if (value === undefined) continue;
      const lower = name.toLowerCase();
      if (!isToken(name) || seen.has(lower)) throw new TypeError(`Invalid or repeated parameter name: ${JSON.stringify(name)}`);
      seen.add(lower);
      parts.push(`${name}=${!always && lower !== 'realm' && isToken(value) ? value : quoted(value)}`);
    }
  }
  if (token68 !== undefined) {
    if (parts.length > 0) throw new TypeError('A challenge carries either token68 or parameters, not both');
    if (!isToken68(token68)) throw new TypeError('Invalid token68');
    return `${scheme} ${token68}`;
  }
  return parts.length === 0 ? scheme : `${scheme} ${parts.join(', ')}`;
}

/** Writes a whole `WWW-Authenticate` value: the challenges separated by `", "`. */
export function buildChallenges(challenges: readonly ChallengeInit[], options?: BuildChallengeOptions): string {
  return challenges.map((challenge) => buildChallenge(challenge, options)).join(', ');
}
