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
// Longest parameter name kept. Registered names are a few characters; RFC 9110 sets no limit.
const MAX_NAME_LENGTH = 256;
// Header lines read from an array: a response has a handful; the cap bounds a sparse or huge array.
const MAX_FIELD_LINES = 1024;

const HTAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SP = 0x20;
const DQUOTE = 0x22;
const COMMA = 0x2c;
const EQUALS = 0x3d;
const BACKSLASH = 0x5c;
// Escapes and folds a value may have before it is rebuilt in a buffer rather than by concatenation
// (a long chain of small strings costs the garbage collector more than it saves).
const MAX_PIECES = 64;
// Code units per String.fromCharCode call: well below any engine's argument limit.
const CHUNK = 4096;

interface MutableChallenge {
  scheme: string;
  params: Record<string, string>;
  token68?: string;
}

// Where the parameters of a dropped challenge go: never read, never returned.
const DROPPED: MutableChallenge = { scheme: '', params: Object.create(null) as Record<string, string> };

function limitOf(value: unknown, fallback: number): number {
  return typeof value === 'number' && value >= 0 ? value : fallback;
}

function classOf(c: number): number {
  return c < 128 ? (CHAR_CLASS[c] ?? 0) : 0;
}

/**
 * The scanner keeps its position in a field so each helper can advance it; every helper moves
 * forward only, and each character is looked at a bounded number of times (at most twice, when a
 * would-be token68 turns out to be a parameter name), which keeps the parse linear. Nothing is
 * allocated in proportion to the rest of the field: a value costs only its own length.
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
  /** Where a comma touches the current challenge's scheme (`Bearer, realm="x"`), or -1. */
  gluedComma = -1;
  /** Offset of the last obs-fold reported, so a fold looked at twice is reported once. */
  lastFold = -1;
  /** The buffer `readBuffered` resolves values in; it grows by doubling and is reused. */
  units: Uint16Array | undefined;
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

  /**
   * Length of the line break of an obs-fold at `i` (CRLF or LF followed by SP or HTAB, RFC 9112
   * §5.2), or 0. The SP or HTAB after it is left to the caller, which treats it as whitespace.
   */
  foldAt(i: number): number {
    const { text } = this;
    const lf = text.charCodeAt(i) === CR ? i + 1 : i;
    if (text.charCodeAt(lf) !== LF) return 0;
    const next = text.charCodeAt(lf + 1);
    if (next !== SP && next !== HTAB) return 0;
    if (i > this.lastFold) {
      this.lastFold = i;
      this.issue('obs-fold', i, lf + 1 - i);
    }
    return lf + 1 - i;
  }

  /** Skips OWS, reading an obs-fold as the space it stands for. */
  skipSpace(from: number): number {
    const { text, end } = this;
    let i = from;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === SP || c === HTAB) i++;
      else if (c === CR || c === LF) {
        const fold = this.foldAt(i);
        if (fold === 0) break;
        i += fold;
      } else break;
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

  /** Reads the quoted-string opening at `quote` into `value`, resolving quoted-pairs and obs-folds. */
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
      // The common value has neither: it is one slice of the field.
      if (c === BACKSLASH || ((c === CR || c === LF) && this.foldAt(i) !== 0)) return this.readResolved(quote, i, odd);
      if (isControl(c)) odd = true;
      i++;
    }
    this.value = text.slice(quote + 1, end);
    this.issue('unterminated-quote', quote, end - quote);
    return end;
  }

  /**
   * The rest of a quoted-string from its first backslash or obs-fold at `from`, built from the runs
   * between them. The cost is that of the value alone (issue #12: this once allocated a buffer the
   * size of the rest of the field for every escaped value, which made many short values quadratic).
   * A value with very many escapes is handed to `readBuffered`, which starts it over.
   */
  readResolved(quote: number, from: number, oddSoFar: boolean): number {
    const { text, end } = this;
    let value = text.slice(quote + 1, from);
    let odd = oddSoFar;
    let pieces = 0;
    let i = from;
    let run = from;
    let closed = false;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === DQUOTE) {
        closed = true;
        break;
      }
      if (c === BACKSLASH || c === CR || c === LF) {
        const fold = c === BACKSLASH ? 0 : this.foldAt(i);
        if (c === BACKSLASH || fold !== 0) {
          if (++pieces > MAX_PIECES) return this.readBuffered(quote);
          if (i > run) value += text.slice(run, i);
          if (fold === 0) {
            // A quoted-pair: the next code unit stands for itself. A dangling backslash at the very end is dropped.
            if (++i >= end) {
              run = end;
              break;
            }
            if (isControl(text.charCodeAt(i))) odd = true;
            run = i++;
          } else {
            // RFC 9110 §5.5: the fold and the whitespace after it stand for one space.
            i += fold;
            while (i < end && (text.charCodeAt(i) === SP || text.charCodeAt(i) === HTAB)) i++;
            value += ' ';
            run = i;
          }
          continue;
        }
      }
      if (isControl(c)) odd = true;
      i++;
    }
    if (i > run) value += text.slice(run, i);
    return this.endQuoted(quote, i, closed, odd, value);
  }

  /**
   * The quoted-string opening at `quote`, resolved code unit by code unit into the shared buffer and
   * turned into a string in chunks: one copy however many escapes it has.
   */
  readBuffered(quote: number): number {
    const { text, end } = this;
    let units = (this.units ??= new Uint16Array(CHUNK));
    let length = 0;
    let odd = false;
    let i = quote + 1;
    let closed = false;
    while (i < end) {
      let c = text.charCodeAt(i);
      if (c === DQUOTE) {
        closed = true;
        break;
      }
      if (c === BACKSLASH) {
        if (++i >= end) break;
        c = text.charCodeAt(i);
      } else if (c === CR || c === LF) {
        const fold = this.foldAt(i);
        if (fold !== 0) {
          i += fold;
          while (i < end && (text.charCodeAt(i) === SP || text.charCodeAt(i) === HTAB)) i++;
          i--;
          c = SP;
        }
      }
      if (isControl(c)) odd = true;
      if (length === units.length) {
        const larger = new Uint16Array(units.length * 2);
        larger.set(units);
        units = this.units = larger;
      }
      units[length++] = c;
      i++;
    }
    let value = '';
    for (let k = 0; k < length; k += CHUNK) {
      // `apply` takes the typed array as it is; spreading it would first copy it into an array.
      value += String.fromCharCode.apply(null, units.subarray(k, Math.min(k + CHUNK, length)) as unknown as number[]);
    }
    return this.endQuoted(quote, i, closed, odd, value);
  }

  /** Stores a resolved value and reports what was odd about it; returns the index after it. */
  endQuoted(quote: number, at: number, closed: boolean, odd: boolean, value: string): number {
    this.value = value;
    if (!closed) {
      this.issue('unterminated-quote', quote, this.end - quote);
      return this.end;
    }
    if (odd) this.issue('non-standard-value', quote, at + 1 - quote);
    return at + 1;
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
    this.gluedComma = -1;
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
    } else if (this.gluedComma >= 0) {
      // `Bearer, realm="x"`: read leniently as Bearer's parameter, but not silently.
      this.issue('scheme-separator', this.gluedComma, 1);
      this.gluedComma = -1;
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
      const name = nameEnd - nameStart > MAX_NAME_LENGTH ? undefined : text.slice(nameStart, nameEnd).toLowerCase();
      if (challenge.token68 !== undefined || name === undefined) {
        // token68 and parameters cannot share a challenge: keep the token68, report the parameter.
        // A name longer than any real one is junk; storing it would cost a copy and a hash of it.
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
      for (;;) {
        if (i >= end) return;
        const c = text.charCodeAt(i);
        if (c === COMMA || c === SP || c === HTAB) {
          i++;
          continue;
        }
        const fold = c === CR || c === LF ? this.foldAt(i) : 0;
        if (fold === 0) break;
        i += fold;
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
          // RFC 9110 §11.3 separates the scheme from what follows with SP; a tab is read the same, and reported.
          if (this.startChallenge(i, nameEnd) !== DROPPED && text.charCodeAt(nameEnd) === HTAB) this.issue('scheme-separator', nameEnd, 1);
          this.readAfterScheme(next);
          continue;
        }
      }
      // A scheme on its own, e.g. the `Bearer` of `Bearer, DPoP algs="ES256"`. A comma right after
      // it is fine unless a parameter follows (`Bearer, realm="x"`), which `readParam` reports.
      this.startChallenge(i, nameEnd);
      if (next === nameEnd && next < end) this.gluedComma = next;
      this.pos = next;
    }
  }
}

/**
 * The field as one string, and whether header lines past `MAX_FIELD_LINES` were left out. An array
 * (separate header lines) is joined with `", "` as fetch does; anything else that is not a string
 * is no field. Never throws, even on a hostile Proxy, and stops joining once the text is over
 * `maxLength` (the caller then refuses it).
 */
function fieldText(input: unknown, maxLength: number): [text: string, linesLeftOut: boolean] {
  if (typeof input === 'string') return [input, false];
  try {
    if (!Array.isArray(input)) return ['', false];
    const lines = input as readonly unknown[];
    const count = Math.min(lines.length, MAX_FIELD_LINES);
    let text = '';
    for (let k = 0; k < count; k++) {
      const line = lines[k];
      if (typeof line !== 'string') continue;
      text = text === '' ? line : `${text}, ${line}`;
      if (text.length > maxLength) break;
    }
    return [text, lines.length > MAX_FIELD_LINES];
  } catch {
    return ['', false];
  }
}

function readOptions(options: ParseChallengesOptions | undefined): [maxLength: number, maxChallenges: number, maxParams: number] {
  if (options === undefined) return [DEFAULT_MAX_CHALLENGE_LENGTH, DEFAULT_MAX_CHALLENGES, DEFAULT_MAX_PARAMS];
  try {
    return [limitOf(options.maxLength, DEFAULT_MAX_CHALLENGE_LENGTH), limitOf(options.maxChallenges, DEFAULT_MAX_CHALLENGES), limitOf(options.maxParams, DEFAULT_MAX_PARAMS)];
  } catch {
    // Options with throwing getters (or a hostile Proxy) give the defaults.
    return [DEFAULT_MAX_CHALLENGE_LENGTH, DEFAULT_MAX_CHALLENGES, DEFAULT_MAX_PARAMS];
  }
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
 *
 * Obsolete line folding (a line break followed by SP or HTAB, as raw HTTP/1.1 headers may carry)
 * is read as a space, as RFC 9110 §5.5 requires, and reported as `obs-fold`.
 */
export function parseChallenges(input: string | readonly string[] | null | undefined, options?: ParseChallengesOptions): ParsedChallenges {
  const [maxLength, maxChallenges, maxParams] = readOptions(options);
  const [text, linesLeftOut] = fieldText(input, maxLength);
  if (text.length > maxLength) return { challenges: [], issues: [{ code: 'too-long', offset: 0, length: text.length }] };
  const scanner = new Scanner(text, maxChallenges, maxParams);
  scanner.run();
  // The lines past the cap are not in the text: the issue points at its end.
  if (linesLeftOut) scanner.issue('too-many', text.length, 0);
  return { challenges: scanner.challenges, issues: scanner.issues };
}
