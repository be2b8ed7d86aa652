import { CHAR_CLASS, isControl, TCHAR, TOKEN68 } from './chars.ts';
import type { ChallengeIssue, ChallengeIssueCode, ParsedChallenges } from './types.ts';

export interface ParseChallengesOptions {
  /** Longest field accepted, in UTF-16 code units; longer fields give no challenges. Default 1 MiB. */
  readonly maxLength?: number;
  /** Most challenges kept; later ones are scanned, reported once as `too-many`, and dropped. Default 64. */
  readonly maxChallenges?: number;
  /** Most parameters kept per challenge; later ones are reported once as `too-many` and dropped. Default 256. */
  readonly maxParams?: number;
}

/** The default `maxLength`: far above any real header, low enough to bound the work. */
export const DEFAULT_MAX_CHALLENGE_LENGTH = 1_048_576;
/** How many issues one parse records before it stops listing them. */
export const MAX_CHALLENGE_ISSUES = 100;
// Real fields carry a handful of challenges with a handful of parameters each. The caps keep a
// hostile field from costing an allocation per comma: storing a parameter under a new name costs
// ~20x scanning it, so the caps are what keep a 1 MiB field within a few milliseconds.
const DEFAULT_MAX_CHALLENGES = 64;
const DEFAULT_MAX_PARAMS = 256;

const HTAB = 0x09;
const SP = 0x20;
const DQUOTE = 0x22;
const COMMA = 0x2c;
const EQUALS = 0x3d;
const BACKSLASH = 0x5c;
// Code units per String.fromCharCode call: well below any engine's argument limit.
const CHUNK = 4096;

interface MutableChallenge {
  scheme: string;
  params: Record<string, string>;
  token68?: string;
}

// Where the parameters of a dropped challenge go: never read, never returned.
const DROPPED: MutableChallenge = { scheme: '', params: Object.create(null) as Record<string, string> };

function limitOf(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && value >= 0 ? value : fallback;
}

function classOf(c: number): number {
  return c < 128 ? (CHAR_CLASS[c] ?? 0) : 0;
}

/**
 * The scanner keeps its position in a field so each helper can advance it; every helper moves
 * forward only, and each character is looked at a bounded number of times (at most twice, when a
 * would-be token68 turns out to be a parameter name), which keeps the parse linear.
 */
class Scanner {
  readonly text: string;
  readonly end: number;
  pos = 0;
  /** The value the last `readQuoted` produced. */
  value = '';
  current: MutableChallenge | undefined;
  /** Parameters seen in the current challenge. */
  paramCount = 0;
  readonly maxChallenges: number;
  readonly maxParams: number;
  readonly challenges: MutableChallenge[] = [];
  readonly issues: ChallengeIssue[] = [];

  constructor(text: string, maxChallenges: number, maxParams: number) {
    this.text = text;
    this.end = text.length;
    this.maxChallenges = maxChallenges;
    this.maxParams = maxParams;
  }

  issue(code: ChallengeIssueCode, offset: number, length: number): void {
    const { issues } = this;
    if (issues.length < MAX_CHALLENGE_ISSUES) issues.push({ code, offset, length });
    else if (issues.length === MAX_CHALLENGE_ISSUES) issues.push({ code: 'too-many-issues', offset, length: this.end - offset });
  }

  skipSpace(from: number): number {
    const { text, end } = this;
    let i = from;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c !== SP && c !== HTAB) break;
      i++;
    }
    return i;
  }

  tokenEnd(from: number): number {
    const { text, end } = this;
    let i = from;
    while (i < end && (classOf(text.charCodeAt(i)) & TCHAR) !== 0) i++;
    return i;
  }

  /** Index of the character after the quoted-string opening at `quote` (or the field's end). */
  skipQuoted(quote: number): number {
    const { text, end } = this;
    let i = quote + 1;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === DQUOTE) return i + 1;
      i += c === BACKSLASH ? 2 : 1;
    }
    return end;
  }

  /** Reads the quoted-string opening at `quote` into `value`, resolving quoted-pairs. */
  readQuoted(quote: number): number {
    const { text, end } = this;
    let i = quote + 1;
    let odd = false;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === DQUOTE) {
        this.value = text.slice(quote + 1, i);
        if (odd) this.issue('non-standard-value', quote, i + 1 - quote);
        return i + 1;
      }
      if (c === BACKSLASH) return this.readEscaped(quote, i, odd);
      if (isControl(c)) odd = true;
      i++;
    }
    this.value = text.slice(quote + 1, end);
    this.issue('unterminated-quote', quote, end - quote);
    return end;
  }

  /**
   * The rest of a quoted-string from its first backslash at `from`. Unescaped code units are
   * collected in a buffer and turned into a string in chunks, so a value made of thousands of
   * escapes costs one copy instead of one string per escape.
   */
  readEscaped(quote: number, from: number, oddSoFar: boolean): number {
    const { text, end } = this;
    const units = new Uint16Array(end - quote);
    let length = 0;
    for (let k = quote + 1; k < from; k++) units[length++] = text.charCodeAt(k);
    let odd = oddSoFar;
    let i = from;
    let closed = false;
    while (i < end) {
      let c = text.charCodeAt(i);
      if (c === DQUOTE) {
        closed = true;
        break;
      }
      if (c === BACKSLASH) {
        // A dangling backslash at the very end escapes nothing and is dropped.
        if (++i >= end) break;
        c = text.charCodeAt(i);
      }
      if (isControl(c)) odd = true;
      units[length++] = c;
      i++;
    }
    let value = '';
    for (let k = 0; k < length; k += CHUNK) {
      // `apply` takes the typed array as it is; spreading it would first copy it into an array.
      value += String.fromCharCode.apply(null, units.subarray(k, Math.min(k + CHUNK, length)) as unknown as number[]);
    }
    this.value = value;
    if (!closed) {
      this.issue('unterminated-quote', quote, end - quote);
      return end;
    }
    if (odd) this.issue('non-standard-value', quote, i + 1 - quote);
    return i + 1;
  }

  /** Skips text that fits no rule up to the next comma outside quotes, and records it. */
  skipJunk(from: number): void {
    const { text, end } = this;
    let i = from;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === COMMA) break;
      i = c === DQUOTE ? this.skipQuoted(i) : i + 1;
    }
    this.issue('skipped', from, i - from);
    this.pos = i;
  }

  /** After a value: optional whitespace, then a comma or the end; anything else is skipped. */
  finishElement(from: number): void {
    const i = this.skipSpace(from);
    if (i < this.end && this.text.charCodeAt(i) !== COMMA) this.skipJunk(i);
    else this.pos = i;
  }

  startChallenge(from: number, to: number): MutableChallenge {
    this.paramCount = 0;
    const { challenges } = this;
    if (challenges.length >= this.maxChallenges) {
      this.issue('too-many', from, this.end - from);
      return (this.current = DROPPED);
    }
    const challenge: MutableChallenge = { scheme: this.text.slice(from, to).toLowerCase(), params: Object.create(null) as Record<string, string> };
    challenges.push(challenge);
    return (this.current = challenge);
  }

  /** A parameter: its name spans [nameStart, nameEnd) and `equals` is the index of its `=`. */
  readParam(nameStart: number, nameEnd: number, equals: number): void {
    const { text, end } = this;
    let challenge = this.current;
    if (challenge === undefined) {
      this.issue('missing-scheme', nameStart, nameEnd - nameStart);
      challenge = this.startChallenge(nameStart, nameStart);
    }
    // Dropped parameters are scanned to find where they end, but no string is built for them.
    let keep = challenge !== DROPPED;
    if (keep && ++this.paramCount > this.maxParams) {
      if (this.paramCount === this.maxParams + 1) this.issue('too-many', nameStart, end - nameStart);
      keep = false;
    }
    const i = this.skipSpace(equals + 1);
    let value = '';
    let after: number;
    if (i < end && text.charCodeAt(i) === DQUOTE) {
      if (keep) {
        after = this.readQuoted(i);
        value = this.value;
      } else {
        after = this.skipQuoted(i);
      }
    } else {
      // Lenient: an unquoted value runs to whitespace, a comma or a quote, so unquoted URLs survive.
      let odd = false;
      after = i;
      while (after < end) {
        const c = text.charCodeAt(after);
        if (c === SP || c === HTAB || c === COMMA || c === DQUOTE || isControl(c)) break;
        if ((classOf(c) & TCHAR) === 0) odd = true;
        after++;
      }
      if (after === i) {
        this.issue('missing-value', nameStart, i - nameStart);
        this.finishElement(i);
        return;
      }
      if (keep) {
        value = text.slice(i, after);
        if (odd) this.issue('non-standard-value', i, after - i);
      }
    }
    if (keep) {
      const name = text.slice(nameStart, nameEnd).toLowerCase();
      if (challenge.token68 !== undefined) {
        // token68 and parameters cannot share a challenge: keep the token68, report the parameter.
        this.issue('skipped', nameStart, after - nameStart);
      } else if (challenge.params[name] === undefined) {
        challenge.params[name] = value;
      } else {
        this.issue('duplicate-param', nameStart, after - nameStart);
      }
    }
    this.finishElement(after);
  }

  /** What follows `scheme 1*SP`: a token68 or the first parameter. */
  readAfterScheme(from: number): void {
    const { text, end } = this;
    let i = from;
    while (i < end && (classOf(text.charCodeAt(i)) & TOKEN68) !== 0) i++;
    if (i > from) {
      let padded = i;
      while (padded < end && text.charCodeAt(padded) === EQUALS) padded++;
      const next = this.skipSpace(padded);
      if (next >= end || text.charCodeAt(next) === COMMA) {
        const { current } = this;
        if (current !== undefined && current !== DROPPED) current.token68 = text.slice(from, padded);
        this.pos = next;
        return;
      }
    }
    const nameEnd = this.tokenEnd(from);
    const equals = this.skipSpace(nameEnd);
    if (nameEnd > from && equals < end && text.charCodeAt(equals) === EQUALS) this.readParam(from, nameEnd, equals);
    else this.skipJunk(from);
  }

  run(): void {
    const { text, end } = this;
    // Past the challenge cap nothing more can be kept, so the rest is not scanned.
    while (this.pos < end && this.current !== DROPPED) {
      // Empty list elements and whitespace between elements are allowed (RFC 9110 §5.6.1.2).
      let i = this.pos;
      let c = text.charCodeAt(i);
      while (c === COMMA || c === SP || c === HTAB) {
        if (++i >= end) return;
        c = text.charCodeAt(i);
      }
      const nameEnd = this.tokenEnd(i);
      if (nameEnd === i) {
        this.skipJunk(i);
        continue;
      }
      const next = this.skipSpace(nameEnd);
      if (next < end) {
        const d = text.charCodeAt(next);
        if (d === EQUALS) {
          // `name=` at the top level is a parameter of the current challenge.
          this.readParam(i, nameEnd, next);
          continue;
        }
        if (d !== COMMA) {
          if (next === nameEnd) {
            // A token glued to a delimiter, e.g. `Bearer"x"`.
            this.skipJunk(i);
            continue;
          }
          this.startChallenge(i, nameEnd);
          this.readAfterScheme(next);
          continue;
        }
      }
      // A scheme on its own, e.g. the `Bearer` of `Bearer, DPoP algs="ES256"`.
      this.startChallenge(i, nameEnd);
      this.pos = next;
    }
  }
}

function fieldText(input: unknown): string {
  if (typeof input === 'string') return input;
  if (!Array.isArray(input)) return '';
  let text = '';
  for (const line of input as unknown[]) {
    if (typeof line !== 'string') continue;
    text = text === '' ? line : `${text}, ${line}`;
  }
  return text;
}

/**
 * Parses a `WWW-Authenticate` field (RFC 9110 §11.6.1) into its challenges. Give the combined
 * value (`headers.get('www-authenticate')`) or the separate header lines; lines are joined with
 * `", "` as fetch does. Single pass, linear in the input, never throws. Whatever does not fit the
 * grammar is reported in `issues` rather than silently dropped or guessed.
 *
 * Duplicate parameters: names compare case-insensitively within one challenge, the first value
 * wins and each later one is reported as `duplicate-param` (so a value appended downstream cannot
 * override what the origin sent). The same name in different challenges is not a duplicate.
 */
export function parseChallenges(input: string | readonly string[] | null | undefined, options?: ParseChallengesOptions): ParsedChallenges {
  const text = fieldText(input);
  if (text.length > limitOf(options?.maxLength, DEFAULT_MAX_CHALLENGE_LENGTH)) return { challenges: [], issues: [{ code: 'too-long', offset: 0, length: text.length }] };
  const scanner = new Scanner(text, limitOf(options?.maxChallenges, DEFAULT_MAX_CHALLENGES), limitOf(options?.maxParams, DEFAULT_MAX_PARAMS));
  scanner.run();
  return { challenges: scanner.challenges, issues: scanner.issues };
}
